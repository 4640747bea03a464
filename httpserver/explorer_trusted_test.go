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
	for _, q := range queries {
		op, ok := ops[q.op]
		if !ok {
			t.Errorf("the explorer no longer sends %s: drop it from this test", q.op)
			continue
		}
		ran[q.op] = true
		headers := []string{}
		if q.token != "" {
			headers = append(headers, "Authorization", "Bearer "+q.token)
		}
		byHash, _ := json.Marshal(map[string]any{"variables": q.vars, "extensions": map[string]any{
			"persistedQuery": map[string]any{"version": 1, "sha256Hash": op.hash}}})
		byText, _ := json.Marshal(map[string]any{"query": op.text, "variables": q.vars})
		for how, body := range map[string][]byte{"by hash": byHash, "as text": byText} {
			r := request(t, trusted.Handler, http.MethodPost, "/graphql", "application/json", string(body), headers...)
			var data map[string]json.RawMessage
			_ = json.Unmarshal(r.Data, &data)
			if len(r.Errors) > 0 || len(data[q.field]) == 0 || string(data[q.field]) == "null" {
				t.Errorf("%s %s in trusted-documents mode: %.400s", q.op, how, r.body)
			}
		}
	}
	// The same text with one space more is not the trusted document.
	if r := post(t, trusted.Handler, ops["ExplorerSearch"].text+" ", map[string]any{"q": "x"}); r.code() != persisted.CodeForbidden {
		t.Errorf("an altered explorer document: %s", r.body)
	}

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
	defer open.Reseed(t)
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
