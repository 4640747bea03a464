package extract

import "testing"

// Spoken English: a transcript's turn labels, the interjections that open answers and the
// pronouns of speech name no one. Invented sentences.
func TestSpokenWordsAreNoNamesEn(t *testing.T) {
	cases := []struct {
		text    string
		noNames []string
		want    []string
	}{
		{"Q: What changed this year?\nA: Plenty. Orbix Labs signed an agreement with Jade Holdings.",
			[]string{"Plenty"}, []string{"PARTNERED_WITH Orbix Labs > Jade Holdings"}},
		{"Q: And the Series A?\nA: Right, it closed in May.", []string{"Right"}, nil},
		{"Q: Who backs you?\nA: Yes, Jade Capital invested in us last year.", []string{"Yes"}, nil},
		{"Orbix Labs raised US$3 million. I'm on a panel at the Harbour Fintech Summit in May.", []string{"I'm"}, nil},
		{"Orbix Labs raised US$3 million. My co-founder Alan Tse, our CTO, worked at Jade Holdings.", []string{"My"}, nil},
		{"Orbix Labs raised US$3 million. Last year you signed an agreement with Jade Holdings.", []string{"you"}, nil},
		{"Orbix Labs raised US$3 million. We're opening an office in Singapore.", []string{"We're"}, nil},
	}
	for _, c := range cases {
		ps := Extract(Input{Text: c.text, Language: "en", Published: "2025-06-05"})
		checkSpans(t, c.text, ps)
		names := map[string]bool{}
		for _, p := range ps {
			if p.Kind == KindEntity {
				names[p.Entity.Name] = true
			}
		}
		for _, n := range c.noNames {
			if names[n] {
				t.Errorf("%s: %q proposed as an entity", c.text, n)
			}
		}
		checkRels(t, c.text, ps, c.want, nil)
	}
}
