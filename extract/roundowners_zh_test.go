package extract

import "testing"

// A sentence that opens with a company's round (甲的A輪融資由乙領投) makes the company the investee.
func TestRoundOwnersZh(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "港华科技的A轮融资由星河资本领投。", []string{"INVESTED_IN 星河资本 > 港华科技"}},
		{"zh-Hans", "港华科技的3亿元B+轮融资由星河资本领投，天汇创投跟投。", []string{"INVESTED_IN 星河资本 > 港华科技", "INVESTED_IN 天汇创投 > 港华科技"}},
		{"zh-Hant", "港華科技的新一輪融資獲星河資本參與。", []string{"INVESTED_IN 星河資本 > 港華科技"}},
	}, nil)
	for _, c := range []struct {
		text string
		want bool
	}{{"甲的A轮融资", true}, {"甲的5000万元天使轮融资", true}, {"甲的融资", true}, {"甲的创始人", false}, {"甲的投资", false}} {
		d := newDoc(Input{Text: c.text, Language: "zh-Hans"})
		if got := roundOwner(d, 1); got != c.want {
			t.Errorf("roundOwner(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
