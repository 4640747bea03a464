package extract

import "testing"

// "New" opens a name in mid-sentence before another capitalised word; places stay places and
// a sentence's first "New" stays no name. Invented sentences.
func TestNewOpensName(t *testing.T) {
	checkEnNameCases(t, []enCase{
		{text: "It raised money from New Harbour Development's impact arm last year.",
			want: []string{"New Harbour Development"}, not: []string{"Harbour Development"}},
		{text: "New rules take effect next year, Orbis Labs said.", want: []string{"Orbis Labs"}, not: []string{"New"}},
	})
}
