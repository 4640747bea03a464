package extract

import "testing"

// TestIndustryDescriptionBeforeName: a place and an industry description run into the name
// after them (中东主权基金甲, 德国设备商乙) leave the name alone, and the place keeps such an
// item in its list (甲及新加坡主权基金乙).
func TestIndustryDescriptionBeforeName(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "云帆物流去年获挪威主权基金诺德投资局旗下机构的战略投资。", []string{"INVESTED_IN 诺德投资局 > 云帆物流"}},
		{"zh-Hans", "光启电池企业星河能源在港交所挂牌。其基石投资者包括鼎晖资本及挪威主权基金诺德投资。",
			[]string{"INVESTED_IN 鼎晖资本 > 星河能源", "INVESTED_IN 诺德投资 > 星河能源"}},
		{"zh-Hans", "光启电池企业星河能源在港交所挂牌。其基石投资者包括鼎晖资本及卡塔尔主权基金QIA。",
			[]string{"INVESTED_IN QIA > 星河能源"}},
	}, nil)
	checkRelAbsent(t, []relCase{
		{"zh-Hans", "云帆物流去年获挪威主权基金诺德投资局旗下机构的战略投资。", []string{"INVESTED_IN 挪威主权基金诺德投资局 > 云帆物流"}},
		// 与 joins a partner to the owned one, not another subsidiary.
		{"zh-Hans", "鼎晖旗下的鼎晖投资与挪威主权基金诺德投资担任基石投资者。", []string{"SUBSIDIARY_OF 诺德投资 > 鼎晖"}},
	})
}

// TestWeekdayAfterName: a day of the week between a company and its verb (甲本周二挂牌) is no
// part of the name.
func TestWeekdayAfterName(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "储能企业星河能源本周二在港交所主板挂牌。", []string{"LISTED_ON 星河能源 > 港交所"}},
		{"zh-Hans", "储能企业星河能源上周五宣布完成B轮融资，由红杉中国领投。", []string{"INVESTED_IN 红杉中国 > 星河能源"}},
		{"zh-Hans", "储能企业星河能源星期三宣布，其总部落户香港科学园。", []string{"LOCATED_IN 星河能源 > 香港科学园"}},
	}, nil)
}

// TestDescriptionRightBeforeName: a place, a short description of the business and a company
// word run straight into the name they describe (南京储能电池公司甲): the place is where the
// name is, and the description is no name of its own.
func TestDescriptionRightBeforeName(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "记者昨日获悉，南京储能电池公司澜峰科技宣布完成2亿元B轮融资。", []string{"LOCATED_IN 澜峰科技 > 南京"}},
		{"zh-Hans", "据报道，苏州消费级AR眼镜公司镜像科技昨日发出内部信。", []string{"LOCATED_IN 镜像科技 > 苏州"}},
		{"zh-Hant", "記者獲悉，東莞電池企業恒馳動力已完成新一輪融資。", []string{"LOCATED_IN 恒馳動力 > 東莞"}},
	}, nil)
}
