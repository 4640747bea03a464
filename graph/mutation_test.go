package graph_test

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/hkgraph/hkgraph/internal/apitest"
)

const upsert = `mutation($in: EntityInput!) { upsertEntity(input: $in) { id name nameZhHans nameZhHant version updatedBy } }`

func entityInput(id string, extra map[string]any) map[string]any {
	in := map[string]any{"id": id, "kind": "ORGANIZATION", "name": "Test " + id, "nameZhHans": "测试数码科技公司",
		"roles": []string{"STARTUP"}, "source": map[string]any{"url": "https://example.org/news", "quote": "Test " + id + " was founded."}}
	for k, v := range extra {
		in[k] = v
	}
	return map[string]any{"in": in}
}

// counts is a fingerprint of the whole graph, to prove refused writes leave nothing behind.
func counts(t *testing.T, e *apitest.Env) string {
	t.Helper()
	var out json.RawMessage
	e.Data(t, `{ stats { entityCount relationshipCount documentCount } }`, nil, "", &out)
	var audit struct {
		AuditLog struct {
			Edges []struct{ Node struct{ ID string } }
		} `json:"auditLog"`
	}
	e.Data(t, `{ auditLog(first: 100) { edges { node { id } } } }`, nil, apitest.AdminToken, &audit)
	return fmt.Sprintf("%s audit=%d", out, len(audit.AuditLog.Edges))
}

func TestWhoMayWrite(t *testing.T) {
	e := apitest.New(t)
	mutations := map[string]string{
		"upsertEntity":       `mutation { upsertEntity(input: {id: "x-co", kind: ORGANIZATION, name: "X", source: {url: "https://example.org"}}) { id } }`,
		"addRelationship":    `mutation { addRelationship(input: {type: INVESTED_IN, from: "hkic", to: "gogox", source: {url: "https://example.org"}}) { id } }`,
		"deleteEntity":       `mutation { deleteEntity(id: "gogox") }`,
		"removeRelationship": `mutation { removeRelationship(id: "rel:invested_in:0000000000000000") }`,
		"mergeEntities":      `mutation { mergeEntities(keep: "hkic", remove: "gogox") { id } }`,
		"createDocument":     `mutation { createDocument(input: {title: "t", language: "en", text: "x"}) { id } }`,
		"auditLog":           `{ auditLog { edges { node { id } } } }`,
	}
	before := counts(t, e)
	for name, m := range mutations {
		t.Run(name, func(t *testing.T) {
			if code, _ := e.ErrorCode(t, m, nil, ""); code != "UNAUTHENTICATED" {
				t.Errorf("anonymous: %s, want UNAUTHENTICATED", code)
			}
			if code, _ := e.ErrorCode(t, m, nil, apitest.ReaderToken); code != "FORBIDDEN" {
				t.Errorf("reader: %s, want FORBIDDEN", code)
			}
		})
	}
	if after := counts(t, e); after != before {
		t.Errorf("refused writes changed the graph: %s → %s", before, after)
	}
	if code, _ := e.ErrorCode(t, `{ __typename }`, nil, "wrong-token"); code != "UNAUTHENTICATED" {
		t.Errorf("a bad token must be refused, got %s", code)
	}
}

