package extract

import "testing"

// 除甲外，乙拟出资…: the name set aside is no subject of its sentence (乙 funds the fund, not
// 甲). Invented sentences.
func TestExceptedNameIsNoSubject(t *testing.T) {
	text := "星河医疗科技有限公司公告称，公司拟参与设立星河基金。公告显示，星河基金目标募集规模20亿元。除星河医疗科技有限公司外，蓝海创新投资集团拟出资4亿元，海港国有资本投资运营集团拟出资2亿元。"
	checkRelCases(t, []relCase{{"zh-Hans", text, []string{"FUNDS 蓝海创新投资集团 > 星河基金", "FUNDS 海港国有资本投资运营集团 > 星河基金"}}}, nil)
	checkRelAbsent(t, []relCase{{"zh-Hans", text, []string{"INVESTED_IN 蓝海创新投资集团 > 星河医疗科技有限公司", "INVESTED_IN 海港国有资本投资运营集团 > 星河医疗科技有限公司"}}})
}
