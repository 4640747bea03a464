package extract

import "testing"

// A bureau's fund named with its possessive is a scheme the bureau runs; a company won over by
// an agency was attracted by it. Invented sentences.
func TestPublicBodiesEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Corvane Analytics has also received money from the Development Bureau's Smart Site Fund.",
			[]string{"OPERATES Development Bureau > Smart Site Fund"}, []string{"MANAGES Development Bureau > Smart Site Fund"}},
		{"Founded in Oslo, Nordvik Marine moved its regional office to Hong Kong in 2023 after being courted by InvestHK.",
			[]string{"ATTRACTED InvestHK > Nordvik Marine"}, nil},
		{"Nordvik Marine was wooed by Invest Hong Kong for two years.",
			[]string{"ATTRACTED Invest Hong Kong > Nordvik Marine"}, nil},
	})
}

// A scheme a government body announces approvals under is one it runs; a company cannot run a
// scheme it was approved under. A company that has traded on an exchange is listed there.
func TestApprovalsAndTradingEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"The Environment and Ecology Bureau announced today that 12 projects have been approved under the Green Shipping Fund.",
			[]string{"OPERATES Environment and Ecology Bureau > Green Shipping Fund"}, nil},
		{"Corvane Marine said its project had been approved under the Green Shipping Fund.",
			nil, []string{"OPERATES Corvane Marine > Green Shipping Fund"}},
		{"Shanghai-based Corvane Marine, which has traded on the Shenzhen Stock Exchange since 2020, bought a rival.",
			[]string{"LISTED_ON Corvane Marine > Shenzhen Stock Exchange"}, nil},
	})
}
