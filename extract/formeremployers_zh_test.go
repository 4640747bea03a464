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
