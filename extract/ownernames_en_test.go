package extract

import "testing"

// A unit written under its owner's possessive is named without it when the text names the
// owner on its own too; a name that holds a possessive of its own stays whole. Invented
// sentences.
func TestOwnedNamesEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Orbis Holdings set up a fund last year. Acme Farms closed a US$20 million Series A round led by Orbis Holdings's Pine Tree Asia, with Beta Partners joining.",
			[]string{"INVESTED_IN Pine Tree Asia > Acme Farms"},
			[]string{"INVESTED_IN Orbis Holdings's Pine Tree Asia > Acme Farms"}},
		{"Acme Farms closed a US$20 million Series A round led by Quill's Harbour Growth Partners.",
			[]string{"INVESTED_IN Quill's Harbour Growth Partners > Acme Farms"}, nil},
	})
}

// The owner named after "the venture arm of" is the parent, not the arm's short form, even
// when the arm's name opens with it. Invented sentences.
func TestOwnerAfterArmEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{text: "Last month Zeta Pay raised US$5 million from Gamma Ventures, the venture arm of Gamma, and Delta Capital.",
			want: []string{"SUBSIDIARY_OF Gamma Ventures > Gamma", "INVESTED_IN Gamma Ventures > Zeta Pay"}},
		{text: "Gamma Ventures invested in Zeta Pay. Gamma said the deal closed in May.",
			not: []string{"SUBSIDIARY_OF Gamma Ventures > Gamma"}},
	})
}
