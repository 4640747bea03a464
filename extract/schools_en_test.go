package extract

import "testing"

// Degrees told loosely ("did computer science at X") need a school or a degree; years in a
// line of work at an employer; "No." as an answer ends its sentence. Invented sentences.
func TestSpokenCareerEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Kevin Ho did computer science at HKUST, then seven years in trade finance at Standard Chartered.",
			[]string{"EDUCATED_AT Kevin Ho > HKUST", "WORKED_AT Kevin Ho > Standard Chartered"}, nil},
		{"Kevin Ho did his PhD at Tallis Institute of Technology.", []string{"EDUCATED_AT Kevin Ho > Tallis Institute of Technology"}, nil},
		{"Kevin Ho did a doctorate at Mercer Labs.", []string{"EDUCATED_AT Kevin Ho > Mercer Labs"}, nil},
		// An internship at a bank is no degree.
		{"Kevin Ho did an internship at Goldman Sachs.", nil, []string{"EDUCATED_AT Kevin Ho > Goldman Sachs"}},
	})
	// The guest's answer opens with "No.": "I" after it is the guest.
	text := "Guest: Kevin Ho, founder of Tallyo.\n\nQ: You did not start in fintech.\nA: No. I did computer science at Lingnan University."
	ps := Extract(Input{Text: text, Language: "en", Published: "2025-06-05"})
	checkSpans(t, text, ps)
	checkRels(t, text, ps, []string{"EDUCATED_AT Kevin Ho > Lingnan University"}, nil)
	// "No. 5" still abbreviates number.
	d := newDoc(Input{Text: "The plant sits at No. 5 Science Park Road. It opened in May.", Language: "en"})
	if len(d.sents) != 2 {
		t.Errorf("No. 5: want 2 sentences, got %d", len(d.sents))
	}
}
