package extract

import "testing"

// A hyphenated modifier, a count after "About", a milestone line's verb are no names; a
// clause whose subject is a plural common noun names no subject for its cue.
func TestEnglishNonNameShapes(t *testing.T) {
	checkRelAbsent(t, []relCase{
		{"en", "Tidal Labs has raised US$45 million in a Series C round led by Singapore-headquartered growth investor Granite Bay Partners.",
			[]string{"INVESTED_IN Singapore-headquartered > Tidal Labs"}},
		{"en", "Tidal Labs hosted the forum. About 1,200 delegates attended.\n\nUnder the memorandum, companies admitted to the Harbour Dual-Base Scheme will get lab space.",
			[]string{"PARTICIPATED_IN About 1 > Harbour Dual-Base Scheme", "PARTICIPATED_IN Tidal Labs > Harbour Dual-Base Scheme"}},
		{"en", "Tidal Labs in 2025:\n• Joined the Cyberport Incubation Programme in April\n• Signed an MoU with Singapore's Keppel",
			[]string{"PARTNERED_WITH Signed > Keppel"}},
		{"en", "Tidal Labs makes port robots. Tidal Labs in 2025:\n• Joined the Cyberport Incubation Programme in April\n• Named a top start-up by the Hong Kong Shipowners Association\n• Signed an MoU with Singapore's Keppel",
			[]string{"PARTNERED_WITH Hong Kong Shipowners Association > Keppel"}},
	})
	checkRelCases(t, []relCase{
		{"en", "Tidal Labs makes port robots. Tidal Labs in 2025:\n• Joined the Cyberport Incubation Programme in April\n• Named a top start-up by the Hong Kong Shipowners Association\n• Signed an MoU with Singapore's Keppel",
			[]string{"PARTNERED_WITH Tidal Labs > Keppel", "PARTICIPATED_IN Tidal Labs > Cyberport Incubation Programme"}},
		{"en", "Tidal Labs has raised US$45 million in a Series C round led by Singapore-headquartered growth investor Granite Bay Partners.",
			[]string{"INVESTED_IN Granite Bay Partners > Tidal Labs"}},
	}, nil)
}
