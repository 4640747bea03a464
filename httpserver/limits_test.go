package httpserver_test

import (
	"encoding/json"
	"fmt"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/hkgraph/hkgraph/httpserver"
	"github.com/hkgraph/hkgraph/httpserver/persisted"
	"github.com/hkgraph/hkgraph/internal/apitest"
	"github.com/hkgraph/hkgraph/kg"
)

// reply is one HTTP exchange with the GraphQL endpoint.
type reply struct {
	status int
	header http.Header
	body   string
	apitest.Response
}

func (r reply) code() string {
	if len(r.Errors) == 0 {
		return ""
	}
	return r.Errors[0].Code()
}

// request sends a raw request; headers are name/value pairs.
func request(t *testing.T, h http.Handler, method, target, contentType, body string, headers ...string) reply {
	t.Helper()
	req := httptest.NewRequest(method, target, strings.NewReader(body))
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	if ra := req.Header.Get("X-Test-Remote-Addr"); ra != "" {
		req.RemoteAddr = ra
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	r := reply{status: rec.Code, header: rec.Header(), body: rec.Body.String()}
	if err := json.Unmarshal(rec.Body.Bytes(), &r.Response); err != nil {
		t.Fatalf("%s %s: response is not JSON (%d): %.300s", method, target, rec.Code, rec.Body.String())
	}
	return r
}

// post sends one GraphQL operation as application/json.
func post(t *testing.T, h http.Handler, query string, vars map[string]any, headers ...string) reply {
	t.Helper()
	b, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	return request(t, h, http.MethodPost, "/graphql", "application/json", string(b), headers...)
}

type costExt struct {
	Requested int  `json:"requested"`
	Parse     int  `json:"parse"`
	Limit     int  `json:"limit"`
	Remaining *int `json:"remaining"`
}

func costOf(t *testing.T, r reply) costExt {
	t.Helper()
	var c costExt
	b, _ := json.Marshal(r.Extensions["cost"])
	if err := json.Unmarshal(b, &c); err != nil || r.Extensions["cost"] == nil {
		t.Fatalf("no extensions.cost in %.300s", r.body)
	}
	return c
}

// deep is a valid operation nesting levels deep (the leaf __typename counts as a level).
func deep(levels int) string {
	names := []string{"entities(first: 1)", "edges", "node"}
	for len(names) < levels-1 {
		names = append(names, "relationships(first: 1)", "edges", "node", "to")
	}
	names = names[:levels-1]
	return "{ " + strings.Join(names, " { ") + " { __typename" + strings.Repeat(" }", levels-1) + " }"
}

func TestLimitsRefuseWithCodes(t *testing.T) {
	e := readEnv(t).Rebuild(func(*httpserver.Options) {})
	tests := []struct {
		name, query string
		code        string
		status      int
	}{
		{"depth 10 passes", deep(10), "", 200},
		{"depth 11", deep(11), "QUERY_TOO_DEEP", 422},
		{"15 aliases pass", "{" + strings.Repeat(` e%d: entity(id: "hkic") { id }`, 15) + " }", "", 200},
		{"16 aliases", "{" + strings.Repeat(` e%d: entity(id: "hkic") { id }`, 16) + " }", "TOO_MANY_ALIASES", 422},
		{"20 directives pass", "{" + strings.Repeat(" ... @skip(if: false) { __typename }", 10) + strings.Repeat(" ... @skip(if: false) { id: __typename }", 10) + " }", "", 200},
		{"21 directives", "{ __typename" + strings.Repeat(" @skip(if: false)", 21) + " }", "TOO_MANY_DIRECTIVES", 422},
		{"2001 tokens", "{" + strings.Repeat(" __typename", 1999) + " }", "QUERY_TOO_LARGE", 422},
		{"cost over 50,000", `{ entities(first: 100) { edges { node { relationships(first: 100) { edges { node { to {
			relationships(first: 100) { totalCount } } } } } } } } }`, "QUERY_TOO_COMPLEX", 422},
		{"range error reported although cost is exceeded too", `{ entities(first: 1000) { edges { node { relationships(first: 100) {
			edges { node { to { relationships(first: 100) { totalCount } } } } } } } } }`, "BAD_USER_INPUT", 422},
		{"several operations, none named", `query A { stats { entityCount } } query B { documents { id } }`, "GRAPHQL_VALIDATION_FAILED", 422},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := tt.query
			for i := 0; strings.Contains(q, "%d"); i++ {
				q = strings.Replace(q, "%d", strconv.Itoa(i), 1)
			}
			r := post(t, e.Handler, q, nil)
			if r.code() != tt.code || r.status != tt.status {
				t.Fatalf("%d %q, want %d %q: %.400s", r.status, r.code(), tt.status, tt.code, r.body)
			}
			if tt.code != "" && len(r.Errors) != 1 {
				t.Errorf("%d errors, want exactly one: %.400s", len(r.Errors), r.body)
			}
			if r.Extensions["requestId"] == nil || r.Extensions["cost"] == nil {
				t.Errorf("extensions lack requestId or cost: %v", r.Extensions)
			}
		})
	}
}

