package httpserver_test

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"

	"github.com/hkgraph/hkgraph/httpserver"
	"github.com/hkgraph/hkgraph/httpserver/persisted"
	"github.com/hkgraph/hkgraph/internal/apitest"
)

// Issue 14 finding 1: graphql-cop's field duplication is refused before validation (which is
// quadratic in same-named fields), however the duplicates are spelt: in one selection set,
// through inline fragments or through fragment spreads.
func TestFieldDuplicationRefused(t *testing.T) {
	e := readEnv(t)
	for name, q := range map[string]string{
		"plain":             "{ " + strings.Repeat("__typename ", 11) + "}",
		"the attack (1990)": "# unique\n{ " + strings.Repeat("__typename ", 1990) + "}",
		"inline fragments":  "{ " + strings.Repeat("... on Query { __typename } ", 11) + "}",
		"fragment spreads":  "{ ...A ...A ...A ...A } fragment A on Query { __typename __typename __typename }",
		"nested":            `{ entity(id: "hkic") { ` + strings.Repeat("id ", 11) + "} }",
	} {
		r := post(t, e.Handler, q, nil)
		if r.code() != "TOO_MANY_DUPLICATE_FIELDS" || len(r.Errors) != 1 {
			t.Errorf("%s: got %d errors, code %q: %.300s", name, len(r.Errors), r.code(), r.body)
		}
	}
	ok := `{ entity(id: "hkic") { ` + strings.Repeat("id ", 10) + "} }"
	if r := post(t, e.Handler, ok, nil); len(r.Errors) > 0 {
		t.Errorf("10 duplicates (the limit) refused: %s", r.body)
	}
}

// Parsing and validating a document the server has not cached is charged to the caller, one
// point per token, before the work is done; a cached document is not charged again.
func TestParseWorkCharged(t *testing.T) {
	e := readEnv(t).Rebuild(func(o *httpserver.Options) { o.RateLimit = 60 }) // refills 1 point a second
	q := `{ stats { entityCount } } # charged once`
	first := post(t, e.Handler, q, nil)
	c := costOf(t, first)
	if c.Remaining == nil || c.Parse < 5 || c.Parse > 6 || *c.Remaining > 60-c.Parse-1+3 {
		t.Fatalf("first request: %+v, want parse ≈ its 5 tokens and remaining ≈ 60 - parse - 1: %s", c, first.body)
	}
	if second := costOf(t, post(t, e.Handler, q, nil)); second.Parse != 0 {
		t.Errorf("cached document charged again: %+v", second)
	}
	// A document whose parsing the budget cannot cover is refused before it is parsed.
	big := "{ " + strings.Repeat("__typename ", 100) + "}" // 102 tokens > the whole budget
	r := post(t, e.Handler, big, nil)
	if r.status != http.StatusTooManyRequests || r.code() != "RATE_LIMITED" {
		t.Errorf("big document: %d %q %.200s", r.status, r.code(), r.body)
	}
}

