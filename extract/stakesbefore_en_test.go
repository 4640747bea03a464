package extract

import "testing"

// A percentage that opens the "owned by" phrase: the majority holder is the parent, the
// others invested. Invented sentences.
func TestPercentOwnedFirst(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Harbour Pay Limited, 70% owned by Orbix Holdings and 30% by Nimbus Telecom, will launch a wallet.",
			[]string{"SUBSIDIARY_OF Harbour Pay Limited > Orbix Holdings", "INVESTED_IN Nimbus Telecom > Harbour Pay Limited"},
			[]string{"INVESTED_IN Orbix Holdings > Harbour Pay Limited"}},
		{"Harbour Pay Limited, 45 per cent owned by Nimbus Telecom, will launch a wallet.",
			[]string{"INVESTED_IN Nimbus Telecom > Harbour Pay Limited"}, nil},
	})
}
