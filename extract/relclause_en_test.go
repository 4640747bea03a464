package extract

import "testing"

// English object relative clauses: "X, which [the] Y [is] <verb>" states Y <verb> X; the verbs
// of cues/relatives_en.tsv count only there. Invented sentences.
func TestObjectRelativeClauseEn(t *testing.T) {
	checkEnCases(t, []enCase{
		// An article before the subject and a helping verb before the verb.
		{"Orbix Labs will exhibit at the Harbour Robotics Summit, which the Hong Kong Productivity Council is organising in Wan Chai.",
			[]string{"ORGANIZED Hong Kong Productivity Council > Harbour Robotics Summit"}, nil},
		{"The prize is part of the Kowloon Design Forum, which Kowloon Design Association organised last year.",
			[]string{"ORGANIZED Kowloon Design Association > Kowloon Design Forum"}, nil},
		{"Corvane Analytics joined the Harbour Seed Programme, which the Hong Kong Federation of Industries has run since 2019.",
			[]string{"OPERATES Hong Kong Federation of Industries > Harbour Seed Programme"}, []string{"OPERATES Corvane Analytics > Harbour Seed Programme"}},
		{"Corvane Analytics received a grant from the Harbour Seed Programme, which Jade Foundation funded in 2022.",
			[]string{"FUNDS Jade Foundation > Harbour Seed Programme"}, nil},
		{"Corvane Analytics applied to the Harbour Seed Programme, which the Jade Foundation set up in 2020.",
			[]string{"ESTABLISHED Jade Foundation > Harbour Seed Programme"}, nil},
		// A bracket that belongs to the object's name (its years, its alias) stands before ", which".
		{"The grant was first set out in the Kowloon Robotics Blueprint (2026-2030), which the Kowloon City Council released in May.",
			[]string{"ANNOUNCED Kowloon City Council > Kowloon Robotics Blueprint"}, nil},
		// "it" as the object: the last fitting name before the subject.
		{"Next month I speak at the Kowloon Design Forum - the Kowloon Design Association organises it every year.",
			[]string{"ORGANIZED Kowloon Design Association > Kowloon Design Forum"}, nil},
		{"The Kowloon Design Association organises items for the Kowloon Design Forum.",
			nil, []string{"ORGANIZED Kowloon Design Association > Kowloon Design Forum"}},
		// The relative-only verbs read nothing outside the clause.
		{"The Kowloon Design Association organised events for the Kowloon Design Forum in Wan Chai.",
			nil, []string{"ORGANIZED Kowloon Design Association > Kowloon Design Forum"}},
		{"Jade Foundation funded research while the Harbour Seed Programme grew.",
			nil, []string{"FUNDS Jade Foundation > Harbour Seed Programme"}},
		// A subject relative clause is no object relative one.
		{"Corvane Analytics joined the Harbour Seed Programme, which is run by the Jade Foundation.",
			[]string{"OPERATES Jade Foundation > Harbour Seed Programme"}, []string{"OPERATES Harbour Seed Programme > Jade Foundation"}},
	})
}

// enCase is an English text with the relationships it must and must not yield.
type enCase struct {
	text      string
	want, not []string
}

func checkEnCases(t *testing.T, cases []enCase) {
	t.Helper()
	for _, c := range cases {
		ps := Extract(Input{Text: c.text, Language: "en", Published: "2025-06-05"})
		checkSpans(t, c.text, ps)
		checkRels(t, c.text, ps, c.want, c.not)
	}
}
