package httpserver_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/hkgraph/hkgraph/httpserver"
	"github.com/hkgraph/hkgraph/internal/devdb"
	"github.com/hkgraph/hkgraph/internal/obs"
	"github.com/hkgraph/hkgraph/internal/testwait"
	"github.com/hkgraph/hkgraph/kg"
	"github.com/hkgraph/hkgraph/live"
	"github.com/hkgraph/hkgraph/neo4jstore"
)

// ownNeo4j returns a function that starts a Neo4j only this test uses, always on the same
// port and data directory, so the test can stop it and start it again with its data.
func ownNeo4j(t *testing.T) func() *devdb.Instance {
	dir := t.TempDir()
	port, err := devdb.FreePort()
	if err != nil {
		t.Fatal(err)
	}
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	return func() *devdb.Instance {
		inst, err := devdb.Start(context.Background(), devdb.Options{Port: port, DataDir: dir, Logger: quiet})
		if err != nil {
			t.Fatal(err)
		}
		return inst
	}
}

// ownStore starts a Neo4j of the test's own (start restarts it on the same port and data),
// migrates it, and returns a store whose transactions time out after txTimeout.
func ownStore(t *testing.T, txTimeout time.Duration) (start func() *devdb.Instance, inst *devdb.Instance, st *neo4jstore.Store) {
	t.Helper()
	start = ownNeo4j(t)
	inst = start()
	d, err := neo4jstore.Open(inst.URI(), "", "")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close(context.Background()) })
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	if err := neo4jstore.New(d, neo4jstore.Options{TxTimeout: 2 * time.Minute}).Migrate(context.Background(), quiet); err != nil {
		t.Fatal(err)
	}
	return start, inst, neo4jstore.New(d, neo4jstore.Options{TxTimeout: txTimeout})
}

// loader accepts one token, as an editor.
type loader struct{}

func (loader) Authenticate(_ context.Context, token string) (kg.Principal, error) {
	if token == "load" {
		return kg.Principal{Name: "loader", Role: kg.RoleEditor}, nil
	}
	return kg.Principal{}, kg.Errorf(kg.CodeUnauthenticated, "unknown token")
}

// load drives concurrent reads and writes through h until stop closes, recording every write
// the server acknowledged and every error code it answered with, by phase.
type load struct {
	h     http.Handler
	phase atomic.Value // string
	mu    sync.Mutex
	acked []string
	codes map[string]map[string]int // phase → code → count
	ok    map[string]int            // phase → successful responses
	first map[string]time.Time      // phase+" "+kind → first success in that phase
	run   int                       // successes since the last error, in any phase
	// freshAt is when a client that never saw the outage could query the restarted Neo4j
	// (UnixNano, 0 before); lateErrors counts, by code, the errors of operations begun after it.
	freshAt    atomic.Int64
	lateErrors map[string]int
	wg         sync.WaitGroup
	stop       chan struct{}
}

func startLoad(h http.Handler, readers, writers int) *load {
	l := &load{h: h, codes: map[string]map[string]int{}, ok: map[string]int{}, first: map[string]time.Time{},
		lateErrors: map[string]int{}, stop: make(chan struct{})}
	l.phase.Store("up")
	for i := range readers + writers {
		l.wg.Add(1)
		go func() {
			defer l.wg.Done()
			for n := 0; ; n++ {
				select {
				case <-l.stop:
					return
				default:
				}
				if i < writers {
					l.write(fmt.Sprintf("load-%d-%d", i, n))
				} else {
					l.do(`{ stats { entityCount } entity(id: "load-0-0") { id name } }`, nil, "")
				}
			}
		}()
	}
	return l
}

func (l *load) write(id string) {
	in := map[string]any{"in": map[string]any{"id": id, "kind": "ORGANIZATION", "name": "Load " + id,
		"source": map[string]any{"url": "https://example.org/load", "quote": "Load " + id}}}
	if data := l.do(`mutation($in: EntityInput!) { upsertEntity(input: $in) { id } }`, in, "load"); strings.Contains(data, `"`+id+`"`) {
		l.mu.Lock()
		l.acked = append(l.acked, id)
		l.mu.Unlock()
	}
}

