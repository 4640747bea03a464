package extract

import "testing"

// A sentence may open with a company named alone before many verbs, when the word is written as
// no common word is; capitalised common words opening a sentence stay no names. Invented
// sentences.
func TestSubjectNamesBeforeWiderVerbs(t *testing.T) {
	checkEnNameCases(t, []enCase{
		{text: "The lease was signed on Monday. KRBE advised Orbis Labs on the lease.",
			want: []string{"KRBE"}},
		{text: "The app is popular. Kestrelife offers it to policyholders, and Kestrelife Investment Management backed it.",
			want: []string{"Kestrelife", "Kestrelife Investment Management"}},
		{text: "The raid took place on Monday. Police confirmed the arrests at Orbis Labs. Research shows demand is rising.",
			want: []string{"Orbis Labs"}, not: []string{"Police", "Research"}},
		{text: "Quillo offers loans. Its rival is Orbis Labs.", not: []string{"Quillo"}},
	})
}
