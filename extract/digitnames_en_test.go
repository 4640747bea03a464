package extract

import "testing"

// A name may open with digits; figures, grades and units stay no names. Invented sentences.
func TestDigitLedNames(t *testing.T) {
	checkEnNameCases(t, []enCase{
		{text: "The company told 42Kr that Quillo Labs was a client.", want: []string{"42Kr", "Quillo Labs"}},
		{text: "She joined 9-Twelve Stores in 2019.", want: []string{"9-Twelve Stores"}},
		{text: "Quillo Labs sells 5G chips and 4K screens at 10Gbps with 5GW of power in 3Q24.",
			want: []string{"Quillo Labs"}, not: []string{"5G", "4K", "10Gbps", "5GW", "3Q24"}},
	})
}
