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
