package extract

import "testing"

// A filing signed by a person and a post alone is signed for the organisation the text is by.
// Invented text.
func TestSignOffWithoutOrgEn(t *testing.T) {
	text := "TESSALY MARINE HOLDINGS LIMITED\n\nThis announcement is made by Tessaly Marine Holdings Limited (the \"Company\").\n\n" +
		"The Company has agreed to buy two vessels from Orbis Shipping. The board of the Company expects completion in May.\n\n" +
		"By order of the Board\nDr. Lam Ka-wing\nChairman and Executive Director\nHong Kong, 3 March 2026"
	ps := Extract(Input{Text: text, Language: "en", Published: "2026-03-03"})
	checkSpans(t, text, ps)
	found := false
	for _, p := range ps {
		if r := p.Relationship; r != nil && r.Type == "LEADS" && r.From.Name == "Lam Ka-wing" && r.To.EntityKey == "e:tessaly marine holdings limited" {
			found = true
		}
	}
	if !found {
		t.Errorf("want LEADS Lam Ka-wing > Tessaly Marine Holdings Limited; got %v", keys(rels(ps)))
	}
	// A post line that says more than titles names no issuer.
	if titlesOnly("chairman of the harbour marine club") || !titlesOnly("chairman and executive director") {
		t.Errorf("titlesOnly")
	}
}

// A person appointed a director in a company's own announcement joins that company's board.
// Invented text.
func TestBoardAppointmentEn(t *testing.T) {
	text := "This announcement is made by Tessaly Marine Holdings Limited (the \"Company\"). The Company will issue new shares to Orbis Capital. " +
		"Mr. Faisal Al Nuaimi, a partner of Orbis Capital, will be appointed a non-executive Director upon completion."
	ps := Extract(Input{Text: text, Language: "en", Published: "2026-03-03"})
	checkSpans(t, text, ps)
	found := false
	for _, p := range ps {
		if r := p.Relationship; r != nil && r.Type == "MEMBER_OF" && r.From.Name == "Faisal Al Nuaimi" && r.To.EntityKey == "e:tessaly marine holdings limited" {
			found = r.Status == "PLANNED"
		}
	}
	if !found {
		t.Errorf("want PLANNED MEMBER_OF Faisal Al Nuaimi > Tessaly Marine Holdings Limited; got %v", keys(rels(ps)))
	}
	// A director of a named company is that company's to read.
	checkEnCases(t, []enCase{{"Tessaly Marine said Helen Mak was appointed a director of Orbis Shipping.",
		nil, []string{"MEMBER_OF Helen Mak > Tessaly Marine"}}})
}

// A subscriber of new shares invests in their issuer. Invented text.
func TestShareSubscriptionEn(t *testing.T) {
	text := "This announcement is made by Tessaly Marine Holdings Limited (the \"Company\"). The Company signed a subscription agreement with Orbis Capital (the \"Subscriber\"). " +
		"The Subscriber has conditionally agreed to subscribe for 80,000,000 new shares at HK$2.10 each."
	ps := Extract(Input{Text: text, Language: "en", Published: "2026-03-03"})
	checkSpans(t, text, ps)
	found := false
	for _, p := range ps {
		if r := p.Relationship; r != nil && r.Type == "INVESTED_IN" && r.From.EntityKey == "e:orbis capital" && r.To.EntityKey == "e:tessaly marine holdings limited" {
			found = true
		}
	}
	if !found {
		t.Errorf("want INVESTED_IN Orbis Capital > Tessaly Marine Holdings Limited; got %v", keys(rels(ps)))
	}
	checkEnCases(t, []enCase{{"Orbis Capital agreed to subscribe for 5,000,000 shares of Lumora Pay last week.",
		[]string{"INVESTED_IN Orbis Capital > Lumora Pay"}, nil}})
}
