package extract

import "testing"

// A former employer named in a person's title is not the subject of the plan that follows;
// the person still worked there.
func TestFormerEmployersAreNoSubjects(t *testing.T) {
	text := "法譯通是一間法律科技初創，由前星展銀行數碼業務主管陳嘉欣創立，計劃明年拓展馬來西亞市場。"
	checkRelAbsent(t, []relCase{{"zh-Hant", text, []string{"TARGETS_MARKET 星展銀行 > 馬來西亞"}}})
	checkRelCases(t, []relCase{
		{"zh-Hant", text, []string{"WORKED_AT 陳嘉欣 > 星展銀行"}},
		{"zh-Hant", "此前星展銀行已在港推出新平台，並計劃明年拓展馬來西亞市場。", []string{"TARGETS_MARKET 星展銀行 > 馬來西亞"}},
	}, nil)
}

// A partner named after 與 is not who enters the market the clause goes on to plan.
func TestPartnersEnterNoMarket(t *testing.T) {
	text := "陳大文透露，平台每月處理逾三萬宗申請，已與星展銀行及大新銀行簽訂合作協議，並計劃明年進軍泰國及越南。"
	checkRelAbsent(t, []relCase{{"zh-Hant", text, []string{"TARGETS_MARKET 星展銀行 > 泰國", "TARGETS_MARKET 星展銀行 > 越南"}}})
	checkRelCases(t, []relCase{{"zh-Hant", "星展銀行計劃明年進軍泰國。", []string{"TARGETS_MARKET 星展銀行 > 泰國"}}}, nil)
}
