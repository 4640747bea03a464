package httpserver

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/hkgraph/hkgraph/internal/obs"
	"github.com/hkgraph/hkgraph/kg"
	"github.com/hkgraph/hkgraph/limits"
)

// withRequest gives each request an id (echoed in X-Request-Id), marks its context so Neo4j
// work counts as source="request", resolves the caller (principal and client address), logs
// and times it.
func (h *server) withRequest(route string, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		id := newRequestID()
		w.Header().Set("X-Request-Id", id)
		ctx := obs.WithRequest(r.Context(), id)
		ctx = withClientAddr(ctx, h.clientAddr(r))
		if r.Header.Get("Upgrade") == "" {
			// The GraphQL transports pick the status; a rate-limit refusal overrides it.
			ref := &refusal{}
			ctx = context.WithValue(ctx, refusalKey{}, ref)
			w = &statusWriter{ResponseWriter: w, ref: ref}
		}
		if a := r.Header.Get("Authorization"); a != "" {
			p, err := h.authenticate(ctx, a)
			if err != nil {
				h.writeError(ctx, w, http.StatusUnauthorized, kg.CodeUnauthenticated, "%s", messageOf(err))
				return
			}
			ctx = kg.WithPrincipal(ctx, p)
		}
		next.ServeHTTP(w, r.WithContext(ctx))
		d := time.Since(start)
		h.Metrics.RequestDuration.WithLabelValues(route, r.Method).Observe(d.Seconds())
		h.Logger.InfoContext(ctx, "request", "method", r.Method, "path", r.URL.Path,
			"durationMs", float64(d.Microseconds())/1000, "neo4jRoundTrips", obs.RoundTrips(ctx))
	})
}

func (h *server) authenticate(ctx context.Context, header string) (kg.Principal, error) {
	token, ok := strings.CutPrefix(header, "Bearer ")
	if !ok || token == "" {
		return kg.Principal{}, kg.Errorf(kg.CodeUnauthenticated, "the Authorization header must be \"Bearer <API key or JWT>\"")
	}
	if h.Auth == nil {
		return kg.Principal{}, kg.Errorf(kg.CodeUnauthenticated, "this server accepts no credentials")
	}
	return h.Auth.Authenticate(ctx, token)
}

// messageOf is what a client may read of err: a coded error's message, else nothing specific.
func messageOf(err error) string {
	if ke, ok := err.(*kg.Error); ok {
		return ke.Message
	}
	return "invalid credentials"
}

func newRequestID() string {
	b := make([]byte, 8)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// refusal is how the GraphQL layer asks for an HTTP status the transports would not choose:
// 429 with Retry-After for a rate-limited operation.
type refusal struct {
	status     int
	retryAfter time.Duration
	allow      string // the Allow header of a 405
}

type refusalKey struct{}

// statusWriter applies a refusal's status when the transport writes its own.
type statusWriter struct {
	http.ResponseWriter
	ref   *refusal
	wrote bool
}

func (w *statusWriter) WriteHeader(code int) {
	if !w.wrote {
		w.wrote = true
		if w.ref.status != 0 {
			code = w.ref.status
			if w.ref.allow != "" {
				w.Header().Set("Allow", w.ref.allow)
			}
			if w.ref.retryAfter > 0 {
				w.Header().Set("Retry-After", strconv.Itoa(int((w.ref.retryAfter+time.Second-1)/time.Second)))
			}
		}
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if !w.wrote {
		w.WriteHeader(http.StatusOK)
	}
	return w.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the connection's writer.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// rateLimited turns a refusal by the budget into 429 with Retry-After, and counts it.
func (h *server) rateLimited(ctx context.Context, retryAfter time.Duration) {
	if ref, _ := ctx.Value(refusalKey{}).(*refusal); ref != nil {
		ref.status, ref.retryAfter = http.StatusTooManyRequests, retryAfter
	}
	kind := "anonymous"
	if h.caller(ctx).Authenticated {
		kind = "authenticated"
	}
	h.Metrics.RateLimited.WithLabelValues(kind).Inc()
}

// writeError answers with a GraphQL error outside gqlgen's transports (before one is chosen),
// carrying the same extensions as every other response: code, requestId and cost.
func (h *server) writeError(ctx context.Context, w http.ResponseWriter, status int, code, format string, args ...any) {
	ext := map[string]any{"code": code}
	gqlErr := limits.Errorf(code, ext, format, args...)
	resp := map[string]any{"errors": []any{gqlErr}, "extensions": h.extensions(ctx)}
	if id := obs.RequestID(ctx); id != "" {
		ext["requestId"] = id
	}
	w.Header().Set("Content-Type", "application/graphql-response+json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(resp)
}

// extensions are the response extensions of a request refused before any operation ran.
func (h *server) extensions(ctx context.Context) map[string]any {
	c := limits.Cost{Limit: h.Limits.MaxCost}
	if r, ok := (budget{h}).Remaining(ctx); ok {
		c.Remaining = &r
	}
	ext := map[string]any{"cost": c}
	if id := obs.RequestID(ctx); id != "" {
		ext["requestId"] = id
	}
	return ext
}
