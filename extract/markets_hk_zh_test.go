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
