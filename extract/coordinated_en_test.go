package extract

import "testing"

// A predicate joined by "and" shares the sentence's subject, not the name nearest before it.
func TestCoordinatedPredicateSubject(t *testing.T) {
	cases := []relCase{
		{"en", "Tidal Labs makes marine sensors. The company was founded in 2018 by Dr Amy Lo, who previously led research at Novartis, and is backed by Gobi Partners.",
			[]string{"INVESTED_IN Gobi Partners > Tidal Labs"}},
		{"en", "Tidal Labs acquired Orbix Robotics in 2022 and has since partnered with Keppel.",
			[]string{"PARTNERED_WITH Tidal Labs > Keppel"}},
		// The sentence's first name is an apposition of its subject, or owns it: no change.
		{"en", "Harbour Capital runs two funds. Its predecessor, Harbour Fund I, was raised in 2020 and has backed 12 companies, among them Tidal Labs.",
			[]string{"INVESTED_IN Harbour Fund I > Tidal Labs"}},
		{"en", "Tidal Labs's founder, Amy Lo, previously worked at Novartis and studied at Lingnan University.",
			[]string{"EDUCATED_AT Amy Lo > Lingnan University"}},
	}
	checkRelCases(t, cases, nil)
	checkRelAbsent(t, []relCase{
		{"en", "Tidal Labs makes marine sensors. The company was founded in 2018 by Dr Amy Lo, who previously led research at Novartis, and is backed by Gobi Partners.",
			[]string{"INVESTED_IN Gobi Partners > Novartis"}},
		{"en", "Tidal Labs acquired Orbix Robotics in 2022 and has since partnered with Keppel.",
			[]string{"PARTNERED_WITH Orbix Robotics > Keppel"}},
	})
}
