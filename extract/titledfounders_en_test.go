package extract

import "testing"

// A title before a founder's name is no part of the name. Invented sentences.
func TestTitledFounders(t *testing.T) {
	checkEnNameCases(t, []enCase{
		{text: "Founded in 2021 by CEO Ravi Menon and COO Kit Lau, Quillo sells cover inside partner apps.",
			want: []string{"Ravi Menon", "Kit Lau"}, not: []string{"CEO Ravi Menon", "COO Kit Lau"}},
		{text: "Orbis Labs was co-founded by Chairman Alan Poon in 2019.",
			want: []string{"Alan Poon"}, not: []string{"Chairman Alan Poon"}},
	})
}
