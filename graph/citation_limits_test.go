package graph_test

import (
	"strings"
	"testing"

	"github.com/hkgraph/hkgraph/internal/apitest"
	"github.com/hkgraph/hkgraph/kg"
	"github.com/hkgraph/hkgraph/loaders"
)

const seedDoc = "doc:cbj-2024-cyberport-ai-ecosystem"

// Every write path refuses a citation span or a typed quote longer than kg.MaxCitationLen,
// naming the field, and writes nothing.
func TestCitationSpanAndQuoteAreCapped(t *testing.T) {
	e := apitest.New(t)
	span := func(end int) map[string]any { return map[string]any{"documentId": seedDoc, "start": 0, "end": end} }
	long := strings.Repeat("字", kg.MaxCitationLen+1)
	quote := map[string]any{"url": "https://example.org/a", "quote": long}
	writes := map[string]struct {
		query string
		vars  func(src map[string]any) map[string]any
	}{
		"addRelationship": {`mutation($in: RelationshipInput!) { addRelationship(input: $in) { id } }`,
			func(src map[string]any) map[string]any {
				return map[string]any{"in": map[string]any{"type": "PARTNERED_WITH", "from": "hkic", "to": "gogox", "source": src}}
			}},
		"updateRelationship": {`mutation($id: ID!, $in: RelationshipUpdateInput!) { updateRelationship(id: $id, input: $in) { id } }`,
			func(src map[string]any) map[string]any {
				return map[string]any{"id": "rel:invested_in:0000000000000000", "in": map[string]any{"note": "n", "source": src}}
			}},
		"addFigure": {`mutation($in: FigureInput!) { addFigure(entityId: "hkic", input: $in) { id } }`,
			func(src map[string]any) map[string]any {
				return map[string]any{"in": map[string]any{"key": "staff", "value": 1, "source": src}}
			}},
		"upsertEntity": {`mutation($in: EntityInput!) { upsertEntity(input: $in) { id } }`,
			func(src map[string]any) map[string]any {
				return map[string]any{"in": map[string]any{"id": "capped-co", "kind": "ORGANIZATION", "name": "Capped", "source": src}}
			}},
	}
	before := counts(t, e)
	for name, w := range writes {
		t.Run(name, func(t *testing.T) {
			for field, src := range map[string]map[string]any{"input.source.end": span(kg.MaxCitationLen + 1), "input.source.quote": quote} {
				code, msg := e.ErrorCode(t, w.query, w.vars(src), apitest.EditorToken)
				if code != kg.CodeBadUserInput || !strings.Contains(msg, field) || !strings.Contains(msg, "300") {
					t.Errorf("%s: got %s %q, want BAD_USER_INPUT naming %s and the limit", field, code, msg, field)
				}
			}
		})
	}
	if after := counts(t, e); after != before {
		t.Errorf("refused writes changed the graph: %s → %s", before, after)
	}
	// Exactly the limit is accepted.
	var ok struct{ AddRelationship struct{ ID string } }
	e.Data(t, writes["addRelationship"].query, writes["addRelationship"].vars(span(kg.MaxCitationLen)), apitest.EditorToken, &ok)
}

// The seed validates under the cap (loaders check it too).
func TestSeedCitationsFitTheCap(t *testing.T) {
	ds, err := loaders.SeedDataset()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ds.Compile(loaders.SeedPath, loaders.Known{}); err != nil {
		t.Fatal(err)
	}
}

type seenCitation struct {
	Start, End     int
	Quote, Context string
	Document       struct{ ID string }
}

// allCitations reads every citation of the graph (entities, their figures, relationships) as
// the caller with token sees them.
func allCitations(t *testing.T, e *apitest.Env, token string) []seenCitation {
	t.Helper()
	const c = `citations { start end quote context document { id } }`
	var out struct {
		Entities struct {
			Edges []struct {
				Node struct {
					Citations     []seenCitation
					Figures       []struct{ Citations []seenCitation }
					Relationships struct {
						Edges []struct {
							Node struct{ Citations []seenCitation }
						}
					}
				}
			}
		}
	}
	e.Data(t, `{ entities(first: 100) { edges { node { `+c+` figures { `+c+` }
	  relationships(first: 100) { edges { node { `+c+` } } } } } } }`, nil, token, &out)
	var all []seenCitation
	for _, n := range out.Entities.Edges {
		all = append(all, n.Node.Citations...)
		for _, f := range n.Node.Figures {
			all = append(all, f.Citations...)
		}
		for _, r := range n.Node.Relationships.Edges {
			all = append(all, r.Node.Citations...)
		}
	}
	return all
}

