package extract

import "testing"

// A university or a council enters no market: the company the clause means does. Invented ends.
func TestPublicBodiesTargetNoMarket(t *testing.T) {
	es := &entitySet{}
	for _, c := range []struct {
		from string
		drop bool
	}{
		{"香港城市大學", true},
		{"Hong Kong Trade Development Council", true},
		{"Orbis University", true},
		{"星澜科技", false},
	} {
		r := &RelationshipProposal{Type: "TARGETS_MARKET", From: End{Name: c.from}, To: End{Name: "東南亞"}}
		if got := implausibleEnds(es, r); got != c.drop {
			t.Errorf("%s: implausible %v, want %v", c.from, got, c.drop)
		}
	}
}
