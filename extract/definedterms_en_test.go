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

// A term that opens the full name ("Jadestone" of Jadestone Climate Partners) is no mention of
// its own where the full name is written again: the two would overlap, and the slots slice the
// text between neighbouring mentions (it panicked on a fund's "About" section before).
func TestDefinedTermInsideItsFullName(t *testing.T) {
	text := "Jadestone Climate Partners (\"Jadestone\") has closed its first fund. Jadestone will invest in Hong Kong.\n\nAbout Jadestone Climate Partners\n\nFounded in 2022 by Sophie Lam, Jadestone Climate Partners is an independent investment manager based in Hong Kong."
	var got []string
	for _, p := range Extract(Input{Text: text, Language: "en"}) {
		if p.Kind == KindRelationship {
			got = append(got, string(p.Relationship.Type)+" "+p.Relationship.From.Name+" > "+p.Relationship.To.Name)
		}
	}
	want := "LOCATED_IN Jadestone Climate Partners > Hong Kong"
	for _, g := range got {
		if g == want {
			return
		}
	}
	t.Errorf("want %q among %q", want, got)
}

// A term defined twice (an announcement quoted twice, a definition repeated) adds each of its
// mentions once: two mentions of one span would overlap and break the readers.
func TestTermDefinedTwiceEn(t *testing.T) {
	one := "Harbour Crest Digital Limited (\"HC Digital\") was formed in May. HC Digital sells software. "
	text := one + one + "In January, HC Digital was recognised as a leader."
	ps := Extract(Input{Text: text, Language: "en"})
	checkSpans(t, text, ps)
}
