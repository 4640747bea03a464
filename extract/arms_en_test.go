package extract

import "testing"

// English possessive arms and appositions that name a company's arm. Invented sentences.
func TestPossessiveArmsEn(t *testing.T) {
	checkEnCases(t, []enCase{
		// "X's venture arm Y": Y is X's subsidiary, with or without commas, after 's or a plural s'.
		{"Orbix Labs raised US$4 million, with Jade Holdings' venture arm Jade Ventures joining.",
			[]string{"SUBSIDIARY_OF Jade Ventures > Jade Holdings"}, nil},
		{"Meridian Group's corporate venture arm, Meridian Ventures, invested in Orbix Labs.",
			[]string{"SUBSIDIARY_OF Meridian Ventures > Meridian Group", "INVESTED_IN Meridian Ventures > Orbix Labs"},
			[]string{"INVESTED_IN Meridian Group > Orbix Labs"}},
		// The arm, not its owner, does what the verb after it says.
		{"Kestrel Partners' investment arm, Kestrel Capital, manages the Kestrel Growth Fund.",
			[]string{"MANAGES Kestrel Capital > Kestrel Growth Fund"}, []string{"MANAGES Kestrel Partners > Kestrel Growth Fund"}},
		// An apposition cue describes the name right before it, not the list's first item.
		{"The round was led by Jade Capital, with Orbix Ventures and SF Capital, the investment arm of SF Holding, joining.",
			[]string{"SUBSIDIARY_OF SF Capital > SF Holding"}, []string{"SUBSIDIARY_OF Jade Capital > SF Holding"}},
		// An apposition that closes right before the cue describes the name before it: the
		// left slot takes that name and its list.
		{"Orbix Labs raised US$9 million in a round led by Jade Capital, with Kestrel Ventures and SF Capital, the investment arm of SF Holding, joining.",
			[]string{"INVESTED_IN Kestrel Ventures > Orbix Labs", "INVESTED_IN SF Capital > Orbix Labs"}, []string{"INVESTED_IN SF Holding > Orbix Labs"}},
		// No owner right before 's, or no name right after the arm: no fact.
		{"Investors include Jade Capital, the city's state-backed investment arm, and Orbix Ventures.",
			nil, []string{"SUBSIDIARY_OF Orbix Ventures > Jade Capital"}},
	})
}
