package extract

import "testing"

// An investment firm's deal staff (投资总监, 投資經理) work there; its partners lead it, and a
// start-up's technical director leads the start-up.
func TestFunctionHeadsWorkThere(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "领投方远帆资本投资总监王建华表示，看好公司的技术路线。", []string{"WORKED_AT 王建华 > 远帆资本"}},
		{"zh-Hant", "維港創投投資經理陳美玲表示，公司今年收入增長三成。", []string{"WORKED_AT 陳美玲 > 維港創投"}},
		{"zh-Hans", "云帆物流技术总监林涛表示，公司将扩张。", []string{"LEADS 林涛 > 云帆物流"}},
		{"zh-Hans", "领投方远帆资本合伙人王建华表示，看好公司的技术路线。", []string{"LEADS 王建华 > 远帆资本"}},
		// A function's chief officer (首席風險官) works at the company.
		{"zh-Hant", "雲帆銀行首席風險官王立新表示，銀行將審慎放貸。", []string{"WORKED_AT 王立新 > 雲帆銀行"}},
	}, nil)
	checkRelAbsent(t, []relCase{
		{"zh-Hant", "雲帆銀行首席風險官王立新表示，銀行將審慎放貸。", []string{"LEADS 王立新 > 雲帆銀行"}},
		{"zh-Hans", "领投方远帆资本投资总监王建华表示，看好公司的技术路线。", []string{"LEADS 王建华 > 远帆资本"}},
	})
}
