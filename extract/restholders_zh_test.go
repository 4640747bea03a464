package extract

import (
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

// Investors the r19inv Chinese cues name: holders of the rest of the shares, a round's new
// investor, an LP that takes part in setting up a fund, a partnership's full legal name.
// Invented sentences.
func TestRestHoldersAndNewInvestorsZh(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hant", "資料顯示，星河支付由藍海控股持有約70%股權，其餘股份由新加坡基金Jade Peak及管理層持有。",
			[]string{"INVESTED_IN Jade Peak > 星河支付"}},
		{"zh-Hant", "星河物流昨日宣布完成1億美元C輪融資。今輪由藍海資本領投，舊股東海瀾創投跟投，周大福企業則以新投資者身份加入。",
			[]string{"INVESTED_IN 藍海資本 > 星河物流", "INVESTED_IN 周大福企業 > 星河物流"}},
		{"zh-Hans", "星河科技有限公司公告称，公司拟以自有资金1亿元参与设立深圳星河创新产业投资基金合伙企业（有限合伙）。",
			[]string{"FUNDS 星河科技有限公司 > 深圳星河创新产业投资基金合伙企业（有限合伙）", "ESTABLISHED 星河科技有限公司 > 深圳星河创新产业投资基金合伙企业（有限合伙）"}},
	}, nil)
	checkEntities(t, "zh-Hans", "苏州元禾星河创业投资合伙企业（有限合伙）参与了本轮融资。",
		map[string]kg.Kind{"苏州元禾星河创业投资合伙企业（有限合伙）": kg.KindFund}, nil)
}
