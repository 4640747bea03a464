package extract

import "testing"

// 其 in a paragraph whose sentence before opens with another company's name (even when that
// sentence's first clause ends in a year, 甲成立于2018年，) is that company's, not the article's.
func TestParagraphSubjectOpensBeforeYear(t *testing.T) {
	text := "科创板上市公司杭州康远医疗器械股份有限公司（下称\"康远医疗\"）公告称，公司拟出资3亿元参与设立杭州远港生命科学产业投资基金。\n\n" +
		"公告显示，康远医疗为有限合伙人。\n\n" +
		"宏远资本成立于2018年，总部位于香港中环。其创始合伙人韦志明曾任康远医疗独立董事。"
	checkRelCases(t, []relCase{{"zh-Hans", text, []string{"LEADS 韦志明 > 宏远资本"}}}, nil)
	checkRelAbsent(t, []relCase{{"zh-Hans", text, []string{"LEADS 韦志明 > 杭州康远医疗器械股份有限公司", "LEADS 韦志明 > 康远医疗"}}})
}
