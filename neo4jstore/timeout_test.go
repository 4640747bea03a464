package neo4jstore

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/hkgraph/hkgraph/internal/testdb"
	"github.com/hkgraph/hkgraph/internal/testwait"
	"github.com/hkgraph/hkgraph/kg"
)

// slowCypher keeps Neo4j busy for many seconds without touching data.
const slowCypher = "UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7919 = 0 RETURN count(x) AS n"

func runSlow(ctx context.Context, s *Store) error {
	_, err := s.readRows(ctx, slowCypher, nil)
	return err
}

// Neo4j ends a transaction that outlives HKGRAPH_QUERY_TIMEOUT, and the client hears TIMEOUT.
func TestTransactionTimeout(t *testing.T) {
	s := New(testdb.Driver(t), Options{TxTimeout: 300 * time.Millisecond})
	start := time.Now()
	err := runSlow(context.Background(), s)
	if kg.ErrorCode(err) != kg.CodeTimeout {
		t.Fatalf("got %v, want TIMEOUT", err)
	}
	// Neo4j checks transaction timeouts every couple of seconds.
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("the timed-out transaction ran %v", d)
	}
}

// A client that goes away (its request context cancelled) stops its Neo4j transaction rather
// than leaving it running.
func TestCancelledRequestStopsTransaction(t *testing.T) {
	s := New(testdb.Driver(t), Options{TxTimeout: time.Minute})
	running := func() bool {
		recs, err := s.readRows(context.Background(), "SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery", nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range recs {
			if q, _ := r.Values[0].(string); strings.Contains(q, "x % 7919") {
				return true
			}
		}
		return false
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- runSlow(ctx, s) }()
	testwait.Eventually(t, 10*time.Second, running, "the slow query shows in SHOW TRANSACTIONS")
	cancelled := time.Now()
	cancel()
	select {
	case err := <-done:
		if kg.ErrorCode(err) != kg.CodeTimeout {
			t.Fatalf("got %v, want TIMEOUT", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the cancelled request still waits for Neo4j 5 s later")
	}
	testwait.Eventually(t, 15*time.Second, func() bool { return !running() }, "the cancelled query gone from Neo4j")
	t.Logf("the transaction was gone from Neo4j %v after the cancel", time.Since(cancelled).Round(time.Millisecond))
}