func TestUpsertEntity(t *testing.T) {
	e := apitest.New(t)
	var out struct {
		UpsertEntity struct {
			ID, Name, NameZhHans, NameZhHant, UpdatedBy string
			Version                                     int
		} `json:"upsertEntity"`
	}
	e.Data(t, upsert, entityInput("acme-ai", nil), apitest.EditorToken, &out)
	got := out.UpsertEntity
	if got.Version != 1 || got.UpdatedBy != "alice" || got.NameZhHant != "測試數碼科技公司" {
		t.Fatalf("created %+v; want version 1 by alice with the Traditional name filled in", got)
	}
	// Search finds it in both scripts at once (the response reflects the write; so do reads).
	for _, q := range []string{"測試數碼科技", "测试数码科技", "test acme-ai"} {
		var s struct {
			Search []struct{ Entity struct{ ID string } } `json:"search"`
		}
		e.Data(t, `query($q: String!) { search(query: $q) { entity { id } } }`, map[string]any{"q": q}, "", &s)
		if len(s.Search) == 0 || s.Search[0].Entity.ID != "acme-ai" {
			t.Errorf("search %q: %+v", q, s.Search)
		}
	}
	e.Data(t, upsert, entityInput("acme-ai", map[string]any{"name": "Acme AI", "expectedVersion": 1}), apitest.EditorToken, &out)
	if out.UpsertEntity.Version != 2 || out.UpsertEntity.Name != "Acme AI" {
		t.Errorf("update: %+v", out.UpsertEntity)
	}
	r := e.Do(t, upsert, entityInput("acme-ai", map[string]any{"expectedVersion": 1}), apitest.EditorToken)
	if len(r.Errors) == 0 || r.Errors[0].Code() != "CONFLICT" || r.Errors[0].Extensions["currentVersion"] != float64(2) {
		t.Errorf("stale expectedVersion: %+v, want CONFLICT with currentVersion 2", r.Errors)
	}
}

func TestRefusedWritesLeaveNothing(t *testing.T) {
	e := apitest.New(t)
	before := counts(t, e)
	rel := func(extra map[string]any) map[string]any {
		in := map[string]any{"type": "INVESTED_IN", "from": "hkic", "to": "gogox", "source": map[string]any{"url": "https://example.org/a"}}
		for k, v := range extra {
			in[k] = v
		}
		return map[string]any{"in": in}
	}
	addRel := `mutation($in: RelationshipInput!) { addRelationship(input: $in) { id } }`
	tests := []struct {
		name, query string
		vars        map[string]any
		field       string
	}{
		{"bad id", upsert, entityInput("Bad_ID", nil), "input.id"},
		{"no source", upsert, entityInput("ok-id", map[string]any{"source": map[string]any{}}), "input.source"},
		{"ftp source", upsert, entityInput("ok-id", map[string]any{"source": map[string]any{"url": "ftp://x.org/a"}}), "input.source.url"},
		{"bad date", upsert, entityInput("ok-id", map[string]any{"date": "2024-13"}), "input.date"},
		{"end before start", upsert, entityInput("ok-id", map[string]any{"date": "2024-06", "endDate": "2023"}), "input.endDate"},
		{"name too long", upsert, entityInput("ok-id", map[string]any{"name": strings.Repeat("n", 201)}), "input.name"},
		{"too many aliases", upsert, entityInput("ok-id", map[string]any{"aliases": make([]string, 51)}), "input.aliases"},
		{"roles on a person", upsert, entityInput("ok-id", map[string]any{"kind": "PERSON"}), "input.roles"},
		{"span out of range", upsert, entityInput("ok-id", map[string]any{"source": map[string]any{"documentId": "doc:cbj-2024-cyberport-ai-ecosystem", "start": 6590, "end": 7000}}), "input.source"},
		{"quote mismatch", upsert, entityInput("ok-id", map[string]any{"source": map[string]any{"documentId": "doc:cbj-2024-cyberport-ai-ecosystem", "start": 0, "end": 2, "quote": "xx"}}), "input.source.quote"},
		{"unknown document", upsert, entityInput("ok-id", map[string]any{"source": map[string]any{"documentId": "doc:nope", "start": 0, "end": 2}}), "input.source.documentId"},
		{"unknown endpoint", addRel, rel(map[string]any{"to": "no-such-co"}), "input.to"},
		{"negative amount", addRel, rel(map[string]any{"amountHKD": -1}), "input.amountHKD"},
		{"self loop", addRel, rel(map[string]any{"to": "hkic"}), "input.to"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, msg := e.ErrorCode(t, tt.query, tt.vars, apitest.EditorToken)
			if code != "BAD_USER_INPUT" || !strings.Contains(msg, tt.field) {
				t.Errorf("%s %q, want BAD_USER_INPUT naming %s", code, msg, tt.field)
			}
		})
	}
	if after := counts(t, e); after != before {
		t.Errorf("refused writes changed the graph: %s → %s", before, after)
	}
}

