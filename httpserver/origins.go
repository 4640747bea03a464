package httpserver

import (
	"context"
	"net/http"
	"net/url"

	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/rs/cors"

	"github.com/hkgraph/hkgraph/kg"
)

// cors answers preflight requests and sets CORS headers for the allowed origins (rs/cors).
func (o Options) cors(next http.Handler) http.Handler {
	return cors.New(cors.Options{
		AllowedOrigins: o.CORSOrigins,
		AllowedMethods: []string{http.MethodGet, http.MethodPost},
		AllowedHeaders: []string{"Authorization", "Content-Type", "Accept"},
		ExposedHeaders: []string{"X-Request-Id", "Retry-After"},
		MaxAge:         600,
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

// websocketInit takes the caller's identity from the connection_init payload
// ({"Authorization": "Bearer …"}); without one the subscriber is anonymous.
func (o Options) websocketInit(ctx context.Context, p transport.InitPayload) (context.Context, *transport.InitPayload, error) {
	h := p.Authorization()
	if h == "" {
		return ctx, &p, nil
	}
	principal, err := o.authenticate(ctx, h)
	if err != nil {
		return ctx, nil, err
	}
	return kg.WithPrincipal(ctx, principal), &p, nil
}
