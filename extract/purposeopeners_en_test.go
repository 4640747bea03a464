package extract

import "testing"

// A purpose or respect clause before "it" ("For the Japanese launch, it …") leaves "it" the
// subject, so "The company" after it still refers back past the partner the clause names.
// Invented sentences.
func TestPurposeOpenersEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Brisa Optics raised US$5 million in a Series A round. For the Japanese launch, it has signed a distribution agreement with Kanto Medical, a Tokyo-based distributor. The company plans to enter the US market next year.",
			[]string{"TARGETS_MARKET Brisa Optics > US"}, []string{"TARGETS_MARKET Kanto Medical > US"}},
		{"Brisa Optics raised US$5 million. To fund the expansion, it has also taken a loan from Kanto Bank. The company will open an office in Singapore.",
			[]string{"LOCATED_IN Brisa Optics > Singapore"}, []string{"LOCATED_IN Kanto Bank > Singapore"}},
	})
}
