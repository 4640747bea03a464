package extract

import "testing"

// The organising cues in their present and noun forms. Invented sentences.
func TestOrganiserForms(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Tallis Bank organises the Harbour Fintech Forum 2026 every spring.",
			[]string{"ORGANIZED Tallis Bank > Harbour Fintech Forum 2026"}, nil},
		{"Orbix Labs, the organiser of the Kowloon Robotics Summit, said attendance doubled.",
			[]string{"ORGANIZED Orbix Labs > Kowloon Robotics Summit"}, nil},
		{"The Harbour Fintech Forum 2026 was convened by the Kowloon Bankers Association.",
			[]string{"ORGANIZED Kowloon Bankers Association > Harbour Fintech Forum 2026"}, nil},
	})
}
