package extract

import "testing"

// A name that opens a sentence and "co-founded" a company is a person's, and a title-case
// headline's guess that the name is a company's ("Q&A: TideLoop's Mara Quist On …") yields to
// that reading, so the later surname and the round the company raised attach to the right
// ends. Invented sentences.
func TestHeadlinePersonKindEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Q&A: TideLoop's Mara Quist On Building Europe's Charging Grid\n\nMara Quist co-founded TideLoop in Oslo in 2021. Last month the startup raised US$12 million in a Series A round led by Fjord Capital. Quist, a graduate of the University of Oslo, spoke about the plan.",
			[]string{"LEADS Mara Quist > TideLoop", "INVESTED_IN Fjord Capital > TideLoop", "EDUCATED_AT Quist > University of Oslo"},
			[]string{"INVESTED_IN Fjord Capital > Mara Quist"}},
		// A company co-founded by people is no person.
		{"Harbour Loop Robotics co-founded by two engineers, raised US$3 million from Acme Capital.",
			nil, []string{"LEADS Harbour Loop Robotics > Acme Capital"}},
		// A company in the headline stays a company when the body names no person so.
		{"Fjord Capital Backs TideLoop Grid In Europe's Charging Race\n\nTideLoop Grid raised US$12 million from Fjord Capital.",
			[]string{"INVESTED_IN Fjord Capital > TideLoop Grid"}, nil},
	})
}
