package httpserver

import (
	"context"
	"encoding/json"
	"net/http"
	"time"
	"unicode/utf8"

	"golang.org/x/time/rate"

	"github.com/hkgraph/hkgraph/limits"
)

// Malformed requests are the cheapest thing an attacker can send, so what one costs in logs is
// bounded twice: each line quotes at most badExcerptBytes of the body, and at most
// badLogBurst lines are written, then one a second (the rest are dropped, not queued).
const (
	badExcerptBytes = 120
	badLogBurst     = 5
)

func newBadRequestLog() *rate.Limiter { return rate.NewLimiter(rate.Every(time.Second), badLogBurst) }

// validJSONObject reports whether b is one JSON object (a GraphQL request body, or the
// variables or extensions of a GET).
func validJSONObject(b []byte) bool {
	var v map[string]json.RawMessage
	return json.Unmarshal(b, &v) == nil
}

// badJSON answers 400 BAD_REQUEST for a body or parameter that is not a JSON object and logs a
// short excerpt of it at WARN, rate-limited.
func (h *server) badJSON(ctx context.Context, w http.ResponseWriter, what string, b []byte) {
	if h.badLog.Allow() {
		h.Logger.WarnContext(ctx, "malformed request", "part", what, "bytes", len(b), "excerpt", excerpt(b, badExcerptBytes))
	}
	h.writeError(ctx, w, http.StatusBadRequest, limits.CodeBadRequest, "the %s is not a JSON object", what)
}

// excerpt is at most n bytes of b, cut at a rune boundary.
func excerpt(b []byte, n int) string {
	if len(b) <= n {
		return string(b)
	}
	b = b[:n]
	for len(b) > 0 && !utf8.Valid(b) {
		b = b[:len(b)-1]
	}
	return string(b) + "…"
}
