package extract

import "testing"

// A fund's number after its kind word is part of its name; a figure is not. Invented sentences.
func TestFundNumbers(t *testing.T) {
	checkEnNameCases(t, []enCase{
		{text: "Kestrel Vision Fund 2 and Orbis Capital joined the round.", want: []string{"Kestrel Vision Fund 2"}},
		{text: "Ascent Fund receives 300 million yuan, and Tidepeak Climate Fund I gets 200 million yuan.",
			want: []string{"Tidepeak Climate Fund I"}, not: []string{"Tidepeak Climate Fund"}},
		{text: "The Harbour Fund 2 billion yuan target was met.", not: []string{"Harbour Fund 2"}},
		{text: "The Harbour Fund I always liked was closed.", not: []string{"Harbour Fund I"}},
	})
}
