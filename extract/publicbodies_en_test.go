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
