// Package apitest runs hkgraph end to end for tests: the real HTTP handler and middleware over
// a real Neo4j (started by internal/testdb), seeded with the real dataset, queried through
// gqlgen's client package.
package apitest

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/99designs/gqlgen/client"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/hkgraph/hkgraph/httpserver"
	"github.com/hkgraph/hkgraph/internal/obs"
	"github.com/hkgraph/hkgraph/internal/testdb"
	"github.com/hkgraph/hkgraph/kg"
	"github.com/hkgraph/hkgraph/live"
	"github.com/hkgraph/hkgraph/loaders"
	"github.com/hkgraph/hkgraph/neo4jstore"
)

// Tokens the test authenticator accepts.
const (
	EditorToken = "test-editor"
	AdminToken  = "test-admin"
	ReaderToken = "test-reader" // a valid identity without a write role
)

// tokens stands in for the credential check only: it is not a database. API keys and JWTs are
// tested against Neo4j in package auth.
type tokens map[string]kg.Principal

func (t tokens) Authenticate(_ context.Context, token string) (kg.Principal, error) {
	if p, ok := t[token]; ok {
		return p, nil
	}
	return kg.Principal{}, kg.Errorf(kg.CodeUnauthenticated, "unknown token")
}

// Env is a running API over a seeded Neo4j.
type Env struct {
	Driver  neo4j.DriverWithContext
	Store   *neo4jstore.Store
	Metrics *obs.Metrics
	Handler http.Handler
	Client  *client.Client
	Options httpserver.Options // what Handler was built from
}

// New wipes the test database, migrates and seeds it, and builds the handler.
func New(t testing.TB) *Env { return NewWith(t, neo4jstore.Options{}) }

// NewWith is New with store options (a low DenseDegree, say, to page seeded entities through
// the dense-node path).
func NewWith(t testing.TB, opts neo4jstore.Options) *Env {
	t.Helper()
	d := testdb.Driver(t)
	m := obs.NewMetrics()
	opts.Metrics = m
	st := neo4jstore.New(d, opts)
	e := &Env{Driver: d, Store: st, Metrics: m}
	e.Reseed(t)
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	// The broker lives as long as the test binary, not as the test that built the Env: an
	// Env may be shared by a package's tests.
	broker := live.New(context.Background(), st, live.Options{Interval: 50 * time.Millisecond, Logger: log})
	e.Options = httpserver.Options{
		Store: st, Writer: st, Live: broker, Ping: st, Logger: log, Metrics: m,
		Introspection: true, GraphiQL: true,
		Auth: tokens{
			EditorToken: {Name: "alice", Role: kg.RoleEditor},
			AdminToken:  {Name: "root", Role: kg.RoleAdmin},
			ReaderToken: {Name: "bob"},
		},
	}
	e.Handler = httpserver.New(e.Options)
	e.Client = client.New(e.Handler, client.Path("/graphql"))
	return e
}

// Rebuild returns an Env over the same database whose handler is built from options that
// change adjusts (limits, production mode, a store that fails), with fresh rate-limit budgets.
// The database is not reseeded; metrics are shared.
func (e *Env) Rebuild(change func(*httpserver.Options)) *Env {
	c := *e
	change(&c.Options)
	c.Handler = httpserver.New(c.Options)
	c.Client = client.New(c.Handler, client.Path("/graphql"))
	return &c
}

// Reseed wipes the database and loads the seed dataset again.
func (e *Env) Reseed(t testing.TB) {
	t.Helper()
	testdb.Wipe(t, e.Driver)
	ctx := context.Background()
	// Bulk work gets the loaders' long transaction timeout, as in `hkgraph seed`.
	bulk := neo4jstore.New(e.Driver, neo4jstore.Options{TxTimeout: 5 * time.Minute})
	if err := bulk.Migrate(ctx, slog.New(slog.NewTextHandler(io.Discard, nil))); err != nil {
		t.Fatalf("migrate: %v", err)
	}
	if _, err := loaders.Seed(ctx, bulk, slog.New(slog.NewTextHandler(io.Discard, nil))); err != nil {
		t.Fatalf("seed: %v", err)
	}
}

// RequestRoundTrips is the number of Neo4j round trips made for client requests so far.
func (e *Env) RequestRoundTrips() float64 {
	return testutil.ToFloat64(e.Metrics.Neo4jQueries.WithLabelValues("request"))
}

// Response is a GraphQL response.
type Response struct {
	Data       json.RawMessage `json:"data"`
	Errors     []Error         `json:"errors"`
	Extensions map[string]any  `json:"extensions"`
}

// Error is a GraphQL error.
type Error struct {
	Message    string         `json:"message"`
	Path       []any          `json:"path"`
	Extensions map[string]any `json:"extensions"`
}

// Code is the error's extensions.code.
func (e Error) Code() string { c, _ := e.Extensions["code"].(string); return c }

// Do posts a query with variables (nil for none) and an optional bearer token.
func (e *Env) Do(t testing.TB, query string, vars map[string]any, token string) Response {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(string(body)))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	rec := httptest.NewRecorder()
	e.Handler.ServeHTTP(rec, req)
	var r Response
	if err := json.Unmarshal(rec.Body.Bytes(), &r); err != nil {
		t.Fatalf("response is not JSON (%d): %s", rec.Code, rec.Body.String())
	}
	return r
}

// Data posts a query that must succeed and decodes its data into out.
func (e *Env) Data(t testing.TB, query string, vars map[string]any, token string, out any) {
	t.Helper()
	r := e.Do(t, query, vars, token)
	if len(r.Errors) > 0 {
		t.Fatalf("query failed: %+v\nquery: %s", r.Errors, query)
	}
	if err := json.Unmarshal(r.Data, out); err != nil {
		t.Fatalf("decoding %s: %v", r.Data, err)
	}
}

// ErrorCode posts a query that must fail and returns the first error's code and message.
func (e *Env) ErrorCode(t testing.TB, query string, vars map[string]any, token string) (string, string) {
	t.Helper()
	r := e.Do(t, query, vars, token)
	if len(r.Errors) == 0 {
		t.Fatalf("query succeeded, want an error: %s\n%s", query, r.Data)
	}
	return r.Errors[0].Code(), r.Errors[0].Message
}