// Issue 14 finding 2: list arguments of enums are capped at their enum's size, and duplicates
// or another order give the same answer.
func TestListArgumentsCappedAndDeduplicated(t *testing.T) {
	e := readEnv(t)
	rels := `query($t: [RelationshipType!]) { entity(id: "cyberport") { relationships(types: $t, first: 100) { totalCount edges { node { id } } } } }`
	rep := func(v string, n int) []string {
		out := make([]string, n)
		for i := range out {
			out[i] = v
		}
		return out
	}
	r := post(t, e.Handler, rels, map[string]any{"t": rep("PARTNERED_WITH", 61)})
	if r.code() != "BAD_USER_INPUT" || r.Errors[0].Extensions["argument"] != "types" {
		t.Errorf("61 types: %.300s", r.body)
	}
	r = post(t, e.Handler, `query($k: [EntityKind!]) { search(query: "hong kong", kinds: $k) { entity { id } } }`,
		map[string]any{"k": rep("PLACE", 3000)})
	if r.code() != "BAD_USER_INPUT" || r.Errors[0].Extensions["argument"] != "kinds" {
		t.Errorf("3000 kinds: %.300s", r.body)
	}
	answer := func(q string, vars map[string]any) string {
		r := post(t, e.Handler, q, vars)
		if len(r.Errors) > 0 {
			t.Fatalf("%s: %s", q, r.body)
		}
		return string(r.Data)
	}
	once := answer(rels, map[string]any{"t": []string{"LOCATED_IN", "PARTNERED_WITH"}})
	if got := answer(rels, map[string]any{"t": append(rep("PARTNERED_WITH", 20), "LOCATED_IN")}); got != once {
		t.Errorf("duplicated types answer differently:\n%s\n%s", got, once)
	}
	if got := answer(rels, map[string]any{"t": []string{"PARTNERED_WITH", "LOCATED_IN"}}); got != once {
		t.Errorf("another order answers differently")
	}
	search := `query($k: [EntityKind!]) { search(query: "hong kong", kinds: $k) { entity { id kind } } }`
	place := answer(search, map[string]any{"k": []string{"PLACE"}})
	if got := answer(search, map[string]any{"k": rep("PLACE", 8)}); got != place || !strings.Contains(place, `"PLACE"`) {
		t.Errorf("search(kinds: 8×PLACE) = %s, want %s", got, place)
	}
	if strings.Contains(answer(search, map[string]any{"k": []string{"PLACE"}}), "ORGANIZATION") {
		t.Errorf("kinds filter lost")
	}
}

// Issue 14 finding 4: with no HKGRAPH_CORS_ORIGINS no other origin may call the API.
func TestCORSClosedByDefault(t *testing.T) {
	preflight := func(h http.Handler, origin string) http.Header {
		req := httptest.NewRequest(http.MethodOptions, "/graphql", nil)
		req.Header.Set("Origin", origin)
		req.Header.Set("Access-Control-Request-Method", "POST")
		req.Header.Set("Access-Control-Request-Headers", "authorization, content-type")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		return rec.Header()
	}
	closed := readEnv(t)
	for _, env := range []http.Handler{closed.Handler, closed.Rebuild(func(o *httpserver.Options) { o.Introspection = false }).Handler} {
		if h := preflight(env, "https://evil.example"); h.Get("Access-Control-Allow-Origin") != "" || h.Get("Access-Control-Allow-Headers") != "" {
			t.Errorf("preflight from another origin allowed with no origins configured: %v", h)
		}
	}
	open := closed.Rebuild(func(o *httpserver.Options) { o.CORSOrigins = []string{"https://app.example.org"} })
	if h := preflight(open.Handler, "https://app.example.org"); h.Get("Access-Control-Allow-Origin") != "https://app.example.org" {
		t.Errorf("configured origin refused: %v", h)
	}
	if h := preflight(open.Handler, "https://evil.example"); h.Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("unlisted origin allowed: %v", h)
	}
}

// Issue 14 finding 5: malformed JSON is 400 BAD_REQUEST, logged at WARN as a short excerpt and
// rate-limited: 200 bad 60 KB bodies do not write megabytes of logs.
func TestMalformedJSON(t *testing.T) {
	var logs bytes.Buffer
	e := readEnv(t).Rebuild(func(o *httpserver.Options) {
		o.Logger = slog.New(slog.NewJSONHandler(&logs, &slog.HandlerOptions{Level: slog.LevelWarn}))
	})
	body := `{"query": "` + strings.Repeat("x", 60<<10)
	for i := 0; i < 200; i++ {
		r := request(t, e.Handler, http.MethodPost, "/graphql", "application/json", body)
		if r.status != http.StatusBadRequest || r.code() != "BAD_REQUEST" {
			t.Fatalf("malformed body: %d %q %.200s", r.status, r.code(), r.body)
		}
	}
	if logs.Len() > 10<<10 {
		t.Errorf("200 malformed requests wrote %d bytes of logs", logs.Len())
	}
	if !strings.Contains(logs.String(), `"level":"WARN"`) || strings.Contains(logs.String(), `"level":"ERROR"`) {
		t.Errorf("want WARN lines only: %.500s", logs.String())
	}
	r := request(t, e.Handler, http.MethodGet, "/graphql?query="+url.QueryEscape("{ stats { entityCount } }")+"&variables=%7Bnot", "", "")
	if r.status != http.StatusBadRequest || r.code() != "BAD_REQUEST" {
		t.Errorf("malformed GET variables: %d %s", r.status, r.body)
	}
}

