package extract

import "testing"

// The programme a policy paper announces, stated by funding or proposal. Invented sentences.
func TestAnnouncedInPaperForms(t *testing.T) {
	checkEnCases(t, []enCase{
		{"The government will launch the Harbour Trials Scheme next year, funded under the 2027-28 Budget.",
			[]string{"ANNOUNCED 2027-28 Budget > Harbour Trials Scheme"}, nil},
		{"The Green Shipping Fund, first proposed in the 2026 Policy Address, opens for applications in May.",
			[]string{"ANNOUNCED 2026 Policy Address > Green Shipping Fund"}, nil},
		// a fund is no paper that announces
		{"The Harbour Trials Scheme is funded under the Innovation and Technology Fund.",
			nil, []string{"ANNOUNCED Innovation and Technology Fund > Harbour Trials Scheme"}},
	})
}
