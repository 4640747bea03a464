package extract

import "testing"

// A fund named after its manager's short name, which the text uses only later; "it" after a
// sentence that opens with "The fund" is the fund. Invented sentences.
func TestFundManagerAliasAndFundPronounChain(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Quillon Bay Partners has held a first close on its debut fund. Quillon Climate Fund I closed on Friday with commitments from Orbix Capital. Quillon has six staff in Central.",
			[]string{"MANAGES Quillon Bay Partners > Quillon Climate Fund I"}, nil},
		{"Quillon Bay Partners has held a first close on its debut fund. Quillon Climate Fund I closed on Friday with commitments from Orbix Capital. " +
			"The firm was founded by Mary Lam, who spent 11 years at Warburg Lane; and Peter Ho, a former director at Jade Holdings. Lam is managing partner.\n\n" +
			"\"Investors want a specialist,\" Lam told Private Deals Weekly.\n\n" +
			"The fund will back early-stage climate companies in Greater China. It has already made two investments. In August it led a US$10 million Series A in Verdant Grid, a Shenzhen-based start-up.",
			[]string{"INVESTED_IN Quillon Climate Fund I > Verdant Grid"}, []string{"INVESTED_IN Private Deals Weekly > Verdant Grid"}},
	})
}
