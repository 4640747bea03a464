package httpserver

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"strings"
	"time"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"

	"github.com/hkgraph/hkgraph/internal/obs"
	"github.com/hkgraph/hkgraph/kg"
)

// withRequest gives each request an id (echoed in X-Request-Id), marks its context so Neo4j
// work counts as source="request", resolves the caller, logs and times it.
func (o Options) withRequest(route string, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		id := newRequestID()
		w.Header().Set("X-Request-Id", id)
		ctx := obs.WithRequest(r.Context(), id)
		if h := r.Header.Get("Authorization"); h != "" {
			p, err := o.authenticate(ctx, h)
			if err != nil {
				writeGraphQLError(w, http.StatusUnauthorized, err.Error(), kg.CodeUnauthenticated)
				return
			}
			ctx = kg.WithPrincipal(ctx, p)
		}
		next.ServeHTTP(w, r.WithContext(ctx))
		d := time.Since(start)
		o.Metrics.RequestDuration.WithLabelValues(route, r.Method).Observe(d.Seconds())
		o.Logger.InfoContext(ctx, "request", "requestId", id, "method", r.Method, "path", r.URL.Path,
			"durationMs", float64(d.Microseconds())/1000, "neo4jRoundTrips", obs.RoundTrips(ctx))
	})
}

func (o Options) authenticate(ctx context.Context, header string) (kg.Principal, error) {
	token, ok := strings.CutPrefix(header, "Bearer ")
	if !ok || token == "" {
		return kg.Principal{}, kg.Errorf(kg.CodeUnauthenticated, "the Authorization header must be \"Bearer <API key or JWT>\"")
	}
	if o.Auth == nil {
		return kg.Principal{}, kg.Errorf(kg.CodeUnauthenticated, "this server accepts no credentials")
	}
	return o.Auth.Authenticate(ctx, token)
}

func newRequestID() string {
	b := make([]byte, 8)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// rejectGetMutations answers a mutation sent over GET with 405, as the GraphQL-over-HTTP spec
// says (gqlgen's GET transport would answer 406): GET must stay safe, or a link or an image
// tag could change the graph.
func rejectGetMutations(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodGet && r.Header.Get("Upgrade") == "" {
			q := r.URL.Query()
			if isMutation(q.Get("query"), q.Get("operationName")) {
				w.Header().Set("Allow", "POST")
				writeGraphQLError(w, http.StatusMethodNotAllowed, "mutations must be sent with POST", kg.CodeBadUserInput)
				return
			}
		}
		next.ServeHTTP(w, r)
	})
}

// isMutation reports whether the operation a GET would run is a mutation (or subscription).
func isMutation(query, opName string) bool {
	if query == "" {
		return false
	}
	doc, err := parser.ParseQuery(&ast.Source{Input: query})
	if err != nil {
		return false // the GraphQL handler reports the syntax error
	}
	for _, op := range doc.Operations {
		if (opName == "" || op.Name == opName) && op.Operation != ast.Query {
			return true
		}
	}
	return false
}

func writeGraphQLError(w http.ResponseWriter, status int, msg, code string) {
	w.Header().Set("Content-Type", "application/graphql-response+json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{
		"errors": []map[string]any{{"message": msg, "extensions": map[string]any{"code": code}}},
	})
}
