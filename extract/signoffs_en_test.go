package extract

import "testing"

// A filing signed by a person and a post alone is signed for the organisation the text is by.
// Invented text.
func TestSignOffWithoutOrgEn(t *testing.T) {
	text := "TESSALY MARINE HOLDINGS LIMITED\n\nThis announcement is made by Tessaly Marine Holdings Limited (the \"Company\").\n\n" +
		"The Company has agreed to buy two vessels from Orbis Shipping. The board of the Company expects completion in May.\n\n" +
		"By order of the Board\nDr. Lam Ka-wing\nChairman and Executive Director\nHong Kong, 3 March 2026"
	wantRelWhere(t, text, nil, "LEADS Lam Ka-wing > Tessaly Marine Holdings Limited", func(r *RelationshipProposal) bool {
		return r.Type == "LEADS" && r.From.Name == "Lam Ka-wing" && r.To.EntityKey == "e:tessaly marine holdings limited"
	})
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
	wantRelWhere(t, text, nil, "PLANNED MEMBER_OF Faisal Al Nuaimi > Tessaly Marine Holdings Limited", func(r *RelationshipProposal) bool {
		return r.Type == "MEMBER_OF" && r.From.Name == "Faisal Al Nuaimi" && r.To.EntityKey == "e:tessaly marine holdings limited" && r.Status == "PLANNED"
	})
	// A director of a named company is that company's to read.
	checkEnCases(t, []enCase{{"Tessaly Marine said Helen Mak was appointed a director of Orbis Shipping.",
		nil, []string{"MEMBER_OF Helen Mak > Tessaly Marine"}}})
}

// A subscriber of new shares invests in their issuer. Invented text.
func TestShareSubscriptionEn(t *testing.T) {
	text := "This announcement is made by Tessaly Marine Holdings Limited (the \"Company\"). The Company signed a subscription agreement with Orbis Capital (the \"Subscriber\"). " +
		"The Subscriber has conditionally agreed to subscribe for 80,000,000 new shares at HK$2.10 each."
	wantRelWhere(t, text, nil, "INVESTED_IN Orbis Capital > Tessaly Marine Holdings Limited", func(r *RelationshipProposal) bool {
		return r.Type == "INVESTED_IN" && r.From.EntityKey == "e:orbis capital" && r.To.EntityKey == "e:tessaly marine holdings limited"
	})
	checkEnCases(t, []enCase{{"Orbis Capital agreed to subscribe for 5,000,000 shares of Lumora Pay last week.",
		[]string{"INVESTED_IN Orbis Capital > Lumora Pay"}, nil}})
}

// wantRelWhere extracts an English text (knowing known) and fails unless a relationship
// proposal satisfies ok: for ends told apart by key or id rather than by name.
func wantRelWhere(t *testing.T, text string, known []Known, want string, ok func(*RelationshipProposal) bool) {
	t.Helper()
	ps := Extract(Input{Text: text, Language: "en", Published: "2026-03-03", Known: known})
	checkSpans(t, text, ps)
	for _, p := range ps {
		if p.Relationship != nil && ok(p.Relationship) {
			return
		}
	}
	t.Errorf("%s: want %s; got %v", text, want, keys(rels(ps)))
}
