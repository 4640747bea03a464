package extract

import "testing"

// An English list item after a place's possessive is the name after it ("led by Japan's A"),
// and a final possessive belongs to the owner ("led by A's growth fund": A). Invented sentences.
func TestListItemsAfterPossessive(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Palefern Systems closed a Series B led by Japan's Kestrelwood Capital.", []string{"INVESTED_IN Kestrelwood Capital > Palefern Systems"}, nil},
		{"Palefern Systems closed a Series B led by Kestrelwood Capital's growth fund, with participation from Singapore's Brightmoor Ventures.",
			[]string{"INVESTED_IN Kestrelwood Capital > Palefern Systems", "INVESTED_IN Brightmoor Ventures > Palefern Systems"}, nil},
	})
}

// A descriptor or a place modifier before a list item describes the name after it: "VC firm
// A" names A, "Hong Kong-based B" names B, while "B Group" keeps its Group. Invented sentences.
func TestListItemsAfterDescriptors(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Palefern Systems closed a Series B led by Kestrelwood Capital and VC firm Brightmoor Ventures.",
			[]string{"INVESTED_IN Kestrelwood Capital > Palefern Systems", "INVESTED_IN Brightmoor Ventures > Palefern Systems"}, []string{"INVESTED_IN VC > Palefern Systems"}},
		{"Palefern Systems' largest shareholder is VC firm Brightmoor Ventures.",
			[]string{"INVESTED_IN Brightmoor Ventures > Palefern Systems"}, []string{"INVESTED_IN VC > Palefern Systems"}},
		{"Palefern Systems closed a Series B with participation from Singapore-based Brightmoor Ventures and Kestrelwood Group.",
			[]string{"INVESTED_IN Brightmoor Ventures > Palefern Systems", "INVESTED_IN Kestrelwood Group > Palefern Systems"}, nil},
	})
}

// "Other investors in the round were A and B" after the round's sentence: A and B invest in
// the company that raised it. Invented sentences.
func TestOtherInvestorsWere(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Palefern Systems raised US$9 million. Other investors in the round were Kestrelwood Capital and Brightmoor Ventures.",
			[]string{"INVESTED_IN Kestrelwood Capital > Palefern Systems", "INVESTED_IN Brightmoor Ventures > Palefern Systems"}, nil},
	})
}
