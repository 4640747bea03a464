package extract

import "testing"

// A company that is a member of a corporate group belongs to it; an arm named through its
// owner's possessive, and a bracket defining two names with "or". Invented sentences.
func TestGroupsAndArmsEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Orbix Port Holdings Limited is a member of the Harbour Orbix Group.",
			[]string{"SUBSIDIARY_OF Orbix Port Holdings Limited > Harbour Orbix Group"}, []string{"MEMBER_OF Orbix Port Holdings Limited > Harbour Orbix Group"}},
		{"Orbix Labs is a member of the Hong Kong Fintech Association.",
			[]string{"MEMBER_OF Orbix Labs > Hong Kong Fintech Association"}, nil},
		{"Mary Tam is a member of the Harbour Orbix Group.", []string{"MEMBER_OF Mary Tam > Harbour Orbix Group"}, nil},
		{"Orbix Ventures, Orbix Labs' investment arm, led the round.", []string{"SUBSIDIARY_OF Orbix Ventures > Orbix Labs"}, nil},
		{"Orbix Port Holdings Limited (\"Orbix\" or \"the Company\") named a cohort. Grace Ho, Managing Director of Orbix Ventures, the Company's investment arm, will lead the programme.",
			[]string{"SUBSIDIARY_OF Orbix Ventures > the Company", "LEADS Grace Ho > Orbix Ventures"}, nil},
	})
}
