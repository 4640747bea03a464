package extract

import "testing"

// 该母基金 and 母基金 refer back to the fund the text named, not to a fund it listed among its
// investors; 由甲出资 and 由政府拨款 fund a fund or a programme, they do not run it.
func TestFundReferencesAndFunders(t *testing.T) {
	cases := []relCase{
		{"zh-Hans", "星河市人民政府宣布设立星河科创母基金，规模30亿元。据介绍，该母基金将与香港投资管理有限公司合作，联合投资早期科技企业。",
			[]string{"PARTNERED_WITH 星河科创母基金 > 香港投资管理有限公司"}},
		{"zh-Hans", "星河市人民政府宣布设立星河科创母基金。母基金由星河市建设投资集团有限公司出资20亿元。",
			[]string{"FUNDS 星河市建设投资集团有限公司 > 星河科创母基金"}},
		{"zh-Hant", "工業貿易署宣布推出「東盟拓展資助計劃」。計劃由香港特區政府撥款十億港元。",
			[]string{"FUNDS 香港特區政府 > 東盟拓展資助計劃"}},
	}
	checkRelCases(t, cases, nil)
	checkRelAbsent(t, []relCase{
		{"zh-Hans", cases[0].text, []string{"PARTNERED_WITH 星河市人民政府 > 香港投资管理有限公司"}},
		{"zh-Hans", cases[1].text, []string{"OPERATES 星河市建设投资集团有限公司 > 星河科创母基金"}},
		{"zh-Hant", cases[2].text, []string{"OPERATES 香港特區政府 > 東盟拓展資助計劃"}},
		{"zh-Hans", "星河科创母基金完成募集。母基金的出资人包括星河引导基金和平安资本。基金已与深创投签署合作备忘录。",
			[]string{"PARTNERED_WITH 星河引导基金 > 深创投"}},
	})
}
