package extract

import "testing"

// A rumour the text reports and then denies states no fact; a fact the same sentence states
// outside the report stays.
func TestDeniedReports(t *testing.T) {
	checkRelAbsent(t, []relCase{
		{"zh-Hans", "此前有报道称星图科技将获云杉资本投资，星图科技相关负责人回应称“目前没有相关安排”。", []string{"INVESTED_IN 云杉资本 > 星图科技"}},
		{"zh-Hans", "有消息指远景资本入股了星图科技，这不对，双方没有股权关系。", []string{"INVESTED_IN 远景资本 > 星图科技"}},
		{"zh-Hans", "对于“拟引入宁德时代作为基石投资者”的市场传闻，星图科技表示尚未确定任何基石投资者。", []string{"INVESTED_IN 宁德时代 > 星图科技"}},
		{"zh-Hant", "早前有指遠景資本將入股星圖科技，星圖科技發言人表示「不評論市場傳聞」。", []string{"INVESTED_IN 遠景資本 > 星圖科技"}},
		{"zh-Hant", "另外，市場消息指雲杉資本將注資星圖科技，雲杉資本不予置評。", []string{"INVESTED_IN 雲杉資本 > 星圖科技"}},
		{"en", "Media reports that Harbour Ventures had invested in Tidal Labs were untrue, the company said.", []string{"INVESTED_IN Harbour Ventures > Tidal Labs"}},
		{"en", "Tidal Labs said reports that it would partner with Keppel were speculation. Keppel declined to comment.", []string{"PARTNERED_WITH Tidal Labs > Keppel"}},
	})
	checkRelCases(t, []relCase{
		{"zh-Hans", "据报道，星图科技已获云杉资本投资。", []string{"INVESTED_IN 云杉资本 > 星图科技"}},
		{"zh-Hans", "有报道称星图科技已获云杉资本投资，公司证实了这一消息。", []string{"INVESTED_IN 云杉资本 > 星图科技"}},
		{"en", "Tidal Labs reported that Harbour Ventures had invested in the company last year.", nil},
		{"en", "Harbour Ventures invested in Tidal Labs, a company that dismissed rumours of a sale.", []string{"INVESTED_IN Harbour Ventures > Tidal Labs"}},
	}, nil)
}
