package extract

import "testing"

// A company named alone that owns something at a sentence's start is a name ("Quillo's chief
// executive"); a kind word owning something is not. Invented sentences.
func TestPossessiveSentenceSubjects(t *testing.T) {
	checkEnCases(t, []enCase{
		{text: "Quillo's chief executive, Ravi Menon, said demand from Macau was strong.",
			want: []string{"LEADS Ravi Menon > Quillo"}},
	})
	checkEnNameCases(t, []enCase{
		{text: "Hospital's staff were glad, Orbis Labs said.", want: []string{"Orbis Labs"}, not: []string{"Hospital"}},
	})
}
