package extract

import "testing"

// "甲宣布，乙完成…": the news is about 乙; the next sentence's round is 乙's.
func TestAnnouncedClauseSubject(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hant", "嶺南大學（嶺大）今日（3月2日）宣布，由嶺大教授李文傑創立的初創企業「悅聲科技有限公司」完成2,000萬港元種子輪融資。本輪由藍海資本領投，星橋創投跟投。",
			[]string{"INVESTED_IN 藍海資本 > 悅聲科技有限公司", "INVESTED_IN 星橋創投 > 悅聲科技有限公司"}},
		{"zh-Hans", "深圳大学今日宣布，校友创办的初创企业“云帆智能”完成1亿元A轮融资。本轮由启航资本领投。",
			[]string{"INVESTED_IN 启航资本 > 云帆智能"}},
	}, nil)
	checkRelAbsent(t, []relCase{
		{"zh-Hant", "嶺南大學（嶺大）今日（3月2日）宣布，由嶺大教授李文傑創立的初創企業「悅聲科技有限公司」完成2,000萬港元種子輪融資。本輪由藍海資本領投，星橋創投跟投。",
			[]string{"INVESTED_IN 藍海資本 > 嶺南大學"}},
	})
	// The announced clause has no subject of its own: the announcer acts.
	checkRelCases(t, []relCase{
		{"zh-Hant", "星河集團今日宣布，與海瀾科技簽署合作協議。", []string{"PARTNERED_WITH 星河集團 > 海瀾科技"}},
	}, nil)
}

// A paragraph label (公司背景：) is no pronoun: the name after the colon is the subject.
func TestSectionLabels(t *testing.T) {
	text := "启航资本合伙人陈明表示，看好云帆智能的前景。公司背景：云帆智能成立于2020年，总部位于深圳南山区，目前团队约200人。"
	checkRelCases(t, []relCase{{"zh-Hans", text, []string{"LOCATED_IN 云帆智能 > 南山区"}}}, nil)
	checkRelAbsent(t, []relCase{{"zh-Hans", text, []string{"LOCATED_IN 启航资本 > 南山区"}}})
}

func TestAnnounceRunes(t *testing.T) {
	for _, w := range zhAnnounceOpeners {
		if !announceOpenerRune([]rune(w)[0]) {
			t.Errorf("announceOpenerRune misses the first rune of %q", w)
		}
	}
	for _, w := range zhAnnounceVerbs {
		if !announceVerbRune([]rune(w)[0]) {
			t.Errorf("announceVerbRune misses the first rune of %q", w)
		}
	}
}
