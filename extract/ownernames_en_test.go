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
