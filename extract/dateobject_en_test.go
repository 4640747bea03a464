package extract

import "testing"

// A date right after a cue's preposition is its object: the name after it is no end.
func TestDateAfterCueEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Orbix Labs raised US$9 million in a Series A round in May led by Jade Capital.",
			[]string{"INVESTED_IN Jade Capital > Orbix Labs"}, []string{"INVESTED_IN Orbix Labs > Jade Capital"}},
		{"Orbix Labs closed a round in 2024, backed by Jade Capital.",
			nil, []string{"INVESTED_IN Orbix Labs > Jade Capital"}},
		// A name right after the preposition stays its object.
		{"Jade Capital took part in a round in Orbix Labs.", []string{"INVESTED_IN Jade Capital > Orbix Labs"}, nil},
	})
}
