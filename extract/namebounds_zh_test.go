package extract

import "testing"

// Names end where a joint verb joins the next party and start after a verb that brings one in.
func TestChineseNameBounds(t *testing.T) {
	cases := []struct{ text, want, not string }{
		{"十方创投联合晨曦资本领投云舟科技的A轮融资。", "晨曦资本", "十方创投联合晨曦资本"},
		{"甲乙科技携手丙丁集团推出新平台。", "丙丁集团", "甲乙科技携手丙丁集团"},
		{"公司在本轮融资中引入青松资本作为新股东。", "青松资本", "中引入青松资本"},
		{"该公司早前引进北辰创投作为战略股东。", "北辰创投", "早前引进北辰创投"},
	}
	for _, c := range cases {
		names := map[string]bool{}
		for _, m := range findCandidates(newDoc(Input{Text: c.text, Language: "zh-Hans"})) {
			names[m.name] = true
		}
		if !names[c.want] || names[c.not] {
			t.Errorf("%s: got %v, want %q and not %q", c.text, names, c.want, c.not)
		}
	}
}
