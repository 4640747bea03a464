package extract

import "testing"

// TestDateBeforePronoun: a date that opens a clause without a comma (今年3月公司…, 去年8月該公司…,
// 2024年其…) leaves the pronoun after it to carry the subject over from the sentence before.
func TestDateBeforePronoun(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "云帆物流成立于2019年。今年3月公司完成A轮融资，由红杉中国领投。", []string{"INVESTED_IN 红杉中国 > 云帆物流"}},
		{"zh-Hans", "云帆物流成立于2019年。今年公司完成A轮融资，由红杉中国领投。", []string{"INVESTED_IN 红杉中国 > 云帆物流"}},
		{"zh-Hans", "星图机器人专注仓储自动化。今年初公司完成1亿元B轮融资，由顺为资本领投，高瓴创投跟投。",
			[]string{"INVESTED_IN 顺为资本 > 星图机器人", "INVESTED_IN 高瓴创投 > 星图机器人"}},
		{"zh-Hant", "晶橋科技成立於2020年。去年8月該公司完成B輪融資，由維港投資領投。", []string{"INVESTED_IN 維港投資 > 晶橋科技"}},
		{"zh-Hant", "雲帆物流成立於2019年。2024年3月該集團全資收購了星橋醫療。", []string{"SUBSIDIARY_OF 星橋醫療 > 雲帆物流"}},
		{"zh-Hans", "晶氢科技成立于2020年。去年8月该公司总部正式迁入香港科学园。", []string{"LOCATED_IN 晶氢科技 > 香港科学园"}},
	}, nil)
	checkRelAbsent(t, []relCase{
		// A date before a name: the name is the clause's own subject.
		{"zh-Hans", "晶氢科技成立于2020年。去年8月港投公司领投了云帆物流的A轮融资。", []string{"INVESTED_IN 港投公司 > 晶氢科技"}},
		// A date before a verb opens a short time clause (2024年起，…), not a subject.
		{"zh-Hans", "晶氢科技成立于2020年。2024年起，红杉中国开始投资氢能企业。", []string{"INVESTED_IN 红杉中国 > 晶氢科技"}},
	})
}
