package extract

import (
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

// A clause opener at a sentence's start is no part of the name after it, and a name that opens
// with initials keeps them (the stop after them ends no sentence). Invented sentences.
func TestClauseOpenersAndInitialsEn(t *testing.T) {
	org := kg.KindOrganization
	checkEntities(t, "en", "When Marine Department officials inspected the vessel, they found no fault.",
		map[string]kg.Kind{"Marine Department": org}, []string{"When Marine Department"})
	checkEntities(t, "en", "After Harbour Peak Capital led the round, the valuation doubled.",
		map[string]kg.Kind{"Harbour Peak Capital": org}, []string{"After Harbour Peak Capital"})
	checkEntities(t, "en", "Scale matters, she said. K.T. Lam Securities advised the buyer on the deal.",
		map[string]kg.Kind{"K.T. Lam Securities": org}, []string{"Lam Securities"})
	if !initials([]rune("J.P")) || initials([]rune("JP")) || initials([]rune("j.p")) {
		t.Errorf("initials")
	}
}
