package extract

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// TestAttachment runs testdata/attachments.json: texts of our own, each showing one rule that
// chooses the right end of a relationship ("why" says which), with the facts that must be
// proposed (a want entry lists alternatives with " | ") and those that must not be.
func TestAttachment(t *testing.T) {
	b, err := os.ReadFile("testdata/attachments.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct {
		Name, Why, Lang, Text string
		Want, Not             []string
	}
	if err := json.Unmarshal(b, &cases); err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			if len(c.Want)+len(c.Not) == 0 {
				t.Fatal("a case asserts nothing")
			}
			ps := Extract(Input{Text: c.Text, Language: c.Lang, Published: "2025-06-01"})
			checkSpans(t, c.Text, ps)
			got := rels(ps)
			for _, w := range c.Want {
				found := false
				for _, alt := range strings.Split(w, " | ") {
					found = found || got[alt] != nil
				}
				if !found {
					t.Errorf("missing %s in %v (%s)", w, keys(got), c.Why)
				}
			}
			for _, n := range c.Not {
				if got[n] != nil {
					t.Errorf("wrong end: %s (%s)", n, c.Why)
				}
			}
		})
	}
}
