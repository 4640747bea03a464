package httpserver_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"
	"github.com/vektah/gqlparser/v2/validator"

	"github.com/hkgraph/hkgraph/graph"
	"github.com/hkgraph/hkgraph/httpserver"
	"github.com/hkgraph/hkgraph/httpserver/explorer"
	"github.com/hkgraph/hkgraph/httpserver/persisted"
	"github.com/hkgraph/hkgraph/internal/apitest"
)

// explorerOperation is one document of the explorer's generated manifest.
type explorerOperation struct {
	hash, text, name string
	kind             ast.Operation
}

func explorerOperations(t *testing.T) map[string]explorerOperation {
	t.Helper()
	docs, err := explorer.Documents()
	if err != nil {
		t.Fatal(err)
	}
	schema := graph.NewExecutableSchema(graph.Config{}).Schema()
	ops := map[string]explorerOperation{}
	for hash, text := range docs {
		doc, err := parser.ParseQuery(&ast.Source{Input: text})
		if err != nil {
			t.Fatalf("%s: %v", hash[:12], err)
		}
		if errs := validator.Validate(schema, doc); len(errs) > 0 {
			t.Fatalf("the explorer's document %s does not validate against schema.graphqls (run make explorer): %v", hash[:12], errs[0])
		}
		if len(doc.Operations) != 1 {
			t.Fatalf("document %s has %d operations, want 1", hash[:12], len(doc.Operations))
		}
		op := doc.Operations[0]
		ops[op.Name] = explorerOperation{hash: hash, text: text, name: op.Name, kind: op.Operation}
	}
	return ops
}

// A server in trusted-documents mode whose operator listed none of the explorer's operations
// runs every one of them, sent by hash or as exact text, because it adds the manifest that
// GraphQL Code Generator writes with the explorer's typed operations. A test of every
// operation: one the explorer gains without an entry below fails it.
func TestTrustedDocumentsServeTheExplorer(t *testing.T) {
	open := readEnv(t)
	ops := explorerOperations(t)
	trusted := open.Rebuild(func(o *httpserver.Options) {
		o.Explorer = true
		o.TrustedDocuments = persisted.Manifest{}
	})
	// Ids the operations need, read through the ordinary (untrusted-mode) handler.
	var ids struct {
		Entity struct {
			Relationships struct {
				Edges []struct{ Node struct{ ID string } }
			}
			Citations []struct{ Document struct{ ID string } }
		}
	}
	open.Data(t, `{ entity(id: "cyberport") { relationships(first: 1) { edges { node { id } } } citations { document { id } } } }`, nil, "", &ids)
	if len(ids.Entity.Relationships.Edges) == 0 || len(ids.Entity.Citations) == 0 {
		t.Fatal("the seed has no relationship or citation of cyberport")
	}
	queries := []struct {
		op    string
		vars  map[string]any
		token string
		field string // the result's top-level field, which must not be null
	}{
		{"ExplorerSearch", map[string]any{"q": "數碼港", "first": 8}, "", "search"},
		{"ExplorerNeighborhood", map[string]any{"id": "cyberport", "hops": 1, "limit": 150, "types": nil}, "", "neighborhood"},
		{"ExplorerPaths", map[string]any{"from": "john-lee", "to": "biomap", "k": 3, "maxHops": 6}, "", "paths"},
		{"ExplorerEntity", map[string]any{"id": "cyberport"}, "", "entity"},
		{"ExplorerRelationship", map[string]any{"id": ids.Entity.Relationships.Edges[0].Node.ID}, "", "relationship"},
		{"ExplorerDocument", map[string]any{"id": ids.Entity.Citations[0].Document.ID}, apitest.EditorToken, "document"},
	}
	ran := map[string]bool{}
	// run sends an operation by hash and as text (each must be accepted and answer the field)
	// and returns the field's value.
	run := func(name string, vars map[string]any, token, field string) json.RawMessage {
		t.Helper()
		op, ok := ops[name]
		if !ok {
			t.Fatalf("the explorer no longer sends %s: drop it from this test", name)
		}
		ran[name] = true
		headers := []string{}
		if token != "" {
			headers = append(headers, "Authorization", "Bearer "+token)
		}
		byHash, _ := json.Marshal(map[string]any{"variables": vars, "extensions": map[string]any{
			"persistedQuery": map[string]any{"version": 1, "sha256Hash": op.hash}}})
		byText, _ := json.Marshal(map[string]any{"query": op.text, "variables": vars})
		var out json.RawMessage
		for _, body := range [][]byte{byHash, byText} {
			r := request(t, trusted.Handler, http.MethodPost, "/graphql", "application/json", string(body), headers...)
			var data map[string]json.RawMessage
			_ = json.Unmarshal(r.Data, &data)
			if len(r.Errors) > 0 || len(data[field]) == 0 || string(data[field]) == "null" {
				t.Fatalf("%s in trusted-documents mode: %.400s", name, r.body)
			}
			out = data[field]
		}
		return out
	}
	for _, q := range queries {
		run(q.op, q.vars, q.token, q.field)
	}
	reviewOperations(t, run)
	// The same text with one space more is not the trusted document.
	if r := post(t, trusted.Handler, ops["ExplorerSearch"].text+" ", map[string]any{"q": "x"}); r.code() != persisted.CodeForbidden {
		t.Errorf("an altered explorer document: %s", r.body)
	}

	defer open.Reseed(t) // the review's writes and the subscription's probe
	if op, ok := ops["ExplorerEntityChanged"]; ok {
		ran[op.name] = true
		subscribeTrusted(t, trusted, open, op)
	}
	for name, op := range ops {
		if !ran[name] {
			t.Errorf("the explorer's %s %s is not tested here: add it", op.kind, name)
		}
	}
}

