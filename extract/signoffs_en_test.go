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
