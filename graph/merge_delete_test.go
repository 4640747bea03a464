package graph_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/hkgraph/hkgraph/internal/apitest"
	"github.com/hkgraph/hkgraph/kg"
)

type citedEntity struct {
	ID, Kind  string
	Citations []struct {
		Quote    string
		Document struct{ ID string }
	}
}

func quotesOf(e citedEntity) string {
	var qs []string
	for _, c := range e.Citations {
		qs = append(qs, c.Quote)
	}
	return strings.Join(qs, "|")
}

// auditBefore returns the `before` JSON of the newest audit event with operation op.
func auditBefore(t *testing.T, e *apitest.Env, op string) map[string]any {
	t.Helper()
	var log struct {
		AuditLog struct {
			Edges []struct {
				Node struct{ Operation, Before string }
			}
		} `json:"auditLog"`
	}
	e.Data(t, `{ auditLog(first: 20) { edges { node { operation before } } } }`, nil, apitest.AdminToken, &log)
	for _, ed := range log.AuditLog.Edges {
		if ed.Node.Operation == op {
			var m map[string]any
			if err := json.Unmarshal([]byte(ed.Node.Before), &m); err != nil {
				t.Fatal(err)
			}
			return m
		}
	}
	t.Fatalf("no %s audit event", op)
	return nil
}

// Merging a PERSON into an ORGANIZATION is refused unless allowKindChange; merging two directly
// connected entities keeps the citations of the relationships between them on the entity and
// reports those relationships in the response and the audit event.
func TestMergeKindsAndDirectlyConnected(t *testing.T) {
	e := apitest.New(t)
	const merge = `mutation($keep: ID!, $remove: ID!, $allow: Boolean) {
	  mergeEntities(keep: $keep, remove: $remove, allowKindChange: $allow) { id kind citations { quote document { id } } } }`
	before := counts(t, e)
	code, msg := e.ErrorCode(t, merge, map[string]any{"keep": "cyberport", "remove": "chan-sai-ming"}, apitest.EditorToken)
	if code != kg.CodeBadUserInput || !strings.Contains(msg, "allowKindChange") || !strings.Contains(msg, "PERSON") {
		t.Errorf("PERSON into ORGANIZATION: %s %q, want BAD_USER_INPUT naming allowKindChange", code, msg)
	}
	if after := counts(t, e); after != before {
		t.Errorf("a refused merge changed the graph: %s → %s", before, after)
	}

	// hkic INVESTED_IN biomap: merging biomap into hkic cannot keep that relationship.
	var rel struct {
		Entity struct {
			Relationships struct {
				Edges []struct {
					Node struct {
						ID        string
						To        struct{ ID string }
						Citations []struct{ Quote string }
					}
				}
			}
		}
	}
	e.Data(t, `{ entity(id: "hkic") { relationships(types: [INVESTED_IN], direction: OUT) { edges { node { id to { id } citations { quote } } } } } }`, nil, "", &rel)
	var between string
	var betweenQuotes []string
	for _, ed := range rel.Entity.Relationships.Edges {
		if ed.Node.To.ID == "biomap" {
			between = ed.Node.ID
			for _, c := range ed.Node.Citations {
				betweenQuotes = append(betweenQuotes, c.Quote)
			}
		}
	}
	if between == "" || len(betweenQuotes) == 0 {
		t.Fatalf("the seed has no cited hkic INVESTED_IN biomap: %+v", rel)
	}
	r := e.Do(t, merge, map[string]any{"keep": "hkic", "remove": "biomap"}, apitest.EditorToken)
	if len(r.Errors) > 0 {
		t.Fatalf("merge: %+v", r.Errors)
	}
	var out struct{ MergeEntities citedEntity }
	if err := json.Unmarshal(r.Data, &out); err != nil {
		t.Fatal(err)
	}
	for _, q := range betweenQuotes {
		if !strings.Contains(quotesOf(out.MergeEntities), q) {
			t.Errorf("the citation %q of the dropped relationship is lost: hkic cites %s", q, quotesOf(out.MergeEntities))
		}
	}
	report, _ := json.Marshal(r.Extensions["merge"])
	if !strings.Contains(string(report), between) || !strings.Contains(string(report), betweenQuotes[0]) {
		t.Errorf("the response's extensions.merge must list %s with its citations, got %s", between, report)
	}
	audit, _ := json.Marshal(auditBefore(t, e, "mergeEntities")["droppedRelationships"])
	if !strings.Contains(string(audit), between) || !strings.Contains(string(audit), betweenQuotes[0]) {
		t.Errorf("the audit event must list %s with its citations, got %s", between, audit)
	}
	var gone struct{ Relationship *struct{ ID string } }
	e.Data(t, `query($id: ID!) { relationship(id: $id) { id } }`, map[string]any{"id": between}, "", &gone)
	if gone.Relationship != nil {
		t.Errorf("%s joins hkic to itself after the merge and must be gone", between)
	}

	// With allowKindChange the person merges into the organisation, taking its kind.
	r = e.Do(t, merge, map[string]any{"keep": "cyberport", "remove": "chan-sai-ming", "allow": true}, apitest.EditorToken)
	if len(r.Errors) > 0 {
		t.Fatalf("merge with allowKindChange: %+v", r.Errors)
	}
	if err := json.Unmarshal(r.Data, &out); err != nil || out.MergeEntities.Kind != "ORGANIZATION" {
		t.Errorf("merged with allowKindChange: %s (%v)", r.Data, err)
	}
}

