package extract

import "testing"

// Followers of a round named with an intransitive "joined" that closes its clause; "joined"
// with an object keeps its other sense. Invented sentences.
func TestRoundJoinedAtClauseEnd(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Zenko Robotics raised US$12 million in a Series A round led by Granite Peak Capital. Orchid Ventures and Harbour Angels also joined.",
			[]string{"INVESTED_IN Granite Peak Capital > Zenko Robotics", "INVESTED_IN Orchid Ventures > Zenko Robotics", "INVESTED_IN Harbour Angels > Zenko Robotics"}, nil},
		{"Zenko Robotics raised US$12 million in a round led by Granite Peak Capital, and Orchid Ventures joined, the company said.",
			[]string{"INVESTED_IN Orchid Ventures > Zenko Robotics"}, nil},
		{"Zenko Robotics raised US$12 million in a round led by Granite Peak Capital. Orchid Ventures joined the Cyberport Incubation Programme.",
			[]string{"PARTICIPATED_IN Orchid Ventures > Cyberport Incubation Programme"}, []string{"INVESTED_IN Orchid Ventures > Zenko Robotics"}},
		{"Orchid Ventures joined last year.", nil, []string{"INVESTED_IN Orchid Ventures > Zenko Robotics"}},
		// "that round" refers back as "the round" does.
		{"Zenko Robotics raised US$30 million in a Series C led by Granite Peak Capital. Orchid Ventures also took part in that round.",
			[]string{"INVESTED_IN Orchid Ventures > Zenko Robotics"}, nil},
	})
}
