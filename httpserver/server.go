// Package httpserver is hkgraph's HTTP adapter: the GraphQL endpoint (gqlgen's handler with
// transports and extensions chosen explicitly), GraphiQL served from the binary, health and
// readiness probes, and Prometheus metrics.
package httpserver

import (
	"cmp"
	"context"
	"log/slog"
	"net/http"
	"net/netip"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/coder/websocket"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/vektah/gqlparser/v2/ast"
	"go.opentelemetry.io/otel/trace"
	"golang.org/x/time/rate"

	"github.com/hkgraph/hkgraph/graph"
	"github.com/hkgraph/hkgraph/graph/dataload"
	"github.com/hkgraph/hkgraph/httpserver/explorer"
	"github.com/hkgraph/hkgraph/httpserver/graphiql"
	"github.com/hkgraph/hkgraph/httpserver/persisted"
	"github.com/hkgraph/hkgraph/httpserver/ratelimit"
	"github.com/hkgraph/hkgraph/internal/obs"
	"github.com/hkgraph/hkgraph/kg"
	"github.com/hkgraph/hkgraph/limits"
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
	Introspection bool // GraphiQL needs it; off also hides "did you mean" field suggestions
	GraphiQL      bool
	Explorer      bool // the graph explorer at /explore/ (httpserver/explorer)
	// CORSOrigins may call the API from a browser (and open subscriptions): full origins such
	// as https://app.example.org. Same-origin pages and clients that send no Origin (servers,
	// scripts) need no entry.
	CORSOrigins []string

	// Limits bound each operation (zero fields: the limits package's defaults).
	Limits limits.Limits
	// MaxBodyBytes bounds a POST body and a GET query string (0: 64 KiB).
	MaxBodyBytes int64
	// RequestTimeout bounds a query's or mutation's resolvers, every Neo4j transaction in
	// them included, from the operation's start (0: 10 s). Subscriptions are not bounded by
	// it (their reads are, by the live broker's read timeout).
	RequestTimeout time.Duration
	// RateLimit is each anonymous caller's budget in cost points per minute (0: 300,000;
	// negative: not limited). RateLimitAuthenticated is an authenticated caller's (0: five
	// times RateLimit; negative: not limited).
	RateLimit, RateLimitAuthenticated int
	// TrustedProxies may set X-Forwarded-For: a request from one of them is attributed to the
	// address it forwarded for. Empty: the TCP peer is the caller.
	TrustedProxies []netip.Prefix
	// MaxSubscriptions per WebSocket connection (0: 10) and MaxConnections per caller (0: 10).
	MaxSubscriptions, MaxConnections int
	// TrustedDocuments, when set, is the only set of operations the server runs (persisted
	// queries by sha256 hash, or their exact text), with the explorer's own documents when it
	// serves the explorer; automatic persisted queries are then off.
	TrustedDocuments persisted.Manifest
	// Tracer, when set, records a span per HTTP request and per GraphQL operation and resolver.
	Tracer trace.Tracer
	// Done, when closed, closes every WebSocket connection (the server is shutting down: HTTP
	// requests drain, but subscriptions would never end by themselves).
	Done <-chan struct{}
}

const (
	websocketCloseTooMany    = 4429 // graphql-transport-ws's "too many" close code
	defaultUnpagedListSize   = 100
	subscriptionCapExtension = "SubscriptionCap"
)

// server is Options with defaults applied and the state shared by requests.
type server struct {
	Options
	limiter *ratelimit.Limiter
	sockets *socketCaps
	badLog  *rate.Limiter // malformed requests logged, at most one a second after a burst
}

// withDefaults applies the limits package's defaults to zero values.
func (o Options) withDefaults() Options {
	if o.MaxBodyBytes <= 0 {
		o.MaxBodyBytes = limits.DefaultMaxBodyBytes
	}
	if o.RequestTimeout <= 0 {
		o.RequestTimeout = limits.DefaultRequestTimeout
	}
	if o.RateLimit == 0 {
		o.RateLimit = limits.DefaultRateLimit
	}
	if o.RateLimitAuthenticated == 0 {
		o.RateLimitAuthenticated = max(o.RateLimit, 0) * limits.AuthenticatedRateFactor
		if o.RateLimit < 0 {
			o.RateLimitAuthenticated = -1
		}
	}
	o.MaxSubscriptions = cmp.Or(max(o.MaxSubscriptions, 0), limits.DefaultMaxSubscriptions)
	o.MaxConnections = cmp.Or(max(o.MaxConnections, 0), limits.DefaultMaxConnections)
	o.Limits = o.Limits.WithDefaults()
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	if _, ok := o.Logger.Handler().(obs.LogHandler); !ok {
		o.Logger = slog.New(obs.NewLogHandler(o.Logger.Handler()))
	}
	return o
}

// New returns hkgraph's HTTP handler.
func New(o Options) http.Handler {
	h := &server{Options: o.withDefaults()}
	h.limiter = ratelimit.New(h.RateLimit, h.RateLimitAuthenticated, ratelimit.DefaultCallers)
	h.sockets = &socketCaps{max: h.MaxConnections, open: map[string]int{}}
	h.badLog = newBadRequestLog()
	gql := h.graphqlHandler()
	mux := http.NewServeMux()
	mux.Handle("/graphql", h.withRequest("graphql", h.cors(h.guard(gql))))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) { writeText(w, http.StatusOK, "ok\n") })
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		if err := h.Ping.Ping(ctx); err != nil {
			writeText(w, http.StatusServiceUnavailable, "neo4j unreachable\n")
			return
		}
		writeText(w, http.StatusOK, "ready\n")
	})
	mux.Handle("GET /metrics", promhttp.HandlerFor(h.Metrics.Registry, promhttp.HandlerOpts{}))
	if h.Explorer {
		mux.Handle("/explore/", http.StripPrefix("/explore", explorer.Handler()))
	}
	if h.GraphiQL {
		mux.Handle("/", graphiql.Handler(graphiql.Options{
			Title: "hkgraph", Endpoint: "/graphql", SubscriptionEndpoint: "/graphql",
			HeaderEditorEnabled: true, Tabs: ExampleTabs,
		}))
	}
	return h.traceHTTP(mux)
}