// deleteDocument: admins only; CONFLICT while cited unless force, which removes the citations,
// the relationships and figures left without one, in one audited transaction.
func TestDeleteDocument(t *testing.T) {
	e := apitest.New(t)
	const del = `mutation($id: ID!, $force: Boolean) { deleteDocument(id: $id, force: $force) }`
	var doc struct{ CreateDocument struct{ ID string } }
	e.Data(t, `mutation { createDocument(input: {title: "Note", language: "en",
	  text: "HKIC invested in GOGOX。HKIC partnered with Galbot。HKIC has 100 staff。"}) { id } }`, nil, apitest.EditorToken, &doc)
	id := doc.CreateDocument.ID
	span := func(start, end int) map[string]any {
		return map[string]any{"documentId": id, "start": start, "end": end}
	}
	addRel := `mutation($in: RelationshipInput!) { addRelationship(input: $in) { id } }`
	var only, shared struct{ AddRelationship struct{ ID string } }
	e.Data(t, addRel, map[string]any{"in": map[string]any{"type": "INVESTED_IN", "from": "hkic", "to": "gogox", "date": "2030",
		"source": span(0, 22)}}, apitest.EditorToken, &only)
	partner := map[string]any{"type": "PARTNERED_WITH", "from": "hkic", "to": "galbot", "date": "2030", "source": span(23, 49)}
	e.Data(t, addRel, map[string]any{"in": partner}, apitest.EditorToken, &shared)
	partner["source"] = map[string]any{"url": "https://example.org/galbot", "quote": "HKIC partnered with Galbot"}
	e.Data(t, addRel, map[string]any{"in": partner}, apitest.EditorToken, &shared)
	e.Data(t, `mutation($s: SourceInput!) { addFigure(entityId: "hkic", input: {key: "staff", value: 100, source: $s}) { id } }`,
		map[string]any{"s": span(50, 68)}, apitest.EditorToken, &struct{}{})
	e.Data(t, `mutation($s: SourceInput!) { upsertEntity(input: {id: "hkic", kind: ORGANIZATION, name: "Hong Kong Investment Corporation Limited", source: $s}) { id } }`,
		map[string]any{"s": span(0, 4)}, apitest.EditorToken, &struct{}{})

	vars := map[string]any{"id": id, "force": true}
	before := counts(t, e)
	for token, want := range map[string]string{"": kg.CodeUnauthenticated, apitest.ReaderToken: kg.CodeForbidden, apitest.EditorToken: kg.CodeForbidden} {
		if code, _ := e.ErrorCode(t, del, vars, token); code != want {
			t.Errorf("token %q: %s, want %s", token, code, want)
		}
	}
	if code, msg := e.ErrorCode(t, del, map[string]any{"id": id}, apitest.AdminToken); code != kg.CodeConflict || !strings.Contains(msg, "force") {
		t.Errorf("admin without force on a cited document: %s %q, want CONFLICT mentioning force", code, msg)
	}
	if code, _ := e.ErrorCode(t, del, map[string]any{"id": seedDoc, "force": false}, apitest.AdminToken); code != kg.CodeConflict {
		t.Errorf("the cited seed article without force: %s, want CONFLICT", code)
	}
	if code, _ := e.ErrorCode(t, del, map[string]any{"id": "not-a-doc"}, apitest.AdminToken); code != kg.CodeBadUserInput {
		t.Errorf("a malformed id: %s, want BAD_USER_INPUT", code)
	}
	if after := counts(t, e); after != before {
		t.Errorf("refused deletions changed the graph: %s → %s", before, after)
	}

	var ok struct{ DeleteDocument bool }
	e.Data(t, del, vars, apitest.AdminToken, &ok)
	if !ok.DeleteDocument {
		t.Fatal("forced deletion of an existing document returned false")
	}
	var after struct {
		Document *struct{ ID string }
		Only     *struct{ ID string }
		Shared   *struct {
			Citations []struct{ Document struct{ ID string } }
		}
		Entity struct {
			Figures   []struct{ Key string }
			Citations []struct{ Document struct{ ID string } }
		}
	}
	e.Data(t, `query($doc: ID!, $only: ID!, $shared: ID!) { document(id: $doc) { id }
	  only: relationship(id: $only) { id } shared: relationship(id: $shared) { citations { document { id } } }
	  entity(id: "hkic") { figures { key } citations { document { id } } } }`,
		map[string]any{"doc": id, "only": only.AddRelationship.ID, "shared": shared.AddRelationship.ID}, "", &after)
	if after.Document != nil {
		t.Error("the document is still there")
	}
	if after.Only != nil {
		t.Error("a relationship whose only citation quoted the document must be deleted")
	}
	if after.Shared == nil || len(after.Shared.Citations) != 1 || after.Shared.Citations[0].Document.ID == id {
		t.Errorf("a relationship with another source keeps it alone: %+v", after.Shared)
	}
	for _, f := range after.Entity.Figures {
		if f.Key == "staff" {
			t.Error("a figure whose only citation quoted the document must be removed")
		}
	}
	for _, c := range after.Entity.Citations {
		if c.Document.ID == id {
			t.Error("hkic still cites the deleted document")
		}
	}
	removed, _ := json.Marshal(auditBefore(t, e, "deleteDocument")["removed"])
	for _, want := range []string{`"forced":true`, `"citationsRemoved":4`, only.AddRelationship.ID, `hkic/staff`} {
		if !strings.Contains(string(removed), want) {
			t.Errorf("the audit event must say what went (%s): %s", want, removed)
		}
	}

	// An uncited document goes without force; an unknown one is false.
	e.Data(t, `mutation { createDocument(input: {title: "Spare", language: "en", text: "Nothing cites this."}) { id } }`, nil, apitest.EditorToken, &doc)
	e.Data(t, del, map[string]any{"id": doc.CreateDocument.ID}, apitest.AdminToken, &ok)
	if !ok.DeleteDocument {
		t.Error("an uncited document must be deleted without force")
	}
	e.Data(t, del, map[string]any{"id": doc.CreateDocument.ID}, apitest.AdminToken, &ok)
	if ok.DeleteDocument {
		t.Error("deleting a document that is not there must return false")
	}
}
