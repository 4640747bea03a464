package extract

import (
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

// A Cantonese name with a hyphenated given name is a person wherever it stands; places and
// hyphenated company names stay what they are. Invented sentences.
func TestHyphenGivenPersons(t *testing.T) {
	cases := []struct {
		text, name string
		kind       kg.Kind
	}{
		{"Its backers are Orbis Ventures, Lam Ka-ho's investment vehicle, and Zhen Capital.", "Lam Ka-ho", kg.KindPerson},
		{"It sits near Kwun Tong, beside Sino-Harbour Labs.", "Sino-Harbour Labs", kg.KindOrganization},
	}
	for _, c := range cases {
		found := false
		for _, p := range Extract(Input{Text: c.text, Language: "en"}) {
			if p.Kind == KindEntity && p.Entity.Name == c.name {
				found = true
				if p.Entity.Kind != c.kind {
					t.Errorf("%q: %s is %s, want %s", c.text, c.name, p.Entity.Kind, c.kind)
				}
			}
		}
		if !found {
			t.Errorf("%q: no entity %q", c.text, c.name)
		}
	}
}
