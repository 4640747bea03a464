package extract

import "testing"

// A fund's anchor investors named in the sentence after the fund. Invented sentences.
func TestAnchorInvestorsZh(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hant", "【本報訊】本地資產管理公司星匯資本昨日宣布推出「星匯亞洲創科基金」，目標規模10億美元。港投公司以錨定投資者身份承諾出資1億美元，另一錨定投資者為新加坡主權基金GIC。",
			[]string{"FUNDS 港投公司 > 星匯亞洲創科基金", "FUNDS GIC > 星匯亞洲創科基金"}},
	}, nil)
}