// Issue 14 finding 6: production suggests no names at all: fields, arguments, enum values.
func TestProductionSuggestsNothing(t *testing.T) {
	prod := readEnv(t).Rebuild(func(o *httpserver.Options) { o.Introspection, o.GraphiQL = false, false })
	for name, q := range map[string]string{
		"argument":   `{ entity(idd: "hkic") { id } }`,
		"enum value": `{ search(query: "x", kinds: [PLAC]) { score } }`,
		"field":      `{ entity(id: "hkic") { nme } }`,
		"input":      `{ entities(where: {nameContain: "x"}) { totalCount } }`,
	} {
		if r := post(t, readEnv(t).Handler, q, nil); !strings.Contains(r.body, "Did you mean") {
			t.Errorf("%s: development gives no suggestion, so this case proves nothing: %s", name, r.body)
		}
		if r := post(t, prod.Handler, q, nil); len(r.Errors) == 0 || strings.Contains(r.body, "Did you mean") {
			t.Errorf("%s: production suggests: %s", name, r.body)
		}
	}
	vars := map[string]any{"k": []string{"PLAC"}}
	if r := post(t, prod.Handler, `query($k: [EntityKind!]) { search(query: "x", kinds: $k) { score } }`, vars); len(r.Errors) == 0 || strings.Contains(r.body, "Did you mean") {
		t.Errorf("variable enum value: production suggests: %s", r.body)
	}
}

// Issue 14 finding 9: a GET naming a mutation by persisted-query hash is 405 with a code.
func TestGETPersistedMutation(t *testing.T) {
	e := readEnv(t)
	m := `mutation { deleteEntity(id: "hkic") }`
	ext := `{"persistedQuery":{"version":1,"sha256Hash":"` + persisted.Hash(m) + `"}}`
	// Register the document with a POST (APQ), refused for want of a role but now known.
	b, _ := json.Marshal(map[string]any{"query": m, "extensions": json.RawMessage(ext)})
	request(t, e.Handler, http.MethodPost, "/graphql", "application/json", string(b))
	r := request(t, e.Handler, http.MethodGet, "/graphql?extensions="+url.QueryEscape(ext), "", "")
	if r.status != http.StatusMethodNotAllowed || r.code() != "METHOD_NOT_ALLOWED" || r.header.Get("Allow") != "POST" {
		t.Errorf("GET of a persisted mutation: %d %q Allow=%q %s", r.status, r.code(), r.header.Get("Allow"), r.body)
	}
}