func (l *load) do(query string, vars map[string]any, token string) string {
	b, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(string(b)))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	rec := httptest.NewRecorder()
	begun := time.Now().UnixNano()
	l.h.ServeHTTP(rec, req)
	var r struct {
		Data   json.RawMessage
		Errors []struct{ Extensions map[string]any }
	}
	_ = json.Unmarshal(rec.Body.Bytes(), &r)
	phase := l.phase.Load().(string)
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(r.Errors) == 0 && rec.Code == http.StatusOK {
		l.ok[phase]++
		l.run++
		kind := "read"
		if token != "" {
			kind = "write"
		}
		if _, seen := l.first[phase+" "+kind]; !seen {
			l.first[phase+" "+kind] = time.Now()
		}
		return string(r.Data)
	}
	code := fmt.Sprintf("HTTP %d", rec.Code)
	if len(r.Errors) > 0 {
		code, _ = r.Errors[0].Extensions["code"].(string)
	}
	if l.codes[phase] == nil {
		l.codes[phase] = map[string]int{}
	}
	l.codes[phase][code]++
	if fresh := l.freshAt.Load(); fresh != 0 && begun > fresh {
		l.lateErrors[code]++
	}
	l.run = 0
	// Pacing, not waiting for anything: a failing client backs off a little, as real ones do.
	time.Sleep(20 * time.Millisecond)
	return ""
}

// warmUp runs a read and a write until both are quick: a freshly started Neo4j plans and
// compiles its first queries for seconds, which would otherwise look like an outage.
func warmUp(t *testing.T, h http.Handler) {
	t.Helper()
	l := &load{h: h, codes: map[string]map[string]int{}, ok: map[string]int{}, first: map[string]time.Time{}, lateErrors: map[string]int{}}
	l.phase.Store("warm-up")
	for i := 0; i < 50; i++ {
		start := time.Now()
		l.do(`{ stats { entityCount } entity(id: "load-0-0") { id name } }`, nil, "")
		l.write(fmt.Sprintf("warm-up-%d", i))
		if time.Since(start) < 200*time.Millisecond && l.ok["warm-up"] >= 2 {
			return
		}
	}
	t.Fatalf("Neo4j did not warm up: %v", l.codes)
}

// syncBuffer is a log destination safe for concurrent writers.
type syncBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// count evaluates f, which reads the load's tallies, under the load's lock.
func (l *load) count(f func() bool) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return f()
}

func (l *load) end() {
	close(l.stop)
	l.wg.Wait()
}

