package extract

import "testing"

// TestRoundOwnerInObject: an investor joins another company's round (乙参与了甲的C轮融资), and
// the next sentence's 本轮 speaks of 甲's round, not of 乙.
func TestRoundOwnerInObject(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "远山集团旗下基金远山资本日前参与了储能企业星河能源的B轮融资。本轮融资由鼎晖资本领投，光启创投跟投。",
			[]string{"INVESTED_IN 鼎晖资本 > 星河能源", "INVESTED_IN 光启创投 > 星河能源"}},
		{"zh-Hans", "远山资本领投了储能企业星河能源的天使轮融资。此轮由鼎晖资本跟投。", []string{"INVESTED_IN 鼎晖资本 > 星河能源"}},
	}, nil)
	checkRelAbsent(t, []relCase{
		{"zh-Hans", "远山集团旗下基金远山资本日前参与了储能企业星河能源的B轮融资。本轮融资由鼎晖资本领投，光启创投跟投。",
			[]string{"INVESTED_IN 鼎晖资本 > 远山资本"}},
	})
}

// TestNumberedItemsScopeReference: in a roundup of numbered items, 公司/其 refer to the item's
// own company, never to the first or most named one of the text.
func TestNumberedItemsScopeReference(t *testing.T) {
	text := "本周融资速览。\n\n1.储能企业星河能源完成1亿元A轮融资，由鼎晖资本领投。星河能源主攻储能电池。\n\n" +
		"2.医疗企业云栖医疗完成天使轮融资，投资方为光启创投。公司创始人兼CEO陈嘉明毕业于浙江大学。\n\n" +
		"3.物流企业远航物流今日在港交所挂牌。其基石投资者包括鼎晖资本及光启创投。"
	checkRelCases(t, []relCase{{"zh-Hans", text, []string{"LEADS 陈嘉明 > 云栖医疗", "INVESTED_IN 光启创投 > 远航物流"}}}, nil)
	checkRelAbsent(t, []relCase{{"zh-Hans", text, []string{"LEADS 陈嘉明 > 星河能源", "INVESTED_IN 光启创投 > 星河能源"}}})
}