// Issue 14 finding 9: each WebSocket operation has its own request id; a duplicate
// subscription id closes the connection with 4409; a socket that never sends connection_init
// holds one of the caller's connections.
func TestWebSocketOperations(t *testing.T) {
	e := readEnv(t)
	srv := httptest.NewServer(e.Handler)
	defer srv.Close()
	wsURL := "ws" + strings.TrimPrefix(srv.URL, "http") + "/graphql"
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()

	c, ack, err := dialInit(t, ctx, wsURL)
	if err != nil || ack.Type != "connection_ack" {
		t.Fatalf("init: %v %+v", err, ack)
	}
	defer c.CloseNow()
	// Two operations refused at once (an unknown field) each carry their own request id.
	ids := map[string]bool{}
	for _, id := range []string{"a", "b"} {
		p, _ := json.Marshal(map[string]any{"query": `subscription { nope }`})
		if err := wsjson.Write(ctx, c, wsMsg{ID: id, Type: "subscribe", Payload: p}); err != nil {
			t.Fatal(err)
		}
		var m wsMsg
		for m.Type != "error" || m.ID != id {
			if err := wsjson.Read(ctx, c, &m); err != nil {
				t.Fatal(err)
			}
		}
		var errs []struct {
			Extensions map[string]any `json:"extensions"`
		}
		_ = json.Unmarshal(m.Payload, &errs)
		if len(errs) == 0 {
			t.Fatalf("no error for %s: %+v", id, m)
		}
		rid, _ := errs[0].Extensions["requestId"].(string)
		if rid == "" {
			t.Fatalf("no requestId: %s", m.Payload)
		}
		ids[rid] = true
	}
	if len(ids) != 2 {
		t.Errorf("two operations on one connection share a request id: %v", ids)
	}
	startSub(t, ctx, c, "dup")
	startSub(t, ctx, c, "dup")
	if err := errOf(ctx, c); websocket.CloseStatus(err) != 4409 {
		t.Errorf("duplicate subscription id: %v, want close 4409", err)
	}

	// Two sockets that never send connection_init fill the caller's cap of 2: a third is refused.
	capped := httptest.NewServer(e.Rebuild(func(o *httpserver.Options) { o.MaxConnections = 2 }).Handler)
	defer capped.Close()
	wsURL = "ws" + strings.TrimPrefix(capped.URL, "http") + "/graphql"
	for i := 0; i < 2; i++ {
		s, _, err := websocket.Dial(ctx, wsURL, &websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"}})
		if err != nil {
			t.Fatal(err)
		}
		defer s.CloseNow()
	}
	_, resp, err := websocket.Dial(ctx, wsURL, &websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"}})
	if err == nil || resp == nil || resp.StatusCode != http.StatusTooManyRequests {
		t.Errorf("third socket without connection_init: err %v, response %v; want HTTP 429", err, resp)
	}
}

// The extraction ingestDocument runs costs CPU by the length of its text, so the text's size is
// charged to the caller's budget (graph.CostWork: a point per byte of UTF-8, priced on the
// extractor's worst case), and a text the budget cannot cover is refused before anything is
// stored or extracted.
func TestIngestWorkCharged(t *testing.T) {
	base := readEnv(t)
	defer base.Reseed(t)                                                 // the ingested document
	e := base.Rebuild(func(o *httpserver.Options) { o.RateLimit = 600 }) // an editor gets 5×: 3,000 points
	const ingest = `mutation($in: DocumentInput!) { ingestDocument(input: $in) { document { id } proposals } }`
	sentence := "Acme Capital invested in Foo Labs. " // 35 characters
	input := func(title string, sentences int) map[string]any {
		return map[string]any{"in": map[string]any{"title": title, "language": "en",
			"text": strings.Repeat(sentence, sentences)}}
	}
	editor := []string{"Authorization", "Bearer " + apitest.EditorToken}

	small := post(t, e.Handler, ingest, input("small", 40), editor...) // 1,400 bytes: 1,400 points
	c := costOf(t, small)
	if small.code() != "" || c.Requested < 1400 || c.Remaining == nil || *c.Remaining > 3000-1400 {
		t.Fatalf("1,400 bytes: cost %+v, want ≥ 1,400 points charged: %.300s", c, small.body)
	}
	// A Chinese character is three bytes, and costs the extractor about three times as much.
	zh := post(t, e.Handler, ingest, map[string]any{"in": map[string]any{"title": "zh", "language": "zh-Hant",
		"text": strings.Repeat("維港投資領投匯立通。", 10)}}, editor...) // 100 characters, 300 bytes
	c = costOf(t, zh)
	if zh.code() != "" || c.Requested < 300 || c.Remaining == nil {
		t.Fatalf("100 Chinese characters: cost %+v, want ≥ 300 points: %.300s", c, zh.body)
	}
	left := *c.Remaining

	// A text that costs 300 points more than what is left (the budget refills 10 a second),
	// though less than the whole budget: refused until the budget refills, nothing stored.
	sentences := (left+300)/len(sentence) + 1
	big := post(t, e.Handler, ingest, input("too big for the budget", sentences), editor...)
	if big.status != http.StatusTooManyRequests || big.code() != "RATE_LIMITED" || big.header.Get("Retry-After") == "" {
		t.Fatalf("%d bytes with %d points left: %d %q %.300s", sentences*len(sentence), left, big.status, big.code(), big.body)
	}
	docs, err := e.Store.Documents(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	titles := map[string]int{}
	for _, d := range docs {
		titles[d.Title]++
	}
	if titles["small"] != 1 || titles["zh"] != 1 || titles["too big for the budget"] != 0 {
		t.Errorf("documents by title %v: want the small one stored and the refused one not", titles)
	}
}