func TestOperationNamePicksOne(t *testing.T) {
	e := readEnv(t)
	b, _ := json.Marshal(map[string]any{"query": `query A { stats { entityCount } } query B { documents { id } }`, "operationName": "B"})
	r := request(t, e.Handler, http.MethodPost, "/graphql", "application/json", string(b))
	var data map[string]json.RawMessage
	if err := json.Unmarshal(r.Data, &data); err != nil || r.code() != "" {
		t.Fatalf("%d %s", r.status, r.body)
	}
	if _, ok := data["documents"]; !ok || len(data) != 1 {
		t.Errorf("operationName B ran %v", data)
	}
}

// Cost is counted as GitHub counts nodes and reported in every response.
func TestCostReported(t *testing.T) {
	e := readEnv(t).Rebuild(func(*httpserver.Options) {})
	tests := []struct {
		name, query string
		vars        map[string]any
		want        int
	}{
		{"issue example", `{ entities(first: 50) { edges { node { id relationships(first: 10) { edges { node { id } } } } } } }`, nil, 550},
		{"variables resolved", `query($n: Int) { entities(first: $n) { totalCount } }`, map[string]any{"n": 70}, 70},
		{"defaults", `{ entities { edges { node { relationships { totalCount } mentions { totalCount } } } } }`, nil, 20 + 20*40},
		{"search", `{ search(query: "cyberport") { entity { id } } }`, nil, 10},
		{"neighbourhood counts its limit", `{ neighborhood(id: "cyberport") { entities { id } relationships { id } } }`, nil, 100},
		{"paths count k × (maxHops+1)", `{ paths(from: "gogox", to: "hkic", k: 2, maxHops: 3) { length } }`, nil, 8},
		{"a single entity costs the minimum", `{ entity(id: "hkic") { name figures { key } citations { quote } } }`, nil, 1},
		{"history", `{ entity(id: "hkic") { history(first: 5) { edges { node { id } } } } }`, nil, 5},
		{"relationship groups by type", `{ relationshipGroups(id: "cyberport", by: TYPE) { key entities { id } } }`, nil,
			len(kg.RelTypes) * 51},
		{"relationship groups by year", `{ relationshipGroups(id: "cyberport", by: YEAR) { key count } }`, nil, 100},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := post(t, e.Handler, tt.query, tt.vars, "Authorization", "Bearer "+apitest.EditorToken)
			if r.code() != "" {
				t.Fatalf("%s", r.body)
			}
			c := costOf(t, r)
			if c.Requested != tt.want || c.Limit != 50000 || c.Remaining == nil || *c.Remaining > 1500000-tt.want {
				t.Errorf("cost %+v (remaining %v), want requested %d of limit 50000", c, deref(c.Remaining), tt.want)
			}
		})
	}
}

func deref(p *int) any {
	if p == nil {
		return nil
	}
	return *p
}

