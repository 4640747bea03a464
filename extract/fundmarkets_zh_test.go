package extract

import "testing"

// TestFundMarketsZh: a fund named in one sentence, then 該基金/基金 and where it puts its money
// (主要投資於東南亞, 重點投資中東): the fund targets those markets; a company that invests names
// no fund's market.
func TestFundMarketsZh(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "港投公司宣布设立「湾区先进制造基金」。该基金主要投资于东南亚的初创企业。", []string{"TARGETS_MARKET 湾区先进制造基金 > 东南亚"}},
		{"zh-Hant", "維港灣資本昨日宣布成立「灣區醫療科技基金」。該基金首期規模為5億港元，將重點投資中東的醫療初創。", []string{"TARGETS_MARKET 灣區醫療科技基金 > 中東"}},
		{"zh-Hans", "港投公司宣布设立「湾区先进制造基金」。该基金将重点投向东南亚及中东的硬科技企业。",
			[]string{"TARGETS_MARKET 湾区先进制造基金 > 东南亚", "TARGETS_MARKET 湾区先进制造基金 > 中东"}},
	}, nil)
	checkRelAbsent(t, []relCase{
		{"zh-Hans", "云帆物流成立于2019年。公司主要投资于东南亚的仓储设施。", []string{"TARGETS_MARKET 云帆物流 > 东南亚"}},
	})
}
