package extract

import "testing"

// TestX14Shareholders: a shareholder named after 股东为, or a holder with the share it holds,
// invested in the company the sentence is about.
func TestX14Shareholders(t *testing.T) {
	cases := []struct {
		lang, text string
		want, not  []string
	}{
		{"zh-Hans", "星河科技目前的最大股东为高榕资本。", []string{"INVESTED_IN 高榕资本 > 星河科技"}, nil},
		{"zh-Hant", "海澄物流第一大股東為新鴻基地產，其餘由管理層持有。", []string{"INVESTED_IN 新鴻基地產 > 海澄物流"}, nil},
		{"zh-Hans", "云帆物流早期股东高瓴资本目前持股约12%。", []string{"INVESTED_IN 高瓴资本 > 云帆物流"}, nil},
		{"zh-Hant", "晶澈半導體創辦人持股逾四成。", nil, []string{"INVESTED_IN 晶澈半導體 > 晶澈半導體"}},
	}
	for _, c := range cases {
		checkRels(t, c.text, Extract(Input{Text: c.text, Language: c.lang}), c.want, c.not)
	}
}
