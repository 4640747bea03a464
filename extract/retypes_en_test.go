package extract

import "testing"

// Money for a launch in a place names a market; a firm's fund is managed, a bureau's fund run.
// Invented sentences.
func TestRetypesEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Orbisense raised US$8 million on Monday. The new money will fund a launch in Thailand next year.",
			[]string{"TARGETS_MARKET Orbisense > Thailand"}, []string{"LOCATED_IN Orbisense > Thailand"}},
		{"Orbisense raised US$8 million on Monday. The new money will fund a new plant in Penang.",
			[]string{"LOCATED_IN Orbisense > Penang"}, nil},
	})
	for _, c := range []struct {
		from, to, want string
	}{
		{"Kestrel Partners", "Kestrel Climate Fund II", "MANAGES"},
		{"Environment and Ecology Bureau", "Green Transition Fund", "OPERATES"},
		{"Kestrel Partners", "Kestrel Accelerator", "OPERATES"},
	} {
		ps := []Proposal{{Kind: KindRelationship, Relationship: &RelationshipProposal{Type: "OPERATES", From: End{Name: c.from}, To: End{Name: c.to}}}}
		fundsAreManaged(ps)
		if got := string(ps[0].Relationship.Type); got != c.want {
			t.Errorf("%s > %s: %s, want %s", c.from, c.to, got, c.want)
		}
	}
}
