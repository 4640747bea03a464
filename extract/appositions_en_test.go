package extract

import "testing"

// Appositions of business news: "X, a Sequoia-backed start-up," (the investor's modifier in an
// apposition describes X), "X, a Shenzhen-headquartered chipmaker," and "X, whose chief
// executive is Y,". Invented sentences.
func TestAppositionModifiersEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Nimbus Robotics Limited, a Sequoia-backed start-up, opened in Hong Kong.",
			[]string{"INVESTED_IN Sequoia > Nimbus Robotics Limited"}, nil},
		{"Orbix Labs, a Shenzhen-headquartered chipmaker, raised US$5 million.", []string{"LOCATED_IN Orbix Labs > Shenzhen"}, nil},
		{"Orbix Labs, whose chief executive is Mary Tam, raised US$5 million.", []string{"LEADS Mary Tam > Orbix Labs"}, nil},
		// A modifier outside an apposition describes nothing named.
		{"Orbix Labs said a Sequoia-backed rival had cut prices.", nil, []string{"INVESTED_IN Sequoia > Orbix Labs"}},
	})
}

// A bracketed short form after a name leaves the apposition after it describing that name.
// Invented sentences.
func TestAppositionAfterBracketedAliasEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Covera has raised US$12 million in a round led by Orchid Insurance Venture Capital (OIVC), the corporate venture arm of Orchid Insurance.",
			[]string{"SUBSIDIARY_OF Orchid Insurance Venture Capital > Orchid Insurance", "INVESTED_IN Orchid Insurance Venture Capital > Covera"},
			[]string{"SUBSIDIARY_OF Covera > Orchid Insurance"}},
		{"Covera hired Orchid Insurance Venture Capital (\"OIVC\"), a unit of Orchid Insurance, as adviser.",
			[]string{"SUBSIDIARY_OF Orchid Insurance Venture Capital > Orchid Insurance"}, []string{"SUBSIDIARY_OF Covera > Orchid Insurance"}},
	})
}

// An ampersand joins one organisation's name before a person's past title. Invented sentences.
func TestAmpersandEmployerBeforeTitleEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Ben Wong, a former Bain & Company executive, founded Kite Labs in 2019.",
			[]string{"WORKED_AT Ben Wong > Bain & Company", "LEADS Ben Wong > Kite Labs"}, nil},
		{"Former Ernst & Young partner Ben Wong founded Kite Labs in 2019.",
			[]string{"WORKED_AT Ben Wong > Ernst & Young"}, nil},
	})
}

// A possessive determiner opens a person's post in apposition as an article does. Invented
// sentences.
func TestPossessivePostAppositionEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Kiteline Limited, a Hong Kong drone start-up, raised funds. Its founder started Kiteline in 2021 with Meera Shah, its chief technology officer.",
			[]string{"LEADS Meera Shah > Kiteline"}, nil},
		{"Harbour Ventures has closed its second fund at US$80 million, said Paul Grant, its managing partner.",
			[]string{"LEADS Paul Grant > Harbour Ventures"}, nil},
	})
}
