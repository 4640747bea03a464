package extract

import "testing"

// Shares stated as percentages, and a joint venture named after it was formed. Invented
// sentences.
func TestStakesEn(t *testing.T) {
	checkEnCases(t, []enCase{
		// A filing's "owned as to": the majority holder is the parent, the other invested.
		{"Lumora Analytics LLC will be owned as to 65% by Pellham Systems Limited and 35% by Ostrava Capital.",
			[]string{"SUBSIDIARY_OF Lumora Analytics LLC > Pellham Systems Limited", "INVESTED_IN Ostrava Capital > Lumora Analytics LLC"},
			[]string{"INVESTED_IN Pellham Systems Limited > Lumora Analytics LLC"}},
		// After the company, its defined term and its place, with "per cent".
		{`The partners will set up Lumora Analytics LLC (the "JV Company") in Riyadh, owned as to 49 per cent by Pellham Systems Limited and 51 per cent by Ostrava Capital.`,
			[]string{"INVESTED_IN Pellham Systems Limited > Lumora Analytics LLC", "SUBSIDIARY_OF Lumora Analytics LLC > Ostrava Capital"}, nil},
		// A holder and the one "holding the rest".
		{"Pellham Systems will hold 30% of Lumora Analytics, with Ostrava Capital holding the rest.",
			[]string{"INVESTED_IN Pellham Systems > Lumora Analytics", "INVESTED_IN Ostrava Capital > Lumora Analytics"}, nil},
		// A percentage of something else is no holding.
		{"Pellham Systems will hold 30% of its meetings in Lumora Tower.", nil, []string{"INVESTED_IN Pellham Systems > Lumora Tower"}},
	})
}

func TestJointVentureNamedEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Pellham Systems has formed a joint venture with Ostrava Group to run cold-chain warehouses in Kwai Chung. " +
			"Pellham will hold 60 per cent of the venture, named Lumora Cold Chain, with Ostrava holding the rest.",
			[]string{"ESTABLISHED Pellham Systems > Lumora Cold Chain", "ESTABLISHED Ostrava Group > Lumora Cold Chain",
				"INVESTED_IN Pellham > Lumora Cold Chain", "INVESTED_IN Ostrava > Lumora Cold Chain"},
			// "the venture, named X" names a company, it appoints no one.
			[]string{"LEADS Lumora Cold Chain > Pellham Systems", "LEADS Lumora Cold Chain > Pellham"}},
		// Without a joint venture before it, a named venture is established by no one.
		{"Pellham Systems signed a supply deal with Ostrava Group. Pellham will hold 60 per cent of the venture, named Lumora Cold Chain.",
			[]string{"INVESTED_IN Pellham > Lumora Cold Chain"}, []string{"ESTABLISHED Ostrava Group > Lumora Cold Chain"}},
		// "named" after a company or a helping verb still appoints.
		{"Nexbridge Robotics has named Carol Tam as chief executive.", []string{"LEADS Carol Tam > Nexbridge Robotics"}, nil},
	})
}
