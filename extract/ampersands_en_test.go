package extract

import "testing"

// An ampersand between capitals keeps one name whole; abbreviations written so name nothing.
// Invented sentences.
func TestInnerAmpersandNames(t *testing.T) {
	checkEnNameCases(t, []enCase{
		{text: "She joined Q&X Ventures in 2019 before moving to Kestrel Capital.",
			want: []string{"Q&X Ventures"}, not: []string{"Ventures"}},
		{text: "The round was led by K&L Global Partners last year.",
			want: []string{"K&L Global Partners"}, not: []string{"Global Partners"}},
		{text: "Its R&D team grew while M&A activity slowed at Kestrel Capital.",
			want: []string{"Kestrel Capital"}, not: []string{"R&D", "M&A"}},
		{text: "It hired Orbis & Lane as its auditor.", want: []string{"Orbis & Lane"}},
		{text: "Most of the money will go to R&D. Later, Kestrel Capital joined.", want: []string{"Kestrel Capital"}, not: []string{"R&D. Later", "R&D."}},
	})
}