// Requests the transports would misread are refused with an HTTP status and a GraphQL error.
func TestTransportHygiene(t *testing.T) {
	e := readEnv(t).Rebuild(func(*httpserver.Options) {})
	form := url.Values{"query": {"query cop { __typename }"}}.Encode()
	var mp strings.Builder
	w := multipart.NewWriter(&mp)
	_ = w.WriteField("operations", `{"query": "{ __typename }"}`)
	_ = w.Close()
	big := `{"query": "{ __typename }", "variables": {"pad": "` + strings.Repeat("x", 64<<10) + `"}}`
	batch := "[" + strings.TrimSuffix(strings.Repeat(`{"query": "query cop { __typename }"},`, 10), ",") + "]"
	tests := []struct {
		name, method, target, ctype, body string
		status                            int
		code                              string
	}{
		{"url-encoded POST (CSRF)", "POST", "/graphql", "application/x-www-form-urlencoded", form, 415, "UNSUPPORTED_MEDIA_TYPE"},
		{"multipart POST", "POST", "/graphql", w.FormDataContentType(), mp.String(), 415, "UNSUPPORTED_MEDIA_TYPE"},
		{"text/plain POST", "POST", "/graphql", "text/plain", `{"query": "{ __typename }"}`, 415, "UNSUPPORTED_MEDIA_TYPE"},
		{"application/graphql POST", "POST", "/graphql", "application/graphql", `{ __typename }`, 415, "UNSUPPORTED_MEDIA_TYPE"},
		{"array batching", "POST", "/graphql", "application/json", batch, 400, "BATCHING_NOT_SUPPORTED"},
		{"body over 64 KiB", "POST", "/graphql", "application/json", big, 413, "REQUEST_TOO_LARGE"},
		{"query string over 64 KiB", "GET", "/graphql?query=" + strings.Repeat("%20", 22<<10) + "{__typename}", "", "", 414, "REQUEST_TOO_LARGE"},
		{"PUT", "PUT", "/graphql", "application/json", `{"query": "{ __typename }"}`, 405, "METHOD_NOT_ALLOWED"},
		{"GET mutation", "GET", "/graphql?query=" + url.QueryEscape("mutation cop { __typename }"), "", "", 405, "METHOD_NOT_ALLOWED"},
		{"JSON with charset passes", "POST", "/graphql", "application/json; charset=utf-8", `{"query": "{ __typename }"}`, 200, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := request(t, e.Handler, tt.method, tt.target, tt.ctype, tt.body)
			if r.status != tt.status || r.code() != tt.code {
				t.Fatalf("%d %q, want %d %q: %.300s", r.status, r.code(), tt.status, tt.code, r.body)
			}
			if r.Extensions["requestId"] == nil || r.Extensions["cost"] == nil {
				t.Errorf("extensions lack requestId or cost: %.300s", r.body)
			}
			if tt.code != "" && r.Data != nil && string(r.Data) != "null" {
				t.Errorf("a refused request returned data: %s", r.Data)
			}
		})
	}
}

// Every response carries the request id (also in X-Request-Id) and the cost, success or not.
func TestEveryResponseHasRequestIDAndCost(t *testing.T) {
	e := readEnv(t)
	for _, q := range []string{`{ stats { entityCount } }`, `{ nope }`, `{ stats {`, `{ entity(id: "NOPE!") { id } }`} {
		r := post(t, e.Handler, q, nil)
		id, _ := r.Extensions["requestId"].(string)
		if id == "" || id != r.header.Get("X-Request-Id") || r.Extensions["cost"] == nil {
			t.Errorf("%s: extensions %v, X-Request-Id %q", q, r.Extensions, r.header.Get("X-Request-Id"))
		}
		for _, er := range r.Errors {
			if er.Extensions["requestId"] != id {
				t.Errorf("%s: error without the request id: %+v", q, er)
			}
		}
	}
}

