// Package httpserver is hkgraph's HTTP adapter: the GraphQL endpoint (gqlgen's handler with
// transports and extensions chosen explicitly), GraphiQL served from the binary, health and
// readiness probes, and Prometheus metrics.
package httpserver

import (
	"context"
	"log/slog"
	"net/http"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/coder/websocket"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/hkgraph/hkgraph/graph"
	"github.com/hkgraph/hkgraph/graph/dataload"
	"github.com/hkgraph/hkgraph/httpserver/graphiql"
	"github.com/hkgraph/hkgraph/internal/obs"
	"github.com/hkgraph/hkgraph/kg"
	"github.com/hkgraph/hkgraph/live"
)

// Pinger reports whether the database answers.
type Pinger interface {
	Ping(ctx context.Context) error
}

// Authenticator turns an Authorization header's bearer token into a principal.
type Authenticator interface {
	Authenticate(ctx context.Context, token string) (kg.Principal, error)
}

// Options configure the handler.
type Options struct {
	Store         kg.Reader
	Writer        kg.Writer
	Live          *live.Broker
	Ping          Pinger
	Auth          Authenticator // nil: every caller is anonymous, bearer tokens are refused
	Logger        *slog.Logger
	Metrics       *obs.Metrics
	Introspection bool // GraphiQL needs it
	GraphiQL      bool
	// CORSOrigins may call the API from a browser (and open subscriptions): full origins such
	// as https://app.example.org. Same-origin pages and clients that send no Origin (servers,
	// scripts) need no entry.
	CORSOrigins []string
}

// New returns hkgraph's HTTP handler.
func New(o Options) http.Handler {
	gql := graphqlHandler(o)
	mux := http.NewServeMux()
	mux.Handle("/graphql", o.withRequest("graphql", o.cors(gql)))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) { writeText(w, http.StatusOK, "ok\n") })
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		if err := o.Ping.Ping(ctx); err != nil {
			writeText(w, http.StatusServiceUnavailable, "neo4j unreachable\n")
			return
		}
		writeText(w, http.StatusOK, "ready\n")
	})
	mux.Handle("GET /metrics", promhttp.HandlerFor(o.Metrics.Registry, promhttp.HandlerOpts{}))
	if o.GraphiQL {
		mux.Handle("/", graphiql.Handler(graphiql.Options{
			Title: "hkgraph", Endpoint: "/graphql", SubscriptionEndpoint: "/graphql",
			HeaderEditorEnabled: true, Tabs: ExampleTabs,
		}))
	}
	return mux
}

func graphqlHandler(o Options) http.Handler {
	es := graph.NewExecutableSchema(graph.Config{Resolvers: &graph.Resolver{Store: o.Store, Writer: o.Writer, Live: o.Live}})
	srv := handler.New(es)
	srv.AddTransport(transport.Websocket{
		Implementation: transport.CoderWebsocketImplementation{AcceptOptions: websocket.AcceptOptions{
			// coder/websocket accepts same-origin and Origin-less clients; other browsers' origins
			// must be on the CORS allow-list.
			OriginPatterns: originHosts(o.CORSOrigins),
		}},
		KeepAlivePingInterval: 10 * time.Second,
		InitTimeout:           10 * time.Second,
		InitFunc:              o.websocketInit,
	})
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	if o.Introspection {
		srv.Use(extension.Introspection{})
	}
	srv.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](1000)})
	srv.SetErrorPresenter(graph.ErrorPresenter(o.Logger, o.Metrics))
	srv.SetRecoverFunc(graph.Recover(o.Logger))
	srv.AroundOperations(func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		// Loaders live for one operation: their cache never serves another request's data.
		return next(dataload.With(ctx, dataload.New(o.Store)))
	})
	srv.AroundResponses(o.countOperation)
	return rejectGetMutations(srv)
}

// countOperation records each GraphQL response by operation type, name and outcome.
func (o Options) countOperation(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	resp := next(ctx)
	if resp == nil || !graphql.HasOperationContext(ctx) {
		return resp
	}
	oc := graphql.GetOperationContext(ctx)
	kind, name := "unknown", oc.OperationName
	if oc.Operation != nil {
		kind = string(oc.Operation.Operation)
	}
	if name == "" {
		name = "anonymous"
	}
	outcome := "ok"
	if len(resp.Errors) > 0 {
		outcome = "error"
	}
	o.Metrics.GraphQLRequests.WithLabelValues(kind, name, outcome).Inc()
	return resp
}

func writeText(w http.ResponseWriter, status int, s string) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.WriteHeader(status)
	_, _ = w.Write([]byte(s))
}