func TestAddRelationshipIsIdempotent(t *testing.T) {
	e := apitest.New(t)
	vars := map[string]any{"in": map[string]any{"type": "INVESTED_IN", "from": "hkic", "to": "gogox", "date": "2025-01",
		"amountHKD": 1e8, "source": map[string]any{"url": "https://example.org/round", "quote": "HKIC led GOGOX's round."}}}
	q := `mutation($in: RelationshipInput!) { addRelationship(input: $in) { id version citations { quote } } }`
	var first, again struct {
		AddRelationship struct {
			ID        string
			Version   int
			Citations []struct{ Quote string }
		} `json:"addRelationship"`
	}
	e.Data(t, q, vars, apitest.EditorToken, &first)
	e.Data(t, q, vars, apitest.EditorToken, &again)
	if first.AddRelationship.ID != again.AddRelationship.ID || len(again.AddRelationship.Citations) != 1 {
		t.Errorf("a retried request must return the same relationship unchanged: %+v then %+v", first, again)
	}
	var rels struct {
		Entity struct {
			Relationships struct{ TotalCount int } `json:"relationships"`
		} `json:"entity"`
	}
	e.Data(t, `{ entity(id: "gogox") { relationships(types: [INVESTED_IN], direction: IN) { totalCount } } }`, nil, "", &rels)
	if rels.Entity.Relationships.TotalCount != 1 {
		t.Errorf("GOGOX has %d INVESTED_IN relationships, want 1", rels.Entity.Relationships.TotalCount)
	}
	// Another source for the same fact adds a citation, not a relationship.
	vars["in"].(map[string]any)["source"] = map[string]any{"url": "https://example.org/other", "quote": "Confirmed."}
	e.Data(t, q, vars, apitest.EditorToken, &again)
	if again.AddRelationship.ID != first.AddRelationship.ID || len(again.AddRelationship.Citations) != 2 || again.AddRelationship.Version != 2 {
		t.Errorf("second source: %+v", again.AddRelationship)
	}
}

