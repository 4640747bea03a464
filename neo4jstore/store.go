package neo4jstore

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"slices"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/hkgraph/hkgraph/internal/obs"
	"github.com/hkgraph/hkgraph/kg"
)

// Store runs hkgraph's Cypher on one Neo4j database.
type Store struct {
	driver    neo4j.DriverWithContext
	database  string
	txTimeout time.Duration
	metrics   *obs.Metrics
	dense     int
}

// Options configure a Store.
type Options struct {
	Database  string        // "" = the server's default database
	TxTimeout time.Duration // per transaction; 0 = 5 s
	Metrics   *obs.Metrics  // may be nil
	// DenseDegree: entities with more relationships page them by index seeks (0 = 1000).
	DenseDegree int
}

// New wraps a driver. The driver stays the caller's to close.
func New(driver neo4j.DriverWithContext, opts Options) *Store {
	if opts.TxTimeout == 0 {
		opts.TxTimeout = 5 * time.Second
	}
	if opts.DenseDegree <= 0 {
		opts.DenseDegree = DenseDegree
	}
	return &Store{driver: driver, database: opts.Database, txTimeout: opts.TxTimeout, metrics: opts.Metrics, dense: opts.DenseDegree}
}

// Connect opens a driver for uri and waits until Neo4j answers or ctx ends.
func Connect(ctx context.Context, uri, user, password string) (neo4j.DriverWithContext, error) {
	d, err := Open(uri, user, password)
	if err != nil {
		return nil, err
	}
	for {
		err = d.VerifyConnectivity(ctx)
		if err == nil {
			return d, nil
		}
		select {
		case <-ctx.Done():
			_ = d.Close(context.Background())
			return nil, fmt.Errorf("neo4j at %s did not answer: %w", uri, err)
		case <-time.After(500 * time.Millisecond):
		}
	}
}

// Ping checks that Neo4j answers.
func (s *Store) Ping(ctx context.Context) error {
	_, err := s.readRows(ctx, cypherPing, nil)
	return err
}

// querier runs Cypher inside one transaction and counts each statement as a round trip.
type querier struct {
	ctx   context.Context
	tx    neo4j.ManagedTransaction
	store *Store
}

func (q querier) rows(cypher string, params map[string]any) ([]*neo4j.Record, error) {
	start := time.Now()
	defer func() { q.store.metrics.ObserveQuery(q.ctx, time.Since(start)) }()
	res, err := q.tx.Run(q.ctx, cypher, params)
	if err != nil {
		return nil, err
	}
	return res.Collect(q.ctx)
}

func (q querier) one(cypher string, params map[string]any) (*neo4j.Record, error) {
	recs, err := q.rows(cypher, params)
	if err != nil || len(recs) == 0 {
		return nil, err
	}
	return recs[0], nil
}

func (s *Store) session(ctx context.Context, mode neo4j.AccessMode) neo4j.SessionWithContext {
	// Sessions share the driver's bookmark manager, so on a cluster a read that follows a write
	// on this server sees it.
	return s.driver.NewSession(ctx, neo4j.SessionConfig{
		AccessMode:      mode,
		DatabaseName:    s.database,
		BookmarkManager: s.driver.ExecuteQueryBookmarkManager(),
	})
}

// readTx runs work in one managed read transaction (retried on transient faults) and returns
// its value with the driver's error mapped to a coded kg.Error.
func readTx[T any](ctx context.Context, s *Store, work func(querier) (T, error)) (T, error) {
	return execTx(ctx, s, neo4j.AccessModeRead, work)
}

// writeTx is readTx for a write transaction.
func writeTx[T any](ctx context.Context, s *Store, work func(querier) (T, error)) (T, error) {
	return execTx(ctx, s, neo4j.AccessModeWrite, work)
}

