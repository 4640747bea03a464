package httpserver

import (
	"bytes"
	"errors"
	"io"
	"mime"
	"net/http"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"

	"github.com/hkgraph/hkgraph/limits"
)

// guard admits only what the GraphQL-over-HTTP spec needs, each refusal a GraphQL error with a
// code: GET for queries (a mutation over GET → 405, or a link could change the graph), POST
// only as application/json (forms and multipart → 415: browsers send those cross-origin without
// a preflight, the CSRF vector), a body and query string of at most MaxBodyBytes (413, 414), one
// operation per request (a JSON array → 400). WebSocket upgrades pass: their limits are per
// connection and per subscription.
func (h *server) guard(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		if r.Header.Get("Upgrade") != "" {
			h.upgrade(w, r, next)
			return
		}
		switch r.Method {
		case http.MethodGet:
			if int64(len(r.URL.RawQuery)) > h.MaxBodyBytes {
				h.writeError(ctx, w, http.StatusRequestURITooLong, limits.CodeRequestTooLarge,
					"the query string is over %d bytes; POST the query instead", h.MaxBodyBytes)
				return
			}
			q := r.URL.Query()
			for _, p := range []string{"variables", "extensions"} {
				if v := q.Get(p); v != "" && !validJSONObject([]byte(v)) {
					h.badJSON(ctx, w, p+" parameter", []byte(v))
					return
				}
			}
			if isMutation(q.Get("query"), q.Get("operationName")) {
				w.Header().Set("Allow", "POST")
				h.writeError(ctx, w, http.StatusMethodNotAllowed, limits.CodeMethodNotAllowed, "mutations must be sent with POST")
				return
			}
			ctx = withGET(ctx)
		case http.MethodPost:
			mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
			if err != nil || mt != "application/json" {
				w.Header().Set("Accept-Post", "application/json")
				h.writeError(ctx, w, http.StatusUnsupportedMediaType, limits.CodeUnsupportedMediaType,
					"POST a JSON body with Content-Type: application/json (got %q)", r.Header.Get("Content-Type"))
				return
			}
			body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, h.MaxBodyBytes))
			var tooLarge *http.MaxBytesError
			switch {
			case errors.As(err, &tooLarge):
				h.writeError(ctx, w, http.StatusRequestEntityTooLarge, limits.CodeRequestTooLarge,
					"the request body is over %d bytes", h.MaxBodyBytes)
				return
			case err != nil:
				h.writeError(ctx, w, http.StatusBadRequest, limits.CodeBadRequest, "could not read the request body")
				return
			}
			if first := bytes.TrimLeft(body, " \t\r\n"); len(first) > 0 && first[0] == '[' {
				h.writeError(ctx, w, http.StatusBadRequest, limits.CodeBatchingNotSupported,
					"send one operation per request, not a JSON array (batching multiplies every limit)")
				return
			}
			if !validJSONObject(body) {
				h.badJSON(ctx, w, "request body", body)
				return
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
		case http.MethodOptions:
		default:
			w.Header().Set("Allow", "GET, POST, OPTIONS")
			h.writeError(ctx, w, http.StatusMethodNotAllowed, limits.CodeMethodNotAllowed, "use GET for queries or POST")
			return
		}
		// A client that goes away cancels r's context, and with it the Neo4j transaction. The
		// request's deadline is set further in, on the resolvers (boundOperation).
		next.ServeHTTP(w, r.WithContext(ctx))
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
