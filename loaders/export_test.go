package loaders

import (
	"strings"
	"testing"
)

// An export is compiled by the API's rules: quotes need not name the entity, and a Chinese
// name is optional. The same records without the export marker are refused.
func TestExportMarkerRelaxesCurationRules(t *testing.T) {
	raw := `{%s"documents": [{"id": "doc:web-1", "title": "t", "language": "en", "text": "A lab opened this week.", "textPublic": true}],
"entities": [{"id": "lab", "kind": "FACILITY", "name": "Lab", "citations": [{"doc": "doc:web-1", "start": 13, "end": 22, "quote": "this week"}]},
  {"id": "op", "kind": "ORGANIZATION", "name": "Operator", "nameZhHans": "运营者"}],
"relationships": [{"type": "OPERATES", "from": "op", "to": "lab", "citations": [{"doc": "doc:web-1", "start": 6, "end": 12, "quote": "opened"}]}]}`
	strict, err := ParseJSON([]byte(strings.Replace(raw, "%s", "", 1)), nil, "x.json")
	if err != nil {
		t.Fatal(err)
	}
	_, err = strict.Compile("x.json", Known{})
	if err == nil {
		t.Fatal("a hand-made dataset without Chinese names and with quotes naming nobody compiled")
	}
	for _, want := range []string{"a Chinese name is required", `names neither "Lab"`, "names neither op nor lab"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q:\n%v", want, err)
		}
	}
	exported, err := ParseJSON([]byte(strings.Replace(raw, "%s", `"export": {"format": "hkgraph-export", "version": 1},`, 1)), nil, "x.json")
	if err != nil {
		t.Fatal(err)
	}
	c, err := exported.Compile("x.json", Known{})
	if err != nil {
		t.Fatalf("export did not compile: %v", err)
	}
	if len(c.Entities) != 2 || len(c.Relationships) != 1 || *c.Entities[1].NameZhHant != "運營者" {
		t.Errorf("compiled %+v", c)
	}
	// Spans are still checked exactly.
	bad, _ := ParseJSON([]byte(strings.Replace(strings.Replace(raw, "%s", `"export": {"format": "hkgraph-export", "version": 1},`, 1), `"quote": "opened"`, `"quote": "closed"`, 1)), nil, "x.json")
	if _, err := bad.Compile("x.json", Known{}); err == nil || !strings.Contains(err.Error(), "not the quote") {
		t.Errorf("a wrong quote in an export: %v", err)
	}
}