// Neo4j stopped under concurrent reads and writes: the server keeps answering, every error is
// DATABASE_UNAVAILABLE, /readyz says 503; when Neo4j is back the server recovers by itself,
// keeping no state from the outage (no operation begun after Neo4j could answer a fresh client
// is refused as unavailable), and every write it acknowledged before the stop is still there.
// How long recovery takes is logged, not asserted: it is the driver's retry backoff plus a
// cold Neo4j's first plans, wall-clock on a shared machine (CI once saw 5.16 s against 5 s).
func TestNeo4jStopUnderLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("starts and stops its own Neo4j")
	}
	ctx := context.Background()
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	// 15 s, not the production 5 s: this test is about refusals while Neo4j is down and
	// recovery after, not the timeout. On 2 cores shared with other packages' Neo4j, the
	// restarted instance once stalled one commit past 5 s after 100 good operations (CI,
	// 2026-12-02), which the "no error while up" assertion then counted as the server's fault.
	start, inst, st := ownStore(t, 15*time.Second)
	var logs syncBuffer
	h := httpserver.New(httpserver.Options{Store: st, Writer: st, Live: live.New(t.Context(), st, live.Options{Logger: quiet}), Ping: st,
		Logger:  slog.New(slog.NewJSONHandler(&logs, &slog.HandlerOptions{Level: slog.LevelWarn})),
		Metrics: obs.NewMetrics(), Auth: loader{}})
	ready := func() int { return get(t, h, "/readyz").Code }
	defer func() {
		if t.Failed() {
			t.Logf("server log:\n%s", logs.String())
		}
	}()
	warmUp(t, h)

	l := startLoad(h, 3, 3)
	testwait.Eventually(t, time.Minute, func() bool {
		return l.count(func() bool { return len(l.acked) >= 30 && l.ok["up"] >= 60 })
	}, "30 acknowledged writes and 60 answers with Neo4j up")
	l.mu.Lock()
	ackedBeforeStop := append([]string(nil), l.acked...)
	l.mu.Unlock()

	l.phase.Store("down")
	stopAt := time.Now()
	if err := inst.Stop(); err != nil {
		t.Fatal(err)
	}
	t.Logf("Neo4j stopped in %v", time.Since(stopAt).Round(time.Millisecond))
	l.phase.Store("down")
	// Down until the six workers have been refused about once each (a refusal can take
	// seconds: the driver tries to connect first) and /readyz has noticed.
	if !testwait.Until(time.Minute, func() bool {
		return l.count(func() bool { return l.codes["down"]["DATABASE_UNAVAILABLE"] >= 6 }) &&
			ready() == http.StatusServiceUnavailable
	}) {
		t.Errorf("with Neo4j down: /readyz %d, errors %v", ready(), l.codes["down"])
	}

	inst = start()
	defer inst.Stop()
	l.phase.Store("back")
	back := time.Now()
	// Neo4j itself is slow for a while after a start (a cold JVM plans and compiles every
	// query), and slower on a busy machine: a client that has never seen the outage measures
	// that, and the server's recovery is timed from there.
	fresh := make(chan time.Duration, 1)
	go func() {
		d, err := neo4jstore.Open(inst.URI(), "", "")
		if err != nil {
			fresh <- -1
			return
		}
		defer d.Close(ctx)
		s := neo4jstore.New(d, neo4jstore.Options{TxTimeout: time.Minute})
		if !testwait.Until(2*time.Minute, func() bool { return s.Ping(ctx) == nil }) {
			fresh <- -1
			return
		}
		_, _ = s.Stats(ctx) // the load's heaviest read, planned cold
		l.freshAt.Store(time.Now().UnixNano())
		fresh <- time.Since(back)
	}()
	var readyAfter, recovered time.Duration
	testwait.Eventually(t, 60*time.Second, func() bool {
		if readyAfter == 0 && ready() == http.StatusOK {
			readyAfter = time.Since(back)
		}
		l.mu.Lock()
		read, write := l.first["back read"], l.first["back write"]
		l.mu.Unlock()
		if readyAfter > 0 && !read.IsZero() && !write.IsZero() {
			recovered = max(read.Sub(back), write.Sub(back), readyAfter)
			return true
		}
		return false
	}, "recovered after Neo4j's return")
	baseline := <-fresh
	t.Logf("after Neo4j's return: a fresh client's first queries in %v; the server's /readyz 200 in %v, first read in %v, first write in %v",
		baseline.Round(time.Millisecond), readyAfter.Round(time.Millisecond),
		l.first["back read"].Sub(back).Round(time.Millisecond), l.first["back write"].Sub(back).Round(time.Millisecond))
	// "after" begins once the restarted Neo4j has settled (it answers TIMEOUT while it plans
	// cold): when the load has run 100 operations in a row without an error.
	testwait.Eventually(t, time.Minute, func() bool { return l.count(func() bool { return l.run >= 100 }) },
		"100 operations in a row without error after the recovery")
	l.phase.Store("after")
	testwait.Eventually(t, time.Minute, func() bool { return l.count(func() bool { return l.ok["after"] >= 60 }) },
		"60 answers after the recovery")
	l.end()

	t.Logf("recovered %v after a fresh client could query; acknowledged writes: %d before the stop, %d in all",
		(recovered - baseline).Round(time.Millisecond), len(ackedBeforeStop), len(l.acked))
	for _, p := range []string{"up", "down", "back", "after"} {
		t.Logf("%-5s ok=%d errors=%v", p, l.ok[p], l.codes[p])
	}
	t.Logf("errors of operations begun after a fresh client could query: %v", l.lateErrors)
	// A cold Neo4j may still time out (TIMEOUT); an "unavailable" then would be the server's
	// own stale state: a broken pooled connection reused without retry, a sticky breaker.
	for code, n := range l.lateErrors {
		if code != "TIMEOUT" {
			t.Errorf("%d operations begun after Neo4j could answer a fresh client failed with %s; the server kept state from the outage", n, code)
		}
	}
	if len(l.codes["up"]) > 0 || len(l.codes["after"]) > 0 {
		t.Errorf("errors while Neo4j was up: %v, %v", l.codes["up"], l.codes["after"])
	}
	if l.codes["down"]["DATABASE_UNAVAILABLE"] == 0 {
		t.Errorf("no DATABASE_UNAVAILABLE while Neo4j was down: %v", l.codes["down"])
	}
	// Down, only DATABASE_UNAVAILABLE; back, also TIMEOUT while the cold Neo4j is slow.
	for code, n := range l.codes["down"] {
		if code != "DATABASE_UNAVAILABLE" {
			t.Errorf("down: %d × %s, want only DATABASE_UNAVAILABLE", n, code)
		}
	}
	for code, n := range l.codes["back"] {
		if code != "DATABASE_UNAVAILABLE" && code != "TIMEOUT" {
			t.Errorf("back: %d × %s, want only DATABASE_UNAVAILABLE or TIMEOUT", n, code)
		}
	}
	if l.ok["up"] == 0 || l.ok["after"] == 0 || len(ackedBeforeStop) == 0 {
		t.Fatalf("the load did not run: %v", l.ok)
	}
	// Every acknowledged write survived the stop.
	found, err := st.EntitiesByID(ctx, l.acked)
	if err != nil {
		t.Fatal(err)
	}
	var missing []string
	for _, id := range l.acked {
		if found[id] == nil {
			missing = append(missing, id)
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("%d of %d acknowledged writes lost: %v", len(missing), len(l.acked), missing)
	}
}
