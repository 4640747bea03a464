// Package obs carries observability through contexts and into Prometheus: whether database work
// is done for a client request or in the background, how many Neo4j round trips a request made,
// and the collectors /metrics exposes.
package obs

import (
	"context"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

type ctxKey int

const requestKey ctxKey = iota

// request is what a client request carries: its id and a count of its Neo4j round trips.
type request struct {
	id         string
	roundTrips atomic.Int64
}

// WithRequest marks ctx as serving a client request; Neo4j work under it counts as
// source="request" and adds to RoundTrips(ctx).
func WithRequest(ctx context.Context, id string) context.Context {
	return context.WithValue(ctx, requestKey, &request{id: id})
}

// RequestID returns the id given to WithRequest, or "".
func RequestID(ctx context.Context) string {
	if r, _ := ctx.Value(requestKey).(*request); r != nil {
		return r.id
	}
	return ""
}

// RoundTrips returns how many Neo4j round trips were made under ctx's request so far.
func RoundTrips(ctx context.Context) int64 {
	if r, _ := ctx.Value(requestKey).(*request); r != nil {
		return r.roundTrips.Load()
	}
	return 0
}

// Background keeps ctx's cancellation and deadline but not its request: Neo4j work under
// the result counts as source="background" and not toward the request's round trips. It is
// for work a request starts on behalf of others, such as a subscription's reads.
func Background(ctx context.Context) context.Context {
	return context.WithValue(ctx, requestKey, (*request)(nil))
}

// Source is "request" under WithRequest (and not Background), else "background".
func Source(ctx context.Context) string {
	if r, _ := ctx.Value(requestKey).(*request); r != nil {
		return "request"
	}
	return "background"
}

// Metrics are hkgraph's Prometheus collectors.
type Metrics struct {
	Registry        *prometheus.Registry
	Neo4jQueries    *prometheus.CounterVec
	Neo4jDuration   *prometheus.HistogramVec
	GraphQLRequests *prometheus.CounterVec
	RequestDuration *prometheus.HistogramVec
	Errors          *prometheus.CounterVec
	// OperationDuration times each GraphQL operation by type and name.
	OperationDuration *prometheus.HistogramVec
	// Cost is the cost (nodes it can return) of each admitted operation.
	Cost *prometheus.HistogramVec
	// RateLimited counts operations refused because the caller's budget was spent.
	RateLimited *prometheus.CounterVec

	ops operationNames
}

// NewMetrics registers the collectors on a new registry (with Go and process collectors).
func NewMetrics() *Metrics {
	m := &Metrics{
		Registry: prometheus.NewRegistry(),
		Neo4jQueries: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "hkgraph_neo4j_queries_total",
			Help: "Round trips to Neo4j, by source (request: for a client request; background: anything else).",
		}, []string{"source"}),
		Neo4jDuration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "hkgraph_neo4j_query_duration_seconds",
			Help:    "Latency of Neo4j round trips.",
			Buckets: prometheus.ExponentialBuckets(0.0005, 2, 16),
		}, []string{"source"}),
		GraphQLRequests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "hkgraph_graphql_requests_total",
			Help: "GraphQL operations, by operation type, name and outcome (ok or error).",
		}, []string{"type", "operation", "outcome"}),
		RequestDuration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "hkgraph_http_request_duration_seconds",
			Help:    "HTTP request latency by route.",
			Buckets: prometheus.ExponentialBuckets(0.001, 2, 15),
		}, []string{"route", "method"}),
		Errors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "hkgraph_graphql_errors_total",
			Help: "GraphQL errors by extensions.code.",
		}, []string{"code"}),
		OperationDuration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "hkgraph_graphql_operation_duration_seconds",
			Help:    "GraphQL operation latency by operation type and name.",
			Buckets: prometheus.ExponentialBuckets(0.001, 2, 15),
		}, []string{"type", "operation"}),
		Cost: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "hkgraph_graphql_cost",
			Help:    "Cost of admitted GraphQL operations (nodes they can return), by operation type and name.",
			Buckets: []float64{1, 10, 100, 1000, 5000, 10000, 25000, 50000},
		}, []string{"type", "operation"}),
		RateLimited: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "hkgraph_rate_limited_total",
			Help: "Operations refused with RATE_LIMITED, by caller kind (anonymous or authenticated).",
		}, []string{"caller"}),
	}
	m.ops.seen = map[string]bool{}
	m.Registry.MustRegister(m.Neo4jQueries, m.Neo4jDuration, m.GraphQLRequests, m.RequestDuration, m.Errors,
		m.OperationDuration, m.Cost, m.RateLimited,
		prometheus.NewGoCollector(), prometheus.NewProcessCollector(prometheus.ProcessCollectorOpts{}))
	return m
}

// ObserveQuery records one Neo4j round trip made under ctx. m may be nil (CLI tools).
func (m *Metrics) ObserveQuery(ctx context.Context, d time.Duration) {
	if r, _ := ctx.Value(requestKey).(*request); r != nil {
		r.roundTrips.Add(1)
	}
	if m == nil {
		return
	}
	src := Source(ctx)
	m.Neo4jQueries.WithLabelValues(src).Inc()
	m.Neo4jDuration.WithLabelValues(src).Observe(d.Seconds())
}