// exposedShare is the share of text covered by the union of every citation's quote and
// context (each context located around its quote).
func exposedShare(t *testing.T, text []rune, cs []seenCitation) float64 {
	t.Helper()
	seen := make([]bool, len(text))
	for _, c := range cs {
		if c.Document.ID != seedDoc {
			continue
		}
		for i := c.Start; i < c.End; i++ {
			seen[i] = true
		}
		ctx := []rune(c.Context)
		found := false
		for from := max(0, c.End-len(ctx)); from <= c.Start && from+len(ctx) <= len(text); from++ {
			if string(text[from:from+len(ctx)]) == c.Context {
				for i := from; i < from+len(ctx); i++ {
					seen[i] = true
				}
				found = true
				break
			}
		}
		if !found {
			t.Fatalf("context %q of [%d,%d) is not around its quote in the text", c.Context, c.Start, c.End)
		}
	}
	n := 0
	for _, s := range seen {
		if s {
			n++
		}
	}
	return float64(n) / float64(len(text))
}

// What anonymous callers can read of the non-public seed article through every quote and
// context is bounded: contexts add nothing to the quotes. Editors still get the sentences.
func TestAnonymousExposureOfNonPublicText(t *testing.T) {
	e := apitest.New(t)
	ds, err := loaders.SeedDataset()
	if err != nil {
		t.Fatal(err)
	}
	c, err := ds.Compile(loaders.SeedPath, loaders.Known{})
	if err != nil {
		t.Fatal(err)
	}
	if c.Documents[0].TextPublic {
		t.Fatal("the seed article must be non-public for this test to mean anything")
	}
	text := []rune(c.Documents[0].Text)
	anon := allCitations(t, e, "")
	editor := allCitations(t, e, apitest.EditorToken)
	if len(anon) < 300 || len(anon) != len(editor) {
		t.Fatalf("read %d citations anonymously and %d as an editor; want the same 300+", len(anon), len(editor))
	}
	var quotes []seenCitation
	for _, c := range anon {
		if c.Context != c.Quote {
			t.Errorf("anonymous context of [%d,%d) is %q, want the quote %q alone", c.Start, c.End, c.Context, c.Quote)
		}
		q := c
		q.Context = q.Quote
		quotes = append(quotes, q)
	}
	anonShare, editorShare, quoteShare := exposedShare(t, text, anon), exposedShare(t, text, editor), exposedShare(t, text, quotes)
	t.Logf("share of the seed article readable: anonymous %.1f%%, editor %.1f%%, quotes alone %.1f%%", 100*anonShare, 100*editorShare, 100*quoteShare)
	const bound = 0.50
	if anonShare > bound || anonShare != quoteShare {
		t.Errorf("anonymous callers read %.1f%% of the non-public article; want the quotes alone (%.1f%%), at most %.0f%%", 100*anonShare, 100*quoteShare, 100*bound)
	}
	if editorShare <= anonShare {
		t.Errorf("editors must still get the sentences around quotes: %.1f%% vs anonymous %.1f%%", 100*editorShare, 100*anonShare)
	}
	// A public document's context stays whole for everyone.
	var doc struct{ CreateDocument struct{ ID string } }
	e.Data(t, `mutation { createDocument(input: {title: "Public", language: "en", textPublic: true,
	  text: "第一句。HKIC partnered with GOGOX on logistics！最后一句。"}) { id } }`, nil, apitest.EditorToken, &doc)
	vars := map[string]any{"in": map[string]any{"type": "PARTNERED_WITH", "from": "hkic", "to": "gogox",
		"source": map[string]any{"documentId": doc.CreateDocument.ID, "start": 4, "end": 29}}}
	e.Data(t, `mutation($in: RelationshipInput!) { addRelationship(input: $in) { id } }`, vars, apitest.EditorToken, &struct{}{})
	var pub struct {
		Entity struct {
			Relationships struct {
				Edges []struct {
					Node struct{ Citations []seenCitation }
				}
			}
		}
	}
	e.Data(t, `{ entity(id: "hkic") { relationships(types: [PARTNERED_WITH], direction: OUT) { edges { node { citations { start end quote context document { id } } } } } } }`,
		nil, "", &pub)
	found := false
	for _, ed := range pub.Entity.Relationships.Edges {
		for _, ct := range ed.Node.Citations {
			if ct.Document.ID == doc.CreateDocument.ID {
				found = true
				if ct.Context != "HKIC partnered with GOGOX on logistics！" {
					t.Errorf("public document: anonymous context %q, want the whole sentence", ct.Context)
				}
			}
		}
	}
	if !found {
		t.Error("the citation of the public document is missing")
	}
}
