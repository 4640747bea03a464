package extract

import "testing"

// A trade word or a clause taken for a body carries no fact: the description was of no one
// the sentence names.
func TestGenericEndsCarryNoFacts(t *testing.T) {
	checkRelAbsent(t, []relCase{
		{"zh-Hans", "东莞的碳化硅晶片商芯粤半导体完成A轮融资。新基金的投资对象为大湾区的半导体、机器人及生物科技企业。",
			[]string{"LOCATED_IN 半导体 > 大湾区"}},
		{"zh-Hans", "星衡机器人早前完成融资。机器人企业与百度签署合作协议。", []string{"PARTNERED_WITH 机器人 > 百度"}},
		{"zh-Hans", "星衡机器人早前完成融资。内地政府与高校签署合作协议。", []string{"PARTNERED_WITH 内地政府 > 高校"}},
		{"zh-Hant", "康達醫療主席陳志明為骨科醫生出身。集團核心產品骨科手術機械人已獲許可，明年計劃進軍中東市場。",
			[]string{"TARGETS_MARKET 骨科 > 中東"}},
		{"zh-Hans", "6月2日，华南理工大学与广州锐锂科技有限公司（下称“锐锂科技”）签署专利作价入股协议。",
			[]string{"PARTNERED_WITH 锐锂科技 > 协议", "INVESTED_IN 锐锂科技 > 协议"}},
		{"zh-Hans", "子公司首年计划招聘约40名员工，并将于明年在东莞松山湖设立研发中心。", []string{"LOCATED_IN 首年 > 松山湖"}},
		{"zh-Hans", "据统计，华工去年共完成科技成果转化项目40项。", []string{"PARTICIPATED_IN 华工去年共 > 科技成果转化项目"}},
		{"zh-Hans", "2024年，星衡科技入选广州市专精特新中小企业名单。", []string{"LOCATED_IN 名单 > 广州"}},
		{"zh-Hans", "星衡科技2023年参加了加速营，此后与京东物流签署仓储机器人合作协议。", []string{"PARTNERED_WITH 京东物流 > 仓储机器人"}},
		{"zh-Hans", "星衡科技同日与香港科技园公司签署合作备忘录，双方将在无人机测试场地和人才培养方面开展合作。",
			[]string{"PARTNERED_WITH 无人机测试场地 > 人才培养方面开展"}},
		{"zh-Hans", "数码港推出“出海加速计划”。值得一提的是，上述计划既面向香港本地企业，也面向内地企业。",
			[]string{"TARGETS_MARKET 上述计划 > 香港", "TARGETS_MARKET 上述计划 > 内地"}},
		{"zh-Hans", "该园区预计可创造800个职位，同时能吸引海外和内地的人才及企业来港，有助提升香港的研发水平。", []string{"LOCATED_IN 来港 > 内地"}},
		{"zh-Hant", "星源資產管理表示，明年計劃在新加坡推出同系列的東南亞基金。", []string{"ESTABLISHED 星源資產管理 > 東南亞基金"}},
		{"zh-Hant", "陳大文表示：「內地有大量科技企業準備來港上市。」", []string{"LISTED_ON 內地有大量科技 > 港"}},
		{"zh-Hant", "基金首兩項投資分別為蘇州醫療企業康晴科技及東莞的電池企業芯能新材。", []string{"LOCATED_IN 康晴科技及東莞 > 蘇州"}},
	})
	checkRelCases(t, []relCase{
		{"zh-Hans", "澄芯半导体完成A轮融资，由港投公司领投。", []string{"INVESTED_IN 港投公司 > 澄芯半导体"}},
	}, nil)
}
