package extract

import "testing"

// People listed with their posts, asides that belong to the nearest person, and a former
// employer whose name ends in "Group". Invented sentences.
func TestTitledListsEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Orbix Labs was co-founded in 2018 by chief executive Mary Tam and chief technology officer Peter Wong.",
			[]string{"LEADS Mary Tam > Orbix Labs", "LEADS Peter Wong > Orbix Labs"}, nil},
		{"Orbix Labs was founded in 2018 by Mary Tam, a former Nimbus Robotics engineer, and Peter Wong, previously an analyst at Crane Capital.",
			[]string{"LEADS Peter Wong > Orbix Labs", "WORKED_AT Peter Wong > Crane Capital", "WORKED_AT Mary Tam > Nimbus Robotics"},
			[]string{"WORKED_AT Mary Tam > Crane Capital"}},
		{"Orbix Labs was founded in 2019 by chief executive Mary Tam, a former Harbour Consulting Group consultant who studied at the University of Kowloon and the Lantau Business School, and chief technology officer Peter Wong, previously an engineering lead at Nimbus Robotics.",
			[]string{"LEADS Peter Wong > Orbix Labs", "WORKED_AT Peter Wong > Nimbus Robotics", "WORKED_AT Mary Tam > Harbour Consulting Group"},
			[]string{"WORKED_AT Mary Tam > Nimbus Robotics"}},
		// The founders of an opening participial phrase are not the main clause's subject.
		{"Founded in 2019 by Karen Lo and Victor Chan, Harbour Ledger is a graduate of the Cyberport Incubation Programme.",
			[]string{"PARTICIPATED_IN Harbour Ledger > Cyberport Incubation Programme"},
			[]string{"PARTICIPATED_IN Karen Lo > Cyberport Incubation Programme", "PARTICIPATED_IN Victor Chan > Cyberport Incubation Programme"}},
		// A post cut from its first words ("Officer of X") is no name: X is.
		{"Orbix Port Holdings Limited (\"Orbix\" or \"the Company\") named its cohort. \"Ports matter,\" said David Lau, Chief Executive Officer of Orbix.",
			[]string{"LEADS David Lau > Orbix"}, nil},
	})
}

// A post written before a list's next person ("and ex-Google engineer B") is glue of the list,
// an organisation inside it only describes the post. Invented sentences.
func TestPostBeforeListItemEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Tallyfin, founded in 2020 by former Manulife actuary Rina Bose and ex-Meta engineer Marcus Lim, has 90 staff.",
			[]string{"LEADS Rina Bose > Tallyfin", "LEADS Marcus Lim > Tallyfin", "WORKED_AT Marcus Lim > Meta"},
			[]string{"LEADS Meta > Tallyfin"}},
		{"Tallyfin was founded by Rina Bose and ex-Google engineer Marcus Lim.",
			[]string{"LEADS Rina Bose > Tallyfin", "LEADS Marcus Lim > Tallyfin"}, nil},
		// An item before "and <post> <name>" stays an item.
		{"Tallyfin raised a seed round led by Kestrel Capital, with participation from Orbis Ventures, Brightpath Capital and angel investor Marcus Lim.",
			[]string{"INVESTED_IN Brightpath Capital > Tallyfin", "INVESTED_IN Orbis Ventures > Tallyfin"}, nil},
	})
}
