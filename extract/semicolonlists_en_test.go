package extract

import "testing"

// A list of items with asides, split by semicolons: a cue inside one item's aside reads only
// that aside, and the next items are the outer list's. Invented sentences.
func TestSemicolonListCueInsideAside(t *testing.T) {
	checkEnCases(t, []enCase{
		{"The winners are Nimbus Pay, the wallet backed by Orbix Holdings; and Harbour Ledger, a unit of Jade Telecom.",
			[]string{"INVESTED_IN Orbix Holdings > Nimbus Pay", "SUBSIDIARY_OF Harbour Ledger > Jade Telecom"},
			[]string{"INVESTED_IN Harbour Ledger > Nimbus Pay"}},
	})
}