func execTx[T any](ctx context.Context, s *Store, mode neo4j.AccessMode, work func(querier) (T, error)) (T, error) {
	// ctx's deadline (a request's HKGRAPH_REQUEST_TIMEOUT, a background read's own) cuts
	// the transaction short; txTimeout bounds it inside Neo4j as well.
	sess := s.session(ctx, mode)
	defer sess.Close(context.WithoutCancel(ctx))
	fn := func(tx neo4j.ManagedTransaction) (T, error) { return work(querier{ctx: ctx, tx: tx, store: s}) }
	var (
		out T
		err error
	)
	if mode == neo4j.AccessModeRead {
		out, err = neo4j.ExecuteRead(ctx, sess, fn, neo4j.WithTxTimeout(s.txTimeout))
	} else {
		out, err = neo4j.ExecuteWrite(ctx, sess, fn, neo4j.WithTxTimeout(s.txTimeout))
	}
	return out, mapError(ctx, err)
}

// mapError turns driver errors into coded domain errors; domain errors pass through. It
// classifies by the driver's error types and Neo4j's status codes, never by message text.
func mapError(ctx context.Context, err error) error {
	if err == nil {
		return nil
	}
	var ke *kg.Error
	if errors.As(err, &ke) {
		return ke
	}
	switch {
	case errors.Is(err, context.DeadlineExceeded) || errors.Is(ctx.Err(), context.DeadlineExceeded) || timedOut(err):
		return &kg.Error{Code: kg.CodeTimeout, Message: "the query took too long", Err: err}
	case errors.Is(err, context.Canceled):
		return &kg.Error{Code: kg.CodeTimeout, Message: "the request was cancelled", Err: err}
	case unavailable(err):
		return &kg.Error{Code: kg.CodeDatabaseUnavailable, Message: "the database is unavailable; try again shortly", Err: err}
	}
	return &kg.Error{Code: kg.CodeInternal, Message: "internal error", Err: err}
}

// timedOut: the server ended the transaction, for its timeout (ours, WithTxTimeout) or
// because it was terminated or lost its locks while waiting.
func timedOut(err error) bool {
	var ne *neo4j.Neo4jError
	if !errors.As(err, &ne) || ne.Category() != "Transaction" {
		return false
	}
	switch ne.Title() {
	case "TransactionTimedOut", "TransactionTimedOutClientConfiguration", "Terminated", "LockClientStopped":
		return true
	}
	return false
}

// unavailable: Neo4j cannot be reached or cannot serve now, and the same request may succeed
// later. That is a connectivity error (refused, reset, no routing table, pool timeout), a
// retryable server error (transient, or a cluster without a leader), or a managed transaction
// that gave up retrying one of those. The retry limit error does not unwrap, so its attempts
// are looked at one by one; they are the driver's raw errors, so a network error counts too.
func unavailable(err error) bool {
	var limit *neo4j.TransactionExecutionLimit
	if errors.As(err, &limit) {
		return slices.ContainsFunc(limit.Errors, unavailable)
	}
	var ce *neo4j.ConnectivityError
	var netErr net.Error
	return errors.As(err, &ce) || errors.As(err, &netErr) || errors.Is(err, io.EOF) || neo4j.IsRetryable(err)
}

// Open returns a driver without waiting for Neo4j: the driver connects on first use.
func Open(uri, user, password string) (neo4j.DriverWithContext, error) {
	auth := neo4j.NoAuth()
	if password != "" {
		auth = neo4j.BasicAuth(user, password, "")
	}
	return neo4j.NewDriverWithContext(uri, auth, configure)
}

func configure(c *neo4j.Config) {
	c.MaxConnectionPoolSize = 100
	c.ConnectionAcquisitionTimeout = 5 * time.Second
	c.SocketConnectTimeout = 3 * time.Second
	// Managed transactions retry transient faults; keep that short so a client whose Neo4j
	// is down hears DATABASE_UNAVAILABLE in seconds rather than the default 30.
	c.MaxTransactionRetryTime = 5 * time.Second
	// After Neo4j restarts every pooled connection is dead; testing the ones idle for a while
	// before use drops them at once instead of failing a transaction on each and waiting out
	// the retry backoff. Connections in steady use are never idle that long, so cost nothing.
	c.ConnectionLivenessCheckTimeout = time.Second
}
