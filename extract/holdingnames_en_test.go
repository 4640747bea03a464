package extract

import "testing"

// "Holding" ends a company's name as "Holdings" does. Invented sentences.
func TestHoldingEndsName(t *testing.T) {
	checkEnNameCases(t, []enCase{
		{text: "It is a subsidiary of Kestrel Group Holding, and works with Orbis Labs.",
			want: []string{"Kestrel Group Holding"}, not: []string{"Holding"}},
		{text: "Holding the event in May, Quillo Labs said it would hire.", not: []string{"Holding"}},
	})
}
