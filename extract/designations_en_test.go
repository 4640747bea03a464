package extract

import "testing"

// A designation a body grants is a POLICY the company was selected for; the body recognised
// it. Invented sentences.
func TestDesignationsEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{`In May, Corvane Analytics was recognised as a "Green Pioneer" by the Environment and Ecology Bureau.`,
			[]string{"SELECTED_FOR Corvane Analytics > Green Pioneer", "RECOGNIZED_BY Corvane Analytics > Environment and Ecology Bureau"}, nil},
		{"Tallyo Systems was certified as a Fair Employer by Harbour Labour Council last year.",
			[]string{"SELECTED_FOR Tallyo Systems > Fair Employer"}, nil},
		// The participle without "was", the subject carried by "it".
		{"Tallyo Systems won the Harbour Prize. Last month it became the first Kowloon start-up certified as a Fair Employer by Harbour Labour Council.",
			[]string{"SELECTED_FOR Tallyo Systems > Fair Employer", "RECOGNIZED_BY Tallyo Systems > Harbour Labour Council"}, nil},
	})
	ps := Extract(Input{Text: `Corvane Analytics was named a "Data Champion" by the Kowloon Data Council.`, Language: "en", Published: "2025-06-05"})
	for _, p := range ps {
		if e := p.Entity; e != nil && e.Name == "Data Champion" && e.Kind != "POLICY" {
			t.Errorf("Data Champion: kind %s, want POLICY", e.Kind)
		}
	}
}
