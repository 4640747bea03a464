package extract

import "testing"

// 双方 before a market cue stands for both parties: the partnership's, or the acquirer and the
// target named just before. Invented sentences.
func TestBothPartiesMarkets(t *testing.T) {
	checkZhCases(t, []zhCase{
		{"zh-Hans", "晨光科技宣布收购清源智能。交易完成后，清源智能将成为晨光科技的全资子公司。晨光科技副总裁李明表示，双方计划明年共同开拓东南亚市场。",
			[]string{"TARGETS_MARKET 晨光科技 > 东南亚", "TARGETS_MARKET 清源智能 > 东南亚"}, nil},
		{"zh-Hans", "晨光科技与清源智能签署战略合作协议，双方将在中东市场联合推广储能方案。",
			[]string{"TARGETS_MARKET 晨光科技 > 中东", "TARGETS_MARKET 清源智能 > 中东"}, nil},
	})
}
