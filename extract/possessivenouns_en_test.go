package extract

import "testing"

// A title after "the <noun>'s" belongs to the name before that holds the noun, or, for "the
// company's", to the text's company. Invented sentences.
func TestPossessiveNounTitleEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"The minister opened the Institute for Coastal Robotics in Tai Po on Monday. " +
			"Speaking at the ceremony, the institute's director, Dr Helen Mak, said it had hired 30 engineers.",
			[]string{"LEADS Helen Mak > Institute for Coastal Robotics"}, nil},
		{"Tallyo Systems raised US$4 million in May. Speaking in Wan Chai, the company's chairman, Peter Lam, said sales had doubled.",
			[]string{"LEADS Peter Lam > Tallyo Systems"}, nil},
		// A noun no name holds gives nothing.
		{"The minister opened the Institute for Coastal Robotics in Tai Po. The museum's director, Dr Helen Mak, spoke.",
			nil, []string{"LEADS Helen Mak > Institute for Coastal Robotics"}},
	})
}

// A title after a bare kind noun that opens the sentence ("Programme director X") belongs to the
// last name of that kind. Invented sentences.
func TestKindNounTitleEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Twelve start-ups graduated from the Harbour Climate Accelerator on Friday. Programme director Omar Haddad said the next cohort opens in May.",
			[]string{"LEADS Omar Haddad > Harbour Climate Accelerator"}, nil},
		// The noun inside a clause does not open it: no resolution.
		{"Twelve start-ups graduated from the Harbour Climate Accelerator. The city's new programme director Omar Haddad spoke.",
			nil, []string{"LEADS Omar Haddad > Harbour Climate Accelerator"}},
	})
}
