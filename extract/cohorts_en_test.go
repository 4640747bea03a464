package extract

import "testing"

// English cohort lists: the companies opening the bullets after a colon line that names a
// programme's intake take part in it. Invented texts.
func TestCohortListsEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Twelve start-ups joined the Harbour Launch Accelerator in May. The companies in the Harbour Launch Accelerator's new cohort:\n\n- Orbix Labs, a drone maker, raised US$2 million.\n- Kestrel Bio, a Shenzhen gene-editing firm.\n\nThe programme runs for six months.",
			[]string{"PARTICIPATED_IN Orbix Labs > Harbour Launch Accelerator", "PARTICIPATED_IN Kestrel Bio > Harbour Launch Accelerator"}, nil},
		// A list of what a programme offers names no participants.
		{"Orbix Labs joined the Harbour Launch Accelerator in May. The Harbour Launch Accelerator offers:\n- Jade Capital mentors\n- office space",
			nil, []string{"PARTICIPATED_IN Jade Capital > Harbour Launch Accelerator"}},
	})
}
