package extract

import "testing"

// TestChainDescriptor: "chain" names a business as "firm" does, so a place before it says where
// the named chain is. Invented sentences.
func TestChainDescriptor(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Kopi Lama agreed to merge with Singapore coffee chain Brew Town, the companies said.",
			[]string{"LOCATED_IN Brew Town > Singapore"}, nil},
		{"Tokyo ramen chain Menya Kaze opened its first Hong Kong shop.",
			[]string{"LOCATED_IN Menya Kaze > Tokyo"}, nil},
	})
}
