package extract

import "testing"

// Markets stated by the customers served, the goods sold, the revenue earned or the hub that
// coordinates them; regulators' approvals; a grant scheme's approved projects and who publishes them.
// Invented sentences.
func TestMarketFamilies(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "深圳机器人企业云帆智能今日宣布完成3亿元B轮融资。公司计划明年在香港设立国际总部，统筹东南亚及中东市场。",
			[]string{"TARGETS_MARKET 云帆智能 > 东南亚", "TARGETS_MARKET 云帆智能 > 中东"}},
		{"zh-Hans", "杭州电池企业储能星科技去年在科创板上市。公司产品已销往日本、韩国及欧洲。",
			[]string{"TARGETS_MARKET 储能星科技 > 日本", "TARGETS_MARKET 储能星科技 > 韩国", "TARGETS_MARKET 储能星科技 > 欧洲"}},
		{"zh-Hant", "數碼港今日宣布，本地初創「雲付科技」完成5000萬港元A輪融資。創辦人陳大文表示，公司現時的客戶主要在香港和東南亞，未來將重點服務大灣區客戶。",
			[]string{"TARGETS_MARKET 雲付科技 > 香港", "TARGETS_MARKET 雲付科技 > 東南亞", "TARGETS_MARKET 雲付科技 > 大灣區"}},
		{"zh-Hant", "星澄科技成立於2019年。公司的目標市場是越南及泰國。", []string{"TARGETS_MARKET 星澄科技 > 越南", "TARGETS_MARKET 星澄科技 > 泰國"}},
		{"en", "Singapore-based payments firm Tidewave Pay raised US$30 million in a Series B round. The money will take its platform to Indonesia next year.",
			[]string{"TARGETS_MARKET Tidewave Pay > Indonesia"}},
		{"en", "Hong Kong-based Brightloom Robotics said it has built a presence across Southeast Asia.",
			[]string{"TARGETS_MARKET Brightloom Robotics > Southeast Asia"}},
		{"en", "Corvid Insure, founded in 2019, has about 410,000 policyholders in Hong Kong, Thailand and Malaysia.",
			[]string{"TARGETS_MARKET Corvid Insure > Hong Kong", "TARGETS_MARKET Corvid Insure > Thailand", "TARGETS_MARKET Corvid Insure > Malaysia"}},
		{"en", "Brightloom Holdings Limited (\"Brightloom\") announced its interim results. Revenue rose 12 per cent. Southeast Asia sales grew 40 per cent.",
			[]string{"TARGETS_MARKET Brightloom Holdings Limited > Southeast Asia"}},
		{"en", "Harbourpay Limited said its stored value facility had been licensed by the Hong Kong Monetary Authority.",
			[]string{"RECOGNIZED_BY Harbourpay Limited > Hong Kong Monetary Authority"}},
		{"en", "The Innovation and Technology Commission said 12 projects had been approved under the Smart Harbour Fund. Projects approved in this round include:\n- a drone inspection system by Skyline Robotics Limited;\n- a port digital twin by Portwise Limited.",
			[]string{"FUNDS Smart Harbour Fund > Skyline Robotics Limited", "FUNDS Smart Harbour Fund > Portwise Limited"}},
		{"zh-Hant", "創新科技署今日公布「新型智造資助計劃」最新一批獲批項目。", []string{"OPERATES 創新科技署 > 新型智造資助計劃"}},
	}, nil)
	checkRelAbsent(t, []relCase{
		{"en", "The acquisition of Corvid Insure is subject to approval from the Insurance Authority.", []string{"RECOGNIZED_BY Corvid Insure > Insurance Authority"}},
		{"zh-Hant", "星澄科技去年獲香港科技園公司頒發「創業大獎」。", []string{"RECOGNIZED_BY 星澄科技 > 香港科技園公司"}},
	})
}
