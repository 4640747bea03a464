package live

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"sync"
	"testing"
	"time"

	"go.uber.org/goleak"

	"github.com/hkgraph/hkgraph/internal/obs"
	"github.com/hkgraph/hkgraph/internal/testwait"
	"github.com/hkgraph/hkgraph/kg"
)

// fakeLog is an audit log in memory. With stall set, every read blocks until its context
// ends, as a read of a database that stopped answering does; each read's context is kept.
type fakeLog struct {
	mu     sync.Mutex
	events []kg.AuditEvent
	stall  bool
	reads  []context.Context // the context of every read, returned or not
	done   int               // reads that returned
}

func (f *fakeLog) begin(ctx context.Context) bool {
	f.mu.Lock()
	f.reads = append(f.reads, ctx)
	stall := f.stall
	f.mu.Unlock()
	if stall {
		<-ctx.Done()
	}
	f.mu.Lock()
	f.done++
	f.mu.Unlock()
	return stall
}

func (f *fakeLog) LatestAuditSeq(ctx context.Context) (int64, error) {
	if f.begin(ctx) {
		return 0, ctx.Err()
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	return int64(len(f.events)), nil
}

func (f *fakeLog) AuditEventsAfter(ctx context.Context, seq int64, limit int) ([]kg.AuditEvent, error) {
	if f.begin(ctx) {
		return nil, ctx.Err()
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []kg.AuditEvent
	for _, ev := range f.events {
		if ev.Seq > seq && len(out) < limit {
			out = append(out, ev)
		}
	}
	return out, nil
}

func (f *fakeLog) commit(ids []string, kinds []kg.Kind) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.events = append(f.events, kg.AuditEvent{Seq: int64(len(f.events) + 1), Operation: "upsertEntity", EntityIDs: ids, Kinds: kinds})
}

func (f *fakeLog) count() (reads, done int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.reads), f.done
}

func (f *fakeLog) set(stall bool) {
	f.mu.Lock()
	f.stall = stall
	f.mu.Unlock()
}

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

const readTimeout = 100 * time.Millisecond

func newBroker(t *testing.T, f *fakeLog) (*Broker, context.CancelFunc) {
	life, stop := context.WithCancel(context.Background())
	t.Cleanup(stop)
	return New(life, f, Options{Interval: 10 * time.Millisecond, ReadTimeout: readTimeout, Logger: quiet}), stop
}

func receive(t *testing.T, ch <-chan Change) Change {
	t.Helper()
	select {
	case c, ok := <-ch:
		if !ok {
			t.Fatal("the channel closed")
		}
		return c
	case <-time.After(10 * time.Second):
		t.Fatal("no change within 10 s")
	}
	return Change{}
}

