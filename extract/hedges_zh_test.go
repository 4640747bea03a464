package extract

import "testing"

// Hedged or rumoured listings state no fact; a personal pronoun opens no name.
func TestHedgesAndPronouns(t *testing.T) {
	checkRelAbsent(t, []relCase{
		{"zh-Hans", "云帆智能成立于2020年。陈一鸣对记者表示，公司计划明年在新加坡设立办事处，但“暂无赴港上市的时间表”。", []string{"LISTED_ON 云帆智能 > 港"}},
		{"zh-Hant", "星河支付成立於2019年。問及會否來年在港交所上市，陳大文只說：「唔排除」。", []string{"LISTED_ON 星河支付 > 港交所"}},
		{"zh-Hans", "云帆智能成立于2020年。需要说明的是，近期网上流传的“云帆智能将赴港上市”消息并不属实。", []string{"LISTED_ON 云帆智能 > 港"}},
		{"zh-Hans", "今年11月，我们会和香港物联网协会在会展中心合办首届“香港物联网论坛”。",
			[]string{"ORGANIZED 我们会 > 香港物联网论坛", "PARTNERED_WITH 我们会 > 香港物联网协会"}},
	})
	checkRelCases(t, []relCase{
		{"zh-Hant", "星河支付昨日在港交所上市。", []string{"LISTED_ON 星河支付 > 港交所"}},
	}, nil)
}

// A report the text does not vouch for (有報道稱, 市傳) states no fact; a source it cites does.
func TestReportedRumoursZh(t *testing.T) {
	for text, want := range map[string]bool{
		"此前有報道稱星河生物將獲遠山資本投資，公司回應稱沒有相關安排。": false,
		"市傳星河生物將獲遠山資本投資。":                 false,
		"據36氪報道，星河生物獲遠山資本投資。":             true,
	} {
		if got := rels(Extract(Input{Text: text, Language: "zh-Hant"}))["INVESTED_IN 遠山資本 > 星河生物"] != nil; got != want {
			t.Errorf("%s: proposed %v, want %v", text, got, want)
		}
	}
}