func (h *server) graphqlHandler() http.Handler {
	es := graph.NewExecutableSchema(graph.Config{Resolvers: &graph.Resolver{Store: h.Store, Writer: h.Writer, Live: h.Live}})
	srv := handler.New(es)
	srv.AddTransport(transport.Websocket{
		Implementation: uniqueIDs{transport.CoderWebsocketImplementation{AcceptOptions: websocket.AcceptOptions{
			// coder/websocket accepts same-origin and Origin-less clients; other browsers' origins
			// must be on the CORS allow-list.
			OriginPatterns: originHosts(h.CORSOrigins),
		}}},
		KeepAlivePingInterval: 10 * time.Second,
		InitTimeout:           10 * time.Second, // connection_init must come within 10 s
		InitFunc:              h.websocketInit,
		PayloadReadLimit:      &h.MaxBodyBytes,
	})
	// Only GET (queries) and POST with application/json: guard answers anything else with 405
	// or 415, so no form or multipart transport (a CSRF vector) is added.
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	docs := limits.NewDocumentCache(limits.DefaultDocumentCacheBytes)
	srv.SetQueryCache(docs)
	srv.SetParserTokenLimit(h.Limits.MaxTokens)
	if h.Introspection {
		srv.Use(extension.Introspection{})
	} else {
		// Without introspection, "Did you mean …?" would still leak the schema field by field.
		srv.SetDisableSuggestion(true)
	}
	if h.TrustedDocuments != nil {
		srv.Use(persisted.Extension{Manifest: h.trustedDocuments()})
	} else {
		srv.Use(extension.AutomaticPersistedQuery{Cache: limits.NewTextCache(limits.DefaultPersistedCacheBytes)})
	}
	srv.Use(operationIDs{})
	srv.Use(getQueriesOnly{})
	srv.Use(limits.New(limits.Extension{
		Limits: h.Limits, Sizes: graph.CostSizes(), Work: graph.CostWork(), DefaultListSize: defaultUnpagedListSize,
		Budget: budget{h}, OnRateLimited: h.rateLimited, OnCost: h.observeCost, NoIntrospection: !h.Introspection,
		Documents: docs,
	}))
	srv.Use(subscriptionCap{max: h.MaxSubscriptions})
	present := withOperationID(graph.ErrorPresenter(h.Logger, h.Metrics))
	if !h.Introspection {
		present = withoutSuggestions(present)
	}
	srv.SetErrorPresenter(present)
	srv.SetRecoverFunc(graph.Recover(h.Logger))
	srv.AroundOperations(func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		// Loaders live for one operation: their cache never serves another request's data.
		return next(dataload.With(ctx, dataload.New(h.Store)))
	})
	srv.AroundRootFields(h.boundOperation)
	srv.AroundResponses(h.countOperation)
	h.traceGraphQL(srv)
	return srv
}

// countOperation records each GraphQL response by operation type, name and outcome, and puts
// the request id in every response's extensions.
func (h *server) countOperation(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	resp := next(ctx)
	if resp == nil {
		return resp
	}
	if id := requestID(ctx); id != "" {
		if resp.Extensions == nil {
			resp.Extensions = map[string]any{}
		}
		resp.Extensions["requestId"] = id
	}
	if !graphql.HasOperationContext(ctx) {
		return resp
	}
	oc := graphql.GetOperationContext(ctx)
	kind, name := "unknown", h.Metrics.OperationLabel(operationName(oc))
	if oc.Operation != nil {
		kind = string(oc.Operation.Operation)
	}
	outcome := "ok"
	if len(resp.Errors) > 0 {
		outcome = "error"
	}
	h.Metrics.GraphQLRequests.WithLabelValues(kind, name, outcome).Inc()
	if kind != string(ast.Subscription) && !oc.Stats.OperationStart.IsZero() {
		h.Metrics.OperationDuration.WithLabelValues(kind, name).Observe(time.Since(oc.Stats.OperationStart).Seconds())
	}
	return resp
}

// operationName is the operation's own name, which clients often send without operationName.
func operationName(oc *graphql.OperationContext) string {
	if oc.OperationName == "" && oc.Operation != nil {
		return oc.Operation.Name
	}
	return oc.OperationName
}

// observeCost records an admitted operation's cost.
func (h *server) observeCost(_ context.Context, op *ast.OperationDefinition, cost int) {
	h.Metrics.Cost.WithLabelValues(string(op.Operation), h.Metrics.OperationLabel(op.Name)).Observe(float64(cost))
}

func writeText(w http.ResponseWriter, status int, s string) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.WriteHeader(status)
	_, _ = w.Write([]byte(s))
}

// trustedDocuments are the operator's trusted documents and, when this server serves the
// explorer, the explorer's (its build's manifest, generated with its typed operations).
func (h *server) trustedDocuments() persisted.Manifest {
	if !h.Explorer {
		return h.TrustedDocuments
	}
	docs, err := explorer.Documents()
	if err != nil {
		panic(err) // the embedded build is broken: `make explorer-check` and the tests catch it first
	}
	return h.TrustedDocuments.With(docs)
}