func TestDeliversMatchingChanges(t *testing.T) {
	defer goleak.VerifyNone(t)
	f := &fakeLog{}
	f.commit([]string{"before"}, []kg.Kind{"ORGANIZATION"})
	b, stop := newBroker(t, f)
	defer stop()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	all, err := b.Subscribe(ctx, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	people, err := b.Subscribe(ctx, Filter{Kinds: []kg.Kind{"PERSON"}})
	if err != nil {
		t.Fatal(err)
	}
	f.commit([]string{"org-1", "person-1"}, []kg.Kind{"ORGANIZATION", "PERSON"})
	if c := receive(t, all); c.EntityID != "org-1" || c.Event.Seq != 2 {
		t.Fatalf("first change %+v, want org-1 at seq 2 (not the change from before subscribing)", c)
	}
	if c := receive(t, all); c.EntityID != "person-1" {
		t.Fatalf("second change %+v, want person-1", c)
	}
	if c := receive(t, people); c.EntityID != "person-1" || c.Kind != "PERSON" {
		t.Fatalf("PERSON subscriber got %+v", c)
	}
	cancel()
	for range all {
	}
	for range people {
	}
}

// Every read for subscribers is background work with a deadline, even when a request (the
// WebSocket operation) starts it.
func TestReadsAreBoundedBackgroundWork(t *testing.T) {
	defer goleak.VerifyNone(t)
	f := &fakeLog{}
	b, stop := newBroker(t, f)
	defer stop()
	ctx, cancel := context.WithCancel(obs.WithRequest(context.Background(), "req-1"))
	ch, err := b.Subscribe(ctx, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	testwait.Eventually(t, 10*time.Second, func() bool { reads, _ := f.count(); return reads >= 2 },
		"a poll after the subscription's first read")
	cancel()
	for range ch {
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	for i, rc := range f.reads {
		if src := obs.Source(rc); src != "background" {
			t.Errorf("read %d counts as %q, want background", i, src)
		}
		if d, ok := rc.Deadline(); !ok || time.Until(d) > readTimeout {
			t.Errorf("read %d: deadline %v (set: %v), want at most %v ahead", i, d, ok, readTimeout)
		}
	}
}

// A database that stops answering while subscribing: Subscribe gives up after the read
// timeout instead of holding the request forever.
func TestSubscribeToStalledLogTimesOut(t *testing.T) {
	defer goleak.VerifyNone(t)
	f := &fakeLog{stall: true}
	b, stop := newBroker(t, f)
	defer stop()
	start := time.Now()
	_, err := b.Subscribe(context.Background(), Filter{})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Subscribe on a stalled log: %v, want the read's deadline", err)
	}
	if d := time.Since(start); d < readTimeout || d > 5*time.Second {
		t.Fatalf("Subscribe returned after %v, want about the read timeout (%v)", d, readTimeout)
	}
}

// A poll that stalls is cut at the read timeout and the broker keeps polling: once the
// database answers again, subscribers get the changes committed meanwhile.
func TestStalledPollIsRetried(t *testing.T) {
	defer goleak.VerifyNone(t)
	f := &fakeLog{}
	b, stop := newBroker(t, f)
	defer stop()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	ch, err := b.Subscribe(ctx, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	f.set(true)
	f.commit([]string{"during-stall"}, nil)
	_, doneBefore := f.count()
	testwait.Eventually(t, 10*time.Second, func() bool { _, done := f.count(); return done >= doneBefore+2 },
		"two stalled polls returned (each within the read timeout)")
	f.set(false)
	if c := receive(t, ch); c.EntityID != "during-stall" {
		t.Fatalf("after the stall: %+v", c)
	}
	cancel()
	for range ch {
	}
}

// The end of the broker's lifetime (server shutdown) cuts a stalled read short, closes every
// subscriber's channel, stops polling, and refuses new subscriptions.
func TestLifetimeEndStopsEverything(t *testing.T) {
	defer goleak.VerifyNone(t)
	f := &fakeLog{}
	life, stop := context.WithCancel(context.Background())
	defer stop()
	b := New(life, f, Options{Interval: 10 * time.Millisecond, ReadTimeout: time.Hour, Logger: quiet})
	ch, err := b.Subscribe(context.Background(), Filter{}) // a subscriber that never leaves
	if err != nil {
		t.Fatal(err)
	}
	f.set(true)
	testwait.Eventually(t, 10*time.Second, func() bool { reads, done := f.count(); return reads > done },
		"a poll stalled in the database")
	// A subscriber arriving now stalls in its first read, under its own context, which
	// does not end.
	reads, _ := f.count()
	late := make(chan error, 1)
	go func() {
		_, err := b.Subscribe(context.Background(), Filter{})
		late <- err
	}()
	testwait.Eventually(t, 10*time.Second, func() bool { r, _ := f.count(); return r > reads },
		"the late subscriber's read started")
	stop()
	select {
	case err := <-late:
		if err == nil {
			t.Error("a subscription admitted while the lifetime ended")
		}
	case <-time.After(10 * time.Second):
		t.Fatal("a subscriber's stalled read still waits 10 s after the lifetime ended")
	}
	select {
	case _, ok := <-ch:
		if ok {
			t.Fatal("a change delivered after the lifetime ended")
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the subscriber's channel still open 10 s after the lifetime ended (the read timeout is an hour)")
	}
	testwait.Eventually(t, 10*time.Second, func() bool { reads, done := f.count(); return reads == done },
		"the stalled read returned")
	if _, err := b.Subscribe(context.Background(), Filter{}); kg.ErrorCode(err) != kg.CodeDatabaseUnavailable {
		t.Fatalf("Subscribe after the lifetime ended: %v, want %s", err, kg.CodeDatabaseUnavailable)
	}
}
