package extract

import (
	"slices"
	"testing"
)

// A name holding "by" or "in" between two capitalised words is one name when its first word
// stands nowhere alone; a company named alone elsewhere keeps its own name. Invented sentences.
func TestJoinPrepositionNamesEn(t *testing.T) {
	cases := []enCase{
		{"The seed round was led by Sprouts by Kestrel, the venture unit of Kestrel. \"We like the team,\" said Amy Ng, a partner at Sprouts by Kestrel.",
			[]string{"Sprouts by Kestrel"}, []string{"Sprouts"}},
		{"Its founder spoke to Fintech in Africa last week about the round.",
			[]string{"Fintech in Africa"}, []string{"Fintech"}},
		// Quillo is named alone, so "Quillo in Asia" is the company and where it works.
		{"Quillo raised US$5 million. The fund invested in Quillo in Asia last year.",
			[]string{"Quillo"}, []string{"Quillo in Asia"}},
		// After "in", a country says where, whatever stands before it.
		{"Orbis backed the launch of Lumen in Japan this year.",
			nil, []string{"Lumen in Japan"}},
		// A sentence's first word may be any word.
		{"Acquired by Tencent, the company grew.", nil, []string{"Acquired by Tencent"}},
	}
	checkEnNameCases(t, cases)
}

// A company named after two places joined by "and" is one name; two parties joined by "and"
// stay two. Invented sentences.
func TestJoinPlaceAndNamesEn(t *testing.T) {
	cases := []enCase{
		{"Orbis Energy and The Hong Kong and Macau Water Company Limited signed an agreement on Monday.",
			[]string{"The Hong Kong and Macau Water Company Limited"}, []string{"Macau Water Company Limited"}},
		{"The deal was signed by Singapore and China Harbour Bank on Monday.",
			nil, []string{"Singapore and China Harbour Bank"}},
		{"The venture joins Lumora Limited and Harbour Grid Limited.",
			nil, []string{"Lumora Limited and Harbour Grid Limited"}},
	}
	checkEnNameCases(t, cases)
}

// checkEnNameCases checks the new entities each English text proposes (enCase's want and not
// name entities here).
func checkEnNameCases(t *testing.T, cases []enCase) {
	t.Helper()
	for _, c := range cases {
		got := entityNames(Extract(Input{Text: c.text, Language: "en"}))
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q: want %q in %q", c.text, w, got)
			}
		}
		for _, n := range c.not {
			if slices.Contains(got, n) {
				t.Errorf("%q: did not want %q in %q", c.text, n, got)
			}
		}
	}
}
