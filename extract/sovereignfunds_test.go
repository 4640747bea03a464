package extract

import "testing"

// A state's investment fund is an organisation: it owns subsidiaries. Invented texts.
func TestStateFundsAreOrganisations(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hant", "星海資本亦與卡塔爾公共投資基金旗下的Qatar Ventures簽訂合作框架。",
			[]string{"SUBSIDIARY_OF Qatar Ventures > 卡塔爾公共投資基金"}},
		{"en", "Harbour Ventures is a unit of the Oman Sovereign Wealth Fund, the people said.",
			[]string{"SUBSIDIARY_OF Harbour Ventures > Oman Sovereign Wealth Fund"}},
	}, nil)
}
