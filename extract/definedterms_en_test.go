package extract

import "testing"

// Defined terms of announcements and agreements: `X (the "Subscriber")` … "the Subscriber" is X.
// Invented texts.
func TestDefinedTermsEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{`Orbix Holdings Limited (the "Company") announces that it has signed an agreement with Jade Capital Partners (the "Investor"). Mr. Alan Tse, a managing director of the Investor, joined the board. Orbix Digital Limited ("Orbix Digital"), a wholly-owned subsidiary of the Company, will open an office in Dubai.`,
			[]string{"PARTNERED_WITH Orbix Holdings Limited > Jade Capital Partners", "SUBSIDIARY_OF Orbix Digital Limited > the Company"},
			[]string{"SUBSIDIARY_OF Orbix Digital Limited > Investor"}},
		// The apposition's object ends before ", and": the name after it joins the subject.
		{`Orbix Holdings Limited (the "Company") and Jade Capital Partners (the "Investor") signed a deal. Orbix Digital Limited, a wholly-owned subsidiary of the Company, and the Investor will set up a joint venture.`,
			[]string{"SUBSIDIARY_OF Orbix Digital Limited > the Company"},
			[]string{"SUBSIDIARY_OF Orbix Digital Limited > Jade Capital Partners"}},
	})
}

// A defined term is no entity of its own.
func TestDefinedTermIsNoEntityEn(t *testing.T) {
	text := `Orbix Holdings Limited (the "Company") signed an agreement with Jade Capital Partners (the "Investor"). The Investor will hold 9% of the Company.`
	for _, p := range Extract(Input{Text: text, Language: "en"}) {
		if p.Kind == KindEntity && (p.Entity.Name == "Investor" || p.Entity.Name == "Company") {
			t.Errorf("defined term proposed as an entity: %+v", p.Entity)
		}
	}
}
