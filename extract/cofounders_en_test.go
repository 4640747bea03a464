package extract

import "testing"

// A name that opens a sentence and "co-founded" a company is a person's, even when a headline
// wrote it after a company's possessive ("PayLoom's Tavi Oyelaran"), so the later surname and
// the round the company raised attach to the right ends. Invented sentences.
func TestCoFounderSubjectEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Q&A: PayLoom's Tavi Oyelaran On Building Payments\n\nTavi Oyelaran co-founded PayLoom in Lagos in 2019. Last month the startup raised US$10 million in a Series A round led by Acme Capital. Oyelaran, a graduate of the University of Lagos, spoke about what comes next.",
			[]string{"LEADS Tavi Oyelaran > PayLoom", "INVESTED_IN Acme Capital > PayLoom", "EDUCATED_AT Oyelaran > University of Lagos"},
			[]string{"INVESTED_IN Acme Capital > Tavi Oyelaran"}},
		// A company co-founded by people is no person.
		{"Harbour Loop Robotics co-founded by two engineers, raised US$3 million from Acme Capital.",
			nil, []string{"LEADS Harbour Loop Robotics > Acme Capital"}},
	})
}
