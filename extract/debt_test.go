package extract

import "testing"

// Borrowed money is no stake: a lender named after "raised/secured … from" or 获 invests in
// nothing, while a round that mixes equity and debt keeps its investors. Invented sentences.
func TestDebtIsNoInvestment(t *testing.T) {
	checkRelAbsent(t, []relCase{
		{"en", "Palefern Systems raised US$12 million in venture debt from Tidewater Commercial Bank.", []string{"INVESTED_IN Tidewater Commercial Bank > Palefern Systems"}},
		{"en", "Palefern Systems secured a HK$40 million credit facility from Tidewater Commercial Bank.", []string{"INVESTED_IN Tidewater Commercial Bank > Palefern Systems"}},
		{"en", "Palefern Systems secured a HK$40 million term loan from Tidewater Commercial Bank.", []string{"INVESTED_IN Tidewater Commercial Bank > Palefern Systems"}},
		{"zh-Hans", "雾岭科技获建設银行提供8000万元债权融资。", []string{"INVESTED_IN 建設银行 > 雾岭科技"}},
		{"zh-Hant", "霧嶺科技獲東亞銀行批出8000萬港元過橋貸款融資。", []string{"INVESTED_IN 東亞銀行 > 霧嶺科技"}},
	})
	checkRelCases(t, []relCase{
		{"en", "Palefern Systems raised US$12 million in equity and debt from Kestrelwood Capital.", []string{"INVESTED_IN Kestrelwood Capital > Palefern Systems"}},
		{"en", "Palefern Systems raised US$12 million from Kestrelwood Capital.", []string{"INVESTED_IN Kestrelwood Capital > Palefern Systems"}},
	}, nil)
}