func TestRateLimit(t *testing.T) {
	e := readEnv(t).Rebuild(func(o *httpserver.Options) {
		o.RateLimit = 1000 // points a minute; authenticated callers get 5000
		o.TrustedProxies = []netip.Prefix{netip.MustParsePrefix("192.0.2.0/24")}
	})
	q := `{ entities(first: 100) { totalCount } }` // costs 100
	from := func(addr string, extra ...string) reply {
		return post(t, e.Handler, q, nil, append([]string{"X-Test-Remote-Addr", addr}, extra...)...)
	}
	// Another caller sends the document first and pays for parsing it (tested in
	// TestParseWorkCharged): from then on it is cached and each request costs its 100.
	from("198.51.100.99:4000")
	for i := range 10 {
		if r := from("198.51.100.7:4000"); r.code() != "" {
			t.Fatalf("request %d within budget: %s", i, r.body)
		}
	}
	r := from("198.51.100.7:4000")
	retry, _ := strconv.Atoi(r.header.Get("Retry-After"))
	if r.status != http.StatusTooManyRequests || r.code() != "RATE_LIMITED" || retry < 1 || retry > 7 {
		t.Fatalf("over budget: %d %q Retry-After %q: %s", r.status, r.code(), r.header.Get("Retry-After"), r.body)
	}
	if c := costOf(t, r); c.Requested != 100 || c.Remaining == nil || *c.Remaining >= 100 {
		t.Errorf("refused response's cost %+v", c)
	}
	// X-Forwarded-For from an untrusted peer is not believed: still the same caller.
	if r := from("198.51.100.7:4001", "X-Forwarded-For", "203.0.113.50"); r.status != http.StatusTooManyRequests {
		t.Errorf("a spoofed X-Forwarded-For bought a fresh budget: %d", r.status)
	}
	// Another address, and a client behind a trusted proxy, have their own budgets.
	if r := from("198.51.100.8:4000"); r.code() != "" {
		t.Errorf("another caller refused: %s", r.body)
	}
	if r := from("192.0.2.10:4000", "X-Forwarded-For", "198.51.100.7, 203.0.113.50"); r.code() != "" {
		t.Errorf("client behind a trusted proxy refused: %s", r.body)
	}
	// Authenticated callers are keyed by name, with five times the budget.
	if r := from("198.51.100.7:4000", "Authorization", "Bearer "+apitest.EditorToken); r.code() != "" ||
		costOf(t, r).Remaining == nil || *costOf(t, r).Remaining < 4800 {
		t.Errorf("authenticated caller on an exhausted address: %s", r.body)
	}
	// A cost above the whole budget can never run.
	big := `{ entities(first: 100) { edges { node { relationships(first: 100) { totalCount } } } } }`
	if r := post(t, e.Handler, big, nil, "X-Test-Remote-Addr", "198.51.100.9:1"); r.code() != "RATE_LIMITED" || r.header.Get("Retry-After") != "" {
		t.Errorf("cost 10100 against a 1000 budget: %d %q Retry-After %q", r.status, r.code(), r.header.Get("Retry-After"))
	}
	metrics := get(t, e.Handler, "/metrics").Body.String()
	for _, m := range []string{`hkgraph_rate_limited_total{caller="anonymous"}`,
		`hkgraph_graphql_cost_bucket{operation="anonymous",type="query",le="100"}`, `hkgraph_graphql_operation_duration_seconds_bucket`} {
		if !strings.Contains(metrics, m) {
			t.Errorf("/metrics lacks %s", m)
		}
	}
}

// An operation bounded by a tiny timeout fails with TIMEOUT in a well-formed response rather
// than hanging or crashing; a mutation under it writes nothing.
func TestRequestTimeout(t *testing.T) {
	e := readEnv(t).Rebuild(func(o *httpserver.Options) { o.RequestTimeout = time.Nanosecond })
	if r := post(t, e.Handler, `{ stats { entityCount } }`, nil); r.code() != "TIMEOUT" || r.status != http.StatusOK {
		t.Errorf("query: %d %q: %s", r.status, r.code(), r.body)
	}
	in := map[string]any{"in": map[string]any{"id": "timeout-probe", "kind": "ORGANIZATION", "name": "Timeout probe",
		"source": map[string]any{"url": "https://example.org/timeout", "quote": "Timeout probe"}}}
	r := post(t, e.Handler, `mutation($in: EntityInput!) { upsertEntity(input: $in) { id } }`, in,
		"Authorization", "Bearer "+apitest.EditorToken)
	if r.code() != "TIMEOUT" {
		t.Errorf("mutation: %q: %s", r.code(), r.body)
	}
	if r := post(t, readEnv(t).Handler, `{ entity(id: "timeout-probe") { id } }`, nil); r.code() != "" || !strings.Contains(r.body, `"entity":null`) {
		t.Errorf("the timed-out mutation wrote: %s", r.body)
	}
}

