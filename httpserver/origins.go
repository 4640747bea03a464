package httpserver

import (
	"net/http"
	"net/url"

	"github.com/rs/cors"
)

// cors answers preflight requests and sets CORS headers for the allowed origins (rs/cors).
// No origins means same-origin only: rs/cors reads an empty AllowedOrigins as "every origin",
// so an empty list gets a function that allows none.
func (h *server) cors(next http.Handler) http.Handler {
	var none func(string) bool
	if len(h.CORSOrigins) == 0 {
		none = func(string) bool { return false }
	}
	return cors.New(cors.Options{
		AllowedOrigins:  h.CORSOrigins,
		AllowOriginFunc: none,
		AllowedMethods:  []string{http.MethodGet, http.MethodPost},
		AllowedHeaders:  []string{"Authorization", "Content-Type", "Accept"},
		ExposedHeaders:  []string{"X-Request-Id", "Retry-After"},
		MaxAge:          600,
	}).Handler(next)
}

// originHosts turns origins into the host patterns coder/websocket matches Origin against.
func originHosts(origins []string) []string {
	var out []string
	for _, o := range origins {
		if u, err := url.Parse(o); err == nil && u.Host != "" {
			out = append(out, u.Host)
		}
	}
	return out
}
