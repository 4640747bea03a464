package httpserver_test

import (
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/hkgraph/hkgraph/httpserver"
	"github.com/hkgraph/hkgraph/internal/obs"
	"github.com/hkgraph/hkgraph/internal/testwait"
	"github.com/hkgraph/hkgraph/live"
)

func get(t *testing.T, h http.Handler, target string) *httptest.ResponseRecorder {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, target, nil))
	return rec
}

func TestHTTPEndpoints(t *testing.T) {
	e := readEnv(t)
	tests := []struct {
		name, target string
		status       int
		contains     string
	}{
		{"healthz", "/healthz", 200, "ok"},
		{"readyz", "/readyz", 200, "ready"},
		{"graphiql", "/", 200, "graphiql"},
		{"metrics", "/metrics", 200, "hkgraph_neo4j_queries_total"},
		{"query over GET", "/graphql?query=" + url.QueryEscape("{ entity(id: \"hkic\") { name } }"), 200, "Hong Kong Investment"},
		{"mutation over GET", "/graphql?query=" + url.QueryEscape(`mutation { deleteEntity(id: "hkic") }`), 405, "POST"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := get(t, e.Handler, tt.target)
			if rec.Code != tt.status || !strings.Contains(strings.ToLower(rec.Body.String()), strings.ToLower(tt.contains)) {
				t.Errorf("GET %s: %d %.200s", tt.target, rec.Code, rec.Body.String())
			}
		})
	}
	rec := get(t, e.Handler, "/metrics")
	for _, m := range []string{`hkgraph_neo4j_queries_total{source="request"}`, "hkgraph_graphql_requests_total", "hkgraph_http_request_duration_seconds"} {
		if !strings.Contains(rec.Body.String(), m) {
			t.Errorf("/metrics lacks %s", m)
		}
	}
}

// Neo4j going away: the server keeps answering, with DATABASE_UNAVAILABLE and a 503 from
// /readyz, and recovers by itself when Neo4j is back.
func TestDatabaseUnavailableAndRecovery(t *testing.T) {
	if testing.Short() {
		t.Skip("starts and stops its own Neo4j")
	}
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	start, inst, st := ownStore(t, 2*time.Minute)
	m := obs.NewMetrics()
	h := httpserver.New(httpserver.Options{Store: st, Writer: st, Live: live.New(t.Context(), st, live.Options{Logger: quiet}), Ping: st, Logger: quiet, Metrics: m})
	query := func() (int, string) {
		body := `{"query": "{ stats { entityCount } }"}`
		req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		var r struct {
			Errors []struct {
				Message    string
				Extensions map[string]any
			}
		}
		_ = json.Unmarshal(rec.Body.Bytes(), &r)
		if len(r.Errors) > 0 {
			code, _ := r.Errors[0].Extensions["code"].(string)
			return rec.Code, code
		}
		return rec.Code, ""
	}
	if _, code := query(); code != "" {
		t.Fatalf("with Neo4j up: %s", code)
	}
	if err := inst.Stop(); err != nil {
		t.Fatal(err)
	}
	if _, code := query(); code != "DATABASE_UNAVAILABLE" {
		t.Errorf("with Neo4j down: %q, want DATABASE_UNAVAILABLE", code)
	}
	if rec := get(t, h, "/readyz"); rec.Code != http.StatusServiceUnavailable {
		t.Errorf("/readyz with Neo4j down: %d", rec.Code)
	}
	if rec := get(t, h, "/healthz"); rec.Code != http.StatusOK {
		t.Errorf("/healthz must stay 200: %d", rec.Code)
	}
	inst = start()
	defer inst.Stop()
	// Generous: a restarted Neo4j plans its first queries slowly on a loaded 2-core machine.
	// What is tested is that the server recovers by itself, not how fast.
	var code string
	if !testwait.Until(2*time.Minute, func() bool {
		_, code = query()
		return code == "" && get(t, h, "/readyz").Code == http.StatusOK
	}) {
		t.Fatalf("did not recover after Neo4j came back: %q", code)
	}
}