// Production mode: no introspection, no GraphiQL, and no field suggestions that would leak
// the schema one typo at a time.
func TestProductionHidesSchema(t *testing.T) {
	e := readEnv(t).Rebuild(func(o *httpserver.Options) { o.Introspection, o.GraphiQL = false, false })
	r := post(t, e.Handler, `{ entitie(id: "hkic") { id } }`, nil)
	if r.code() != "GRAPHQL_VALIDATION_FAILED" || strings.Contains(r.body, "Did you mean") {
		t.Errorf("misspelt field: %s", r.body)
	}
	if r := post(t, e.Handler, `{ __schema { types { name } } }`, nil); r.code() != "INTROSPECTION_DISABLED" {
		t.Errorf("introspection answered in production: %.200s", r.body)
	}
	if rec := get(t, e.Handler, "/"); rec.Code != http.StatusNotFound {
		t.Errorf("GraphiQL served in production: %d", rec.Code)
	}
	// Development keeps suggestions, which is what GraphiQL's users want.
	if r := post(t, readEnv(t).Handler, `{ entitie(id: "hkic") { id } }`, nil); !strings.Contains(r.body, "Did you mean") {
		t.Errorf("development lost suggestions: %s", r.body)
	}
}

// GraphiQL's own introspection query runs although it nests deeper than the depth limit.
func TestGraphiQLIntrospection(t *testing.T) {
	b, err := os.ReadFile("../limits/testdata/graphiql-introspection.graphql")
	if err != nil {
		t.Fatal(err)
	}
	r := post(t, readEnv(t).Handler, string(b), nil)
	if r.code() != "" || !strings.Contains(string(r.Data), `"queryType"`) {
		t.Fatalf("%.300s", r.body)
	}
}

func TestTrustedDocuments(t *testing.T) {
	doc := `query Stats { stats { entityCount } }`
	e := readEnv(t).Rebuild(func(o *httpserver.Options) {
		o.TrustedDocuments = persisted.Manifest{persisted.Hash(doc): doc}
	})
	hashed := func(hash, query string) reply {
		b, _ := json.Marshal(map[string]any{"query": query, "extensions": map[string]any{
			"persistedQuery": map[string]any{"version": 1, "sha256Hash": hash}}})
		return request(t, e.Handler, http.MethodPost, "/graphql", "application/json", string(b))
	}
	if r := hashed(persisted.Hash(doc), ""); r.code() != "" || !strings.Contains(string(r.Data), "entityCount") {
		t.Errorf("known hash: %s", r.body)
	}
	if r := post(t, e.Handler, doc, nil); r.code() != "" {
		t.Errorf("the exact text of a trusted document: %s", r.body)
	}
	if r := hashed(strings.Repeat("0", 64), ""); r.code() != "PERSISTED_QUERY_NOT_FOUND" {
		t.Errorf("unknown hash: %s", r.body)
	}
	if r := post(t, e.Handler, `{ stats { entityCount } }`, nil); r.code() != "FORBIDDEN" {
		t.Errorf("a raw query outside the manifest: %s", r.body)
	}
	// Registering a document the way automatic persisted queries do is refused too.
	q := `{ documents { id } }`
	if r := hashed(persisted.Hash(q), q); r.code() != "PERSISTED_QUERY_NOT_FOUND" {
		t.Errorf("APQ registration in trusted mode: %s", r.body)
	}
	get := request(t, e.Handler, http.MethodGet, "/graphql?extensions="+url.QueryEscape(fmt.Sprintf(
		`{"persistedQuery":{"version":1,"sha256Hash":"%s"}}`, persisted.Hash(doc))), "", "")
	if get.code() != "" {
		t.Errorf("persisted query over GET: %s", get.body)
	}
}

func TestTrustedDocumentsManifest(t *testing.T) {
	dir := t.TempDir()
	write := func(m map[string]string) string {
		p := dir + "/m.json"
		b, _ := json.Marshal(m)
		if err := os.WriteFile(p, b, 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	doc := `{ stats { entityCount } }`
	if _, err := persisted.Load(write(map[string]string{persisted.Hash(doc): doc}), "HKGRAPH_TRUSTED_DOCUMENTS", nil); err != nil {
		t.Errorf("good manifest: %v", err)
	}
	if _, err := persisted.Load(write(map[string]string{strings.Repeat("a", 64): doc}), "HKGRAPH_TRUSTED_DOCUMENTS", nil); err == nil ||
		!strings.Contains(err.Error(), "HKGRAPH_TRUSTED_DOCUMENTS") {
		t.Errorf("wrong hash: %v", err)
	}
	if _, err := persisted.Load(write(map[string]string{persisted.Hash("{ a"): "{ a"}), "HKGRAPH_TRUSTED_DOCUMENTS", nil); err == nil {
		t.Error("unparsable document accepted")
	}
}
