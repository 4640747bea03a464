package extract

import "testing"

// English programmes named again by their kind ("The accelerator is run by X"). Invented texts.
func TestProgrammeRefsEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Eight start-ups joined the Harbour Launch Accelerator in May. The accelerator is run by Jade Holdings.",
			[]string{"OPERATES Jade Holdings > Harbour Launch Accelerator"}, nil},
		{"Orbix Labs joined the Kowloon Seed Programme last year. The programme was funded by a grant from the Jade Foundation.",
			[]string{"FUNDS Jade Foundation > Kowloon Seed Programme"}, nil},
		// A demonstrative after ", and" opens a new clause: no list with the name before it.
		{"Twelve firms joined the Kowloon Seed Programme. It is run with Orbix Ventures, and this cohort was funded by the Jade Foundation.",
			[]string{"FUNDS Jade Foundation > Kowloon Seed Programme"}, []string{"FUNDS Jade Foundation > Orbix Ventures"}},
		// No programme named before: the phrase stays a phrase.
		{"The accelerator is run by Jade Holdings.", nil, []string{"OPERATES Jade Holdings > The accelerator"}},
	})
}

// Leaving a programme (named again by its kind) ends taking part in it; leaving a company is no
// programme.
func TestLeftTheProgrammeEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Eight start-ups joined the Harbour Launch Accelerator in May. Orbix Labs left the programme in July.",
			[]string{"PARTICIPATED_IN Orbix Labs > Harbour Launch Accelerator"}, nil},
		{"Alan Tse left Jade Holdings in 2020.", nil, []string{"PARTICIPATED_IN Alan Tse > Jade Holdings"}},
	})
}
