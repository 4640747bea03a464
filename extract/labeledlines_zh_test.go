package extract

import "testing"

// A fact on a line headed by a company the finders do not know borrows no end from the rest
// of the text; a fact whose ends the line names stays.
func TestHeadedLinesKeepTheirEnds(t *testing.T) {
	text := "新聞稿：數碼港公布新一批培育公司\n\n數碼港今日宣布，新一批30間初創企業獲「數碼港培育計劃」取錄。\n\n" +
		"－ 雲帆鏈科：提供跨境支付平台，今年3月與中銀香港簽署合作協議；\n" +
		"－ 港睿醫療：由香港中文大學團隊創立，已進駐香港科學園；\n"
	checkRelAbsent(t, []relCase{{"zh-Hant", text, []string{"PARTNERED_WITH 數碼港 > 中銀香港", "PARTNERED_WITH 中銀香港 > 數碼港"}}})
	checkRelCases(t, []relCase{{"zh-Hant", text, []string{"LOCATED_IN 港睿醫療 > 香港科學園"}}}, nil)
	for _, c := range []struct {
		head string
		want bool
	}{{"领投方", true}, {"主办机构", true}, {"合作伙伴", true}, {"星衡机械人", false}, {"港睿医疗", false}} {
		if got := labelHead([]rune(c.head)); got != c.want {
			t.Errorf("labelHead(%s) = %v, want %v", c.head, got, c.want)
		}
	}
}
