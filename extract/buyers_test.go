package extract

import "testing"

// The buyer of existing shares and the subscriber of new ones invest in the company whose
// shares they are. Invented sentences.
func TestShareBuyersInvest(t *testing.T) {
	checkRelCases(t, []relCase{
		{"en", "Kestrelwood Capital bought shares in Palefern Systems from an early backer.", []string{"INVESTED_IN Kestrelwood Capital > Palefern Systems"}},
		{"en", "Kestrelwood Capital acquired 3 million shares in Palefern Systems last month.", []string{"INVESTED_IN Kestrelwood Capital > Palefern Systems"}},
		{"en", "Kestrelwood Capital subscribed for 8 million new shares in Palefern Systems.", []string{"INVESTED_IN Kestrelwood Capital > Palefern Systems"}},
		{"zh-Hant", "遠瀾資本以3000萬港元認購霧嶺科技新股。", []string{"INVESTED_IN 遠瀾資本 > 霧嶺科技"}},
	}, nil)
}

// Investor lists with 还/亦 and a company's own shareholder list. Invented sentences.
func TestInvestorListVariantsZh(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "雾岭科技完成B轮融资。此轮融资的投资方还包括晨曦创投和远澜资本。", []string{"INVESTED_IN 晨曦创投 > 雾岭科技", "INVESTED_IN 远澜资本 > 雾岭科技"}},
		{"zh-Hant", "霧嶺科技的股東包括遠瀾資本及晨曦創投。", []string{"INVESTED_IN 遠瀾資本 > 霧嶺科技", "INVESTED_IN 晨曦創投 > 霧嶺科技"}},
		// The existing or early shareholders named after the company's possessive.
		{"zh-Hans", "雾岭科技近日完成新一轮融资。雾岭科技的老股东晨曦创投和远澜资本继续追加投资。", []string{"INVESTED_IN 晨曦创投 > 雾岭科技", "INVESTED_IN 远澜资本 > 雾岭科技"}},
		{"zh-Hant", "霧嶺科技的早期投資方晨曦創投上月出售了部分股份。", []string{"INVESTED_IN 晨曦創投 > 霧嶺科技"}},
	}, nil)
}
