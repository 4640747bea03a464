package extract

import "testing"

// English name boundaries and kinds: a hyphenated word that is no participle opens a name, two
// fields joined by "and" stay one bureau's name, a sandbox is a programme and a plan a policy.
func TestEnglishNameBoundariesEn(t *testing.T) {
	cases := []struct {
		text, name string
		kind       string
	}{
		{"Orbix Labs joined the Low-carbon Shipping Regulatory Sandbox in March.", "Low-carbon Shipping Regulatory Sandbox", "PROGRAMME"},
		{"The Labour and Welfare Bureau said the scheme would open in May.", "Labour and Welfare Bureau", "ORGANIZATION"},
		{"Orbix Labs is part of the Kowloon Smart Port Plan announced in June.", "Kowloon Smart Port Plan", "POLICY"},
		{"Hong Kong-based Orbix Labs raised funds.", "Orbix Labs", "ORGANIZATION"},
		{"Co-founder Alan Tse said Orbix Labs would hire.", "Alan Tse", "PERSON"},
	}
	for _, c := range cases {
		found := false
		for _, p := range Extract(Input{Text: c.text, Language: "en"}) {
			if p.Kind == KindEntity && p.Entity.Name == c.name {
				found = true
				if string(p.Entity.Kind) != c.kind {
					t.Errorf("%s: %s is %s, want %s", c.text, c.name, p.Entity.Kind, c.kind)
				}
			}
		}
		if !found {
			t.Errorf("%s: no entity %q", c.text, c.name)
		}
	}
}