// 20 editors write 50 entities each at once: every acknowledged write is there, with exactly
// one audit event each.
func TestConcurrentEditors(t *testing.T) {
	e := apitest.New(t)
	const editors, writes = 20, 50
	var wg sync.WaitGroup
	errs := make(chan error, editors*writes)
	for ed := range editors {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for w := range writes {
				id := fmt.Sprintf("co-%02d-%02d", ed, w)
				r := e.Do(t, upsert, entityInput(id, nil), apitest.EditorToken)
				if len(r.Errors) > 0 {
					errs <- fmt.Errorf("%s: %+v", id, r.Errors)
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	ctx := context.Background()
	var st struct {
		Entities struct{ TotalCount int } `json:"entities"`
	}
	e.Data(t, `{ entities(where: {nameStartsWith: "test co-"}) { totalCount } }`, nil, "", &st)
	if st.Entities.TotalCount != editors*writes {
		t.Errorf("%d entities written, want %d", st.Entities.TotalCount, editors*writes)
	}
	evs, err := e.Store.AuditEventsAfter(ctx, 0, 5000)
	if err != nil {
		t.Fatal(err)
	}
	perTarget := map[string]int{}
	for i, ev := range evs {
		perTarget[ev.TargetID]++
		if ev.Seq != int64(i+1) {
			t.Fatalf("audit sequence has a gap or repeat at %d: %d", i+1, ev.Seq)
		}
	}
	for ed := range editors {
		for w := range writes {
			if id := fmt.Sprintf("co-%02d-%02d", ed, w); perTarget[id] != 1 {
				t.Errorf("%s has %d audit events, want 1", id, perTarget[id])
			}
		}
	}
}

func TestDeleteAndMerge(t *testing.T) {
	e := apitest.New(t)
	relCount := func(id string) int {
		var out struct {
			Entity *struct {
				Relationships struct{ TotalCount int } `json:"relationships"`
			} `json:"entity"`
		}
		e.Data(t, `query($id: ID!) { entity(id: $id) { relationships { totalCount } } }`, map[string]any{"id": id}, "", &out)
		if out.Entity == nil {
			return -1
		}
		return out.Entity.Relationships.TotalCount
	}
	// Merge HKIC's duplicate into HKIC: every relationship of both stays, on HKIC.
	var created struct{ UpsertEntity struct{ ID string } }
	e.Data(t, upsert, entityInput("hkic-dup", map[string]any{"name": "HK Investment Corp", "roles": []string{"INVESTOR"}}), apitest.EditorToken, &created)
	var rel json.RawMessage
	e.Data(t, `mutation { addRelationship(input: {type: INVESTED_IN, from: "hkic-dup", to: "gogox", source: {url: "https://example.org/x", quote: "HK Investment Corp invested in GOGOX"}}) { id } }`, nil, apitest.EditorToken, &rel)
	keepBefore, dupBefore := relCount("hkic"), relCount("hkic-dup")
	var merged struct {
		MergeEntities struct {
			ID      string
			Aliases []string
			Version int
		} `json:"mergeEntities"`
	}
	e.Data(t, `mutation { mergeEntities(keep: "hkic", remove: "hkic-dup", reason: "duplicate") { id aliases version } }`, nil, apitest.EditorToken, &merged)
	if got := relCount("hkic"); got != keepBefore+dupBefore {
		t.Errorf("after merge hkic has %d relationships, want %d + %d", got, keepBefore, dupBefore)
	}
	if relCount("hkic-dup") != -1 {
		t.Error("the merged entity must be gone")
	}
	if !strings.Contains(strings.Join(merged.MergeEntities.Aliases, "|"), "HK Investment Corp") {
		t.Errorf("the removed entity's name must become an alias: %v", merged.MergeEntities.Aliases)
	}
	// Delete removes the entity with its relationships, in one audited event.
	before := relCount("gogox")
	var del struct{ DeleteEntity bool }
	e.Data(t, `mutation { deleteEntity(id: "gogox", reason: "test") }`, nil, apitest.EditorToken, &del)
	if !del.DeleteEntity || before <= 0 || relCount("gogox") != -1 {
		t.Errorf("delete: %v (had %d relationships)", del.DeleteEntity, before)
	}
	var log struct {
		AuditLog struct {
			Edges []struct {
				Node struct {
					Operation, TargetID, Actor string
					Before                     *string
				}
			}
		} `json:"auditLog"`
	}
	e.Data(t, `{ auditLog(first: 1) { edges { node { operation targetId actor before } } } }`, nil, apitest.EditorToken, &log)
	ev := log.AuditLog.Edges[0].Node
	if ev.Operation != "deleteEntity" || ev.TargetID != "gogox" || ev.Actor != "alice" || ev.Before == nil || !strings.Contains(*ev.Before, "rel:") {
		t.Errorf("newest audit event: %+v", ev)
	}
	// Editors see only their own events; admins see everyone's.
	if code, _ := e.ErrorCode(t, `{ auditLog(actor: "root") { edges { node { id } } } }`, nil, apitest.EditorToken); code != "FORBIDDEN" {
		t.Errorf("an editor asking for another actor's events: %s", code)
	}
}

func TestFiguresRelationshipUpdatesAndHistory(t *testing.T) {
	e := apitest.New(t)
	src := map[string]any{"url": "https://example.org/fig", "quote": "Cyberport now hosts 2,100 companies."}
	var added struct {
		AddFigure struct {
			Version int
			Figures []struct {
				Key       string
				Value     float64
				Citations []struct{ Quote string }
			}
		} `json:"addFigure"`
	}
	e.Data(t, `mutation($src: SourceInput!) { addFigure(entityId: "cyberport", input: {key: "companies_hosted", value: 2100, unit: "companies", asOf: "2025", source: $src}) { version figures { key value citations { quote } } } }`,
		map[string]any{"src": src}, apitest.EditorToken, &added)
	n := 0
	for _, f := range added.AddFigure.Figures {
		if f.Key == "companies_hosted" {
			n++
			if f.Value != 2100 || f.Citations[0].Quote != src["quote"] {
				t.Errorf("replaced figure: %+v", f)
			}
		}
	}
	if n != 1 {
		t.Errorf("%d companies_hosted figures after replacing, want 1", n)
	}
	if code, _ := e.ErrorCode(t, `mutation { removeFigure(entityId: "cyberport", key: "no_such_figure") { id } }`, nil, apitest.EditorToken); code != "BAD_USER_INPUT" {
		t.Errorf("removing a missing figure: %s", code)
	}
	var removed struct {
		RemoveFigure struct{ Figures []struct{ Key string } } `json:"removeFigure"`
	}
	e.Data(t, `mutation { removeFigure(entityId: "cyberport", key: "companies_hosted", reason: "test") { figures { key } } }`, nil, apitest.EditorToken, &removed)
	for _, f := range removed.RemoveFigure.Figures {
		if f.Key == "companies_hosted" {
			t.Error("the figure is still there")
		}
	}
	// Update a seeded relationship: GOGOX's listing.
	var rel struct {
		Entity struct {
			Relationships struct {
				Edges []struct {
					Node struct {
						ID      string
						Version int
					}
				}
			} `json:"relationships"`
		} `json:"entity"`
	}
	e.Data(t, `{ entity(id: "gogox") { relationships(types: [LISTED_ON]) { edges { node { id version } } } } }`, nil, "", &rel)
	id := rel.Entity.Relationships.Edges[0].Node.ID
	vars := map[string]any{"id": id, "in": map[string]any{"note": "Delisted later.", "source": src}, "v": rel.Entity.Relationships.Edges[0].Node.Version}
	var upd struct {
		UpdateRelationship struct {
			ID, Note string
			Version  int
		} `json:"updateRelationship"`
	}
	q := `mutation($id: ID!, $in: RelationshipUpdateInput!, $v: Int) { updateRelationship(id: $id, input: $in, expectedVersion: $v) { id note version } }`
	e.Data(t, q, vars, apitest.EditorToken, &upd)
	if upd.UpdateRelationship.ID != id || upd.UpdateRelationship.Note != "Delisted later." || upd.UpdateRelationship.Version != vars["v"].(int)+1 {
		t.Errorf("update: %+v", upd.UpdateRelationship)
	}
	if r := e.Do(t, q, vars, apitest.EditorToken); len(r.Errors) == 0 || r.Errors[0].Code() != "CONFLICT" {
		t.Errorf("stale version: %+v", r.Errors)
	}
	vars["v"] = nil
	vars["in"] = map[string]any{"endDate": "2001", "source": src}
	if code, msg := e.ErrorCode(t, q, vars, apitest.EditorToken); code != "BAD_USER_INPUT" || !strings.Contains(msg, "endDate") {
		t.Errorf("endDate before date: %s %s", code, msg)
	}
	// History: every change to cyberport, newest first, for editors only.
	var hist struct {
		Entity struct {
			History struct {
				Edges []struct{ Node struct{ Operation string } }
			} `json:"history"`
		} `json:"entity"`
	}
	e.Data(t, `{ entity(id: "cyberport") { history { edges { node { operation } } } } }`, nil, apitest.EditorToken, &hist)
	var ops []string
	for _, ed := range hist.Entity.History.Edges {
		ops = append(ops, ed.Node.Operation)
	}
	if strings.Join(ops, ",") != "removeFigure,addFigure" {
		t.Errorf("cyberport history: %v", ops)
	}
	if code, _ := e.ErrorCode(t, `{ entity(id: "cyberport") { history { edges { node { id } } } } }`, nil, ""); code != "UNAUTHENTICATED" {
		t.Errorf("anonymous history: %s", code)
	}
}
