package extract

import "testing"

// A title-case headline's guess that a name is a company's yields to the body reading it as a
// person's. Invented sentences.
func TestHeadlinePersonKindEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Q&A: TideLoop's Mara Quist On Building Europe's Charging Grid\n\nMara Quist co-founded TideLoop in Oslo in 2021. Last month the startup raised US$12 million in a Series A round led by Fjord Capital. Quist, a graduate of the University of Oslo, spoke about the plan.",
			[]string{"LEADS Mara Quist > TideLoop", "INVESTED_IN Fjord Capital > TideLoop", "EDUCATED_AT Quist > University of Oslo"},
			[]string{"INVESTED_IN Fjord Capital > Mara Quist"}},
		// A company in the headline stays a company when the body names no person so.
		{"Fjord Capital Backs TideLoop Grid In Europe's Charging Race\n\nTideLoop Grid raised US$12 million from Fjord Capital.",
			[]string{"INVESTED_IN Fjord Capital > TideLoop Grid"}, nil},
	})
}
