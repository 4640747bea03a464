package extract

import "testing"

// IPO cornerstones and holdings as prospectus news states them; an event before the subject
// (合併後公司…).
func TestCornerstonesAndHoldings(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "云帆智能科技股份有限公司昨日在港交所主板挂牌。本次全球发售引入三家基石投资者，分别为港投公司、淡马锡及启航资本。",
			[]string{"INVESTED_IN 港投公司 > 云帆智能科技股份有限公司", "INVESTED_IN 淡马锡 > 云帆智能科技股份有限公司", "INVESTED_IN 启航资本 > 云帆智能科技股份有限公司"}},
		{"zh-Hant", "星河醫療控股昨日在港交所主板掛牌。基石投資者方面，港投公司及高瓴合共認購約3億港元股份。",
			[]string{"INVESTED_IN 港投公司 > 星河醫療控股", "INVESTED_IN 高瓴 > 星河醫療控股"}},
		{"zh-Hant", "星河醫療控股昨日在港交所主板掛牌。上市前，藍海資本及海瀾創投分別持有公司約10%及8%股權。",
			[]string{"INVESTED_IN 藍海資本 > 星河醫療控股", "INVESTED_IN 海瀾創投 > 星河醫療控股"}},
		{"zh-Hant", "星河支付上月完成合併。合併後公司最大股東為藍海資本，持股約20%。", []string{"INVESTED_IN 藍海資本 > 星河支付"}},
	}, nil)
	checkRelAbsent(t, []relCase{
		{"zh-Hant", "星河醫療控股昨日在港交所主板掛牌。基石投資者方面，港投公司及高瓴合共認購約3億港元股份。",
			[]string{"INVESTED_IN 港投公司 > 方面"}},
	})
}
