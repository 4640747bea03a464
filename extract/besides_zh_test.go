package extract

import "testing"

// A name in 除…外 shares the clause's fact (the first sentence states no fact of its own, so the
// company's FUNDS can come only from 除康远医疗外) with the name of its sort and is no object of it.
func TestBesidesFacts(t *testing.T) {
	text := "科创板上市公司杭州康远医疗器械股份有限公司（下称\"康远医疗\"）公告称，董事会通过了关于杭州远港生命科学产业投资基金（下称\"远港基金\"）的议案。" +
		"公告显示，远港基金目标募集规模20亿元。除康远医疗外，杭州市创新投资集团拟出资4亿元。"
	checkRelCases(t, []relCase{{"zh-Hans", text, []string{"FUNDS 杭州市创新投资集团 > 远港基金", "FUNDS 康远医疗 > 远港基金"}}}, nil)
	checkRelAbsent(t, []relCase{{"zh-Hans", text, []string{"INVESTED_IN 杭州市创新投资集团 > 康远医疗"}}})
	for _, c := range []struct {
		text  string
		names int
	}{
		{"除康远医疗外，杭州市创新投资集团拟出资4亿元。", 1},
		{"除了投资康远医疗之外，杭州市创新投资集团还投资了其他企业。", 0}, // 康远医疗 is an object inside the clause
	} {
		intro := "杭州康远医疗器械股份有限公司（下称\"康远医疗\"）公告称，公司拟出资3亿元。"
		d := newDoc(Input{Text: intro + c.text, Language: "zh-Hans"})
		es := findEntities(d, NewIndex(nil))
		if got, _ := besidesNames(d, d.sents[1], es.sentenceMentions(d.sents[1]), es.mentions); len(got) != c.names {
			t.Errorf("besidesNames(%q) = %d names, want %d", c.text, len(got), c.names)
		}
	}
}
