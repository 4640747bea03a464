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
