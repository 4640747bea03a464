package extract

import "testing"

// Markets a business already covers, means to cover or is promoted in.
func TestCoveredMarketsZh(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hant", "星河科技表示，公司業務已覆蓋東南亞及中東。", []string{"TARGETS_MARKET 星河科技 > 東南亞", "TARGETS_MARKET 星河科技 > 中東"}},
		{"zh-Hant", "遠山資本計劃明年在新加坡開設辦公室，以覆蓋東南亞市場。", []string{"TARGETS_MARKET 遠山資本 > 東南亞"}},
		{"zh-Hans", "星河科技去年已签署协议，在东南亚市场推广质检方案。", []string{"TARGETS_MARKET 星河科技 > 东南亚"}},
	}, nil)
}

// A company described as listed in Hong Kong before its name is LISTED_ON the exchange.
func TestHongKongListedCompaniesZh(t *testing.T) {
	known := []Known{{ID: "hkex", Kind: "ORGANIZATION", Names: []string{"港交所", "HKEX"}}, {ID: "hong-kong", Kind: "PLACE", Names: []string{"香港", "港"}}}
	for _, text := range []string{"3月11日晚，港股上市公司云杉智联集团发布公告。", "香港上市公司星河控股今日宣布收购。"} {
		found := false
		for _, p := range Extract(Input{Text: text, Language: "zh-Hans", Known: known}) {
			if r := p.Relationship; r != nil && r.Type == "LISTED_ON" && r.To.EntityID == "hkex" {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: no LISTED_ON the exchange", text)
		}
	}
}

// A policy just released that proposes a fund announces it.
func TestPolicyProposesFundZh(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "会上，副区长陈明发布《星湾区支持科创企业发展十条措施》，提出设立规模10亿元的星湾科创基金。",
			[]string{"ANNOUNCED 星湾区支持科创企业发展十条措施 > 星湾科创基金"}},
	}, nil)
}
