package extract

import "testing"

// A clause opened by 新基金/該基金 tells the fund's fact, not its manager's; a fund's own fact
// and the manager's fact in a clause of its own stay.
func TestFundSubjectClauses(t *testing.T) {
	checkRelAbsent(t, []relCase{
		{"zh-Hant", "新基金由本地創投機構海瀾資本管理。海瀾資本合夥人陳志明表示，新基金將重點投資醫療科技初創，並會開拓東南亞市場。",
			[]string{"TARGETS_MARKET 海瀾資本 > 東南亞"}},
		{"zh-Hans", "远帆资本创始合伙人李伟表示，该基金将主要投资硬科技企业，并会开拓中东市场。",
			[]string{"TARGETS_MARKET 远帆资本 > 中东"}},
	})
	checkRelCases(t, []relCase{
		{"zh-Hans", "远帆资本创始合伙人李伟表示，公司明年将开拓中东市场。", []string{"TARGETS_MARKET 远帆资本 > 中东"}},
	}, nil)
}
