package cli

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/hkgraph/hkgraph/auth"
	"github.com/hkgraph/hkgraph/graph"
	"github.com/hkgraph/hkgraph/httpserver"
	"github.com/hkgraph/hkgraph/httpserver/persisted"
	"github.com/hkgraph/hkgraph/internal/obs"
	"github.com/hkgraph/hkgraph/internal/tracing"
	"github.com/hkgraph/hkgraph/limits"
	"github.com/hkgraph/hkgraph/live"
	"github.com/hkgraph/hkgraph/neo4jstore"
)

const (
	// drainTimeout is how long shutdown waits for in-flight requests.
	drainTimeout = 30 * time.Second
	// tracingFlushTimeout bounds sending the last spans on exit.
	tracingFlushTimeout = 5 * time.Second
)

func runServe(ctx context.Context, a *App, args []string) error {
	fs := newFlags("serve", a)
	addr := fs.String("addr", a.Config.Addr, "listen address (HKGRAPH_ADDR)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	a.Config.Addr = *addr
	// The server starts even when Neo4j is down: /readyz says so, requests get
	// DATABASE_UNAVAILABLE, and the driver reconnects by itself when Neo4j is back.
	connectCtx, cancel := context.WithTimeout(ctx, 3*time.Second)
	d, err := neo4jstore.Connect(connectCtx, a.Config.Neo4jURI, a.Config.Neo4jUser, a.Config.Neo4jPassword)
	cancel()
	if err == nil {
		// An upgraded server brings an older database's schema up to date.
		if err := a.loaderStore(d).Migrate(ctx, a.Log); err != nil {
			return err
		}
	} else {
		a.Log.Warn("neo4j not reachable yet; serving anyway", "uri", a.Config.Neo4jURI, "err", err)
		if d, err = neo4jstore.Open(a.Config.Neo4jURI, a.Config.Neo4jUser, a.Config.Neo4jPassword); err != nil {
			return err
		}
	}
	defer d.Close(context.Background())
	return serve(ctx, a, d)
}

// serve runs the HTTP server until ctx ends, then lets in-flight requests finish.
func serve(ctx context.Context, a *App, d neo4j.DriverWithContext) error {
	tuneGC(a.Log)
	metrics := obs.NewMetrics()
	st := a.store(d, metrics)
	authn, err := auth.New(auth.Options{
		Keys: st, JWTSecret: a.Config.JWTSecret, JWKSURL: a.Config.JWKSURL, RoleClaim: a.Config.JWTRoleClaim,
		Issuer: a.Config.JWTIssuer, Audience: a.Config.JWTAudience, Logger: a.Log,
	})
	if err != nil {
		return err
	}
	defer authn.Close()
	opts, err := a.httpOptions()
	if err != nil {
		return err
	}
	tracer, stopTracing, err := tracing.Setup(ctx, a.Config.OTel, "dev", a.Stdout)
	if err != nil {
		return err
	}
	defer func() {
		// Flushing spans must not hold up the exit when the collector does not answer.
		flushCtx, cancel := context.WithTimeout(context.Background(), tracingFlushTimeout)
		defer cancel()
		_ = stopTracing(flushCtx)
	}()
	opts.Store, opts.Writer, opts.Live, opts.Ping, opts.Auth = st, st, live.New(ctx, st, live.Options{Logger: a.Log}), st, authn
	opts.Logger, opts.Metrics, opts.Tracer, opts.Done = a.Log, metrics, tracer, ctx.Done()
	h := httpserver.New(opts)
	if err := servePprof(ctx, a); err != nil {
		return fmt.Errorf("HKGRAPH_PPROF_ADDR: %w", err)
	}
	srv := &http.Server{
		Addr: a.Config.Addr, Handler: h,
		ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second,
		WriteTimeout: 60 * time.Second, IdleTimeout: 120 * time.Second,
		BaseContext: func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	ln, err := a.listen()
	if err != nil {
		return err
	}
	a.Log.Info("serving", "url", "http://"+ln.Addr().String()+"/", "graphql", "http://"+ln.Addr().String()+"/graphql",
		"explorer", "http://"+ln.Addr().String()+"/explore/")
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	a.Log.Info("shutting down: finishing in-flight requests")
	shutdownCtx, cancel := context.WithTimeout(context.Background(), drainTimeout)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// httpOptions turns the configuration's limits into handler options (0 in the environment
// turns a rate limit off, which the handler spells as a negative budget).
func (a *App) httpOptions() (httpserver.Options, error) {
	c := a.Config
	off := func(n int) int {
		if n == 0 {
			return -1
		}
		return n
	}
	o := httpserver.Options{
		Introspection: c.Introspection, GraphiQL: c.GraphiQL, Explorer: true, CORSOrigins: c.CORSOrigins,
		Limits: limits.Limits{
			MaxDepth: c.MaxDepth, MaxAliases: c.MaxAliases, MaxDirectives: c.MaxDirectives,
			MaxTokens: c.MaxTokens, MaxCost: c.MaxCost, MaxDuplicateFields: c.MaxDuplicateFields,
		},
		MaxBodyBytes: c.MaxBodyBytes, RequestTimeout: c.RequestTimeout,
		RateLimit: off(c.RateLimit), RateLimitAuthenticated: off(c.RateLimitAuth),
		TrustedProxies: c.TrustedProxies, MaxSubscriptions: c.MaxSubscriptions, MaxConnections: c.MaxConnections,
	}
	if c.TrustedDocuments != "" {
		m, err := persisted.Load(c.TrustedDocuments, "HKGRAPH_TRUSTED_DOCUMENTS", graph.NewExecutableSchema(graph.Config{}).Schema())
		if err != nil {
			return o, err
		}
		o.TrustedDocuments = m
		a.Log.Info("trusted documents only", "documents", len(m), "manifest", c.TrustedDocuments)
	}
	return o, nil
}