// subscribeTrusted opens the explorer's subscription on the trusted server and sees it deliver
// a change made through the other handler (both share the live broker).
func subscribeTrusted(t *testing.T, trusted, open *apitest.Env, op explorerOperation) {
	srv := httptest.NewServer(trusted.Handler)
	defer srv.Close()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c, ack, err := dialInit(t, ctx, "ws"+strings.TrimPrefix(srv.URL, "http")+"/graphql")
	if err != nil || ack.Type != "connection_ack" {
		t.Fatalf("connection_init: %v %+v", err, ack)
	}
	defer c.Close(websocket.StatusNormalClosure, "")
	p, _ := json.Marshal(map[string]any{"query": op.text})
	if err := wsjson.Write(ctx, c, wsMsg{ID: "1", Type: "subscribe", Payload: p}); err != nil {
		t.Fatal(err)
	}
	// The subscription is registered once the server has read the message; keep changing an
	// entity until a change arrives (polling with the context's deadline, no sleeps).
	got := make(chan wsMsg, 1)
	go func() {
		var m wsMsg
		if wsjson.Read(ctx, c, &m) == nil {
			got <- m
		}
		close(got)
	}()
	for i := 0; ; i++ {
		r := open.Do(t, `mutation($in: EntityInput!) { upsertEntity(input: $in) { id } }`, map[string]any{"in": map[string]any{
			"id": "trusted-docs-probe", "kind": "ORGANIZATION", "name": fmt.Sprintf("Probe %d", i),
			"source": map[string]any{"url": "https://example.org/probe"}}}, apitest.EditorToken)
		if len(r.Errors) > 0 {
			t.Fatalf("upsertEntity: %+v", r.Errors)
		}
		select {
		case m, ok := <-got:
			if !ok || m.Type != "next" || !strings.Contains(string(m.Payload), "trusted-docs-probe") {
				t.Fatalf("%s in trusted-documents mode: %+v (%s)", op.name, m, m.Payload)
			}
			return
		case <-ctx.Done():
			t.Fatalf("%s: no change arrived", op.name)
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// reviewOperations runs the review page's operations as a curator does: add a source, list its
// proposals, accept one and reject another (each twice, by hash and as text: accepting or
// rejecting again changes nothing).
func reviewOperations(t *testing.T, run func(name string, vars map[string]any, token, field string) json.RawMessage) {
	t.Helper()
	var ingested struct{ Document struct{ ID string } }
	_ = json.Unmarshal(run("ExplorerIngestDocument", map[string]any{"input": map[string]any{
		"title": "智語科技完成A輪融資", "language": "zh-Hant", "published": "2024-06-12",
		"text": "香港初創公司智語科技有限公司今日宣布完成5,000萬港元A輪融資。本輪融資由維港資本領投，晨曦創投基金參投。",
	}}, apitest.EditorToken, "ingestDocument"), &ingested)
	doc := ingested.Document.ID
	run("ExplorerReviewDocument", map[string]any{"id": doc}, apitest.EditorToken, "document")
	var page struct {
		Edges []struct{ Node struct{ ID, Kind string } }
	}
	_ = json.Unmarshal(run("ExplorerProposals", map[string]any{"documentId": doc, "first": 100, "after": nil}, apitest.EditorToken, "proposals"), &page)
	first := map[string]string{} // kind → the first proposal of that kind
	for _, e := range page.Edges {
		if first[e.Node.Kind] == "" {
			first[e.Node.Kind] = e.Node.ID
		}
	}
	if first["ENTITY"] == "" || first["RELATIONSHIP"] == "" {
		t.Fatalf("the test text needs an entity and a relationship proposal: %+v", page.Edges)
	}
	// Accepting an entity touches no other proposal; rejecting a relationship touches none.
	run("ExplorerAcceptProposal", map[string]any{"id": first["ENTITY"], "edit": nil}, apitest.EditorToken, "acceptProposal")
	run("ExplorerRejectProposal", map[string]any{"id": first["RELATIONSHIP"], "reason": nil}, apitest.EditorToken, "rejectProposal")
}
