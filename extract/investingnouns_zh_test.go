package extract

import "testing"

// 投资 before a noun of investing names no investment. Invented sentences.
func TestInvestingNounsZh(t *testing.T) {
	text := "藍海資本亦與星河基金簽訂合作框架，探討共同投資機會。"
	got := rels(Extract(Input{Text: text, Language: "zh-Hant", Published: "2025-06-05"}))
	for k := range got {
		if len(k) > 11 && k[:11] == "INVESTED_IN" {
			t.Errorf("%s: unexpected %s", text, k)
		}
	}
	checkRelCases(t, []relCase{{"zh-Hans", "蓝海资本投资了星河科技有限公司。", []string{"INVESTED_IN 蓝海资本 > 星河科技有限公司"}}}, nil)
}
