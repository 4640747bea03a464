package extract

import "testing"

// A bracketed acronym names only the words that spell it: two companies joined by "and" before
// it stay two, and an "and" inside the spelled name stays in it. Invented sentences.
func TestAcronymNamesStopAtAnd(t *testing.T) {
	checkEnNameCases(t, []enCase{
		{text: "Orbis Energy and Harbour Grid Company Limited (HGC) signed an agreement on Monday.",
			want: []string{"Orbis Energy", "Harbour Grid Company Limited"}, not: []string{"Orbis Energy and Harbour Grid Company Limited"}},
		{text: "Quill Labs and Kowloon Tide Ventures (KTV) co-led the round.",
			want: []string{"Kowloon Tide Ventures"}, not: []string{"Quill Labs and Kowloon Tide Ventures"}},
		{text: "It was approved by the Innovation, Tourism and Industry Bureau (ITIB) last year.",
			want: []string{"Innovation, Tourism and Industry Bureau"}, not: []string{"Industry Bureau"}},
		{text: "It moved into the Kowloon Science and Design Parks Corporation (KSDPC) campus.",
			want: []string{"Kowloon Science and Design Parks Corporation"}},
	})
}
