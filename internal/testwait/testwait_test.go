package testwait

import (
	"sync/atomic"
	"testing"
	"time"
)

func TestUntil(t *testing.T) {
	var n atomic.Int32
	start := time.Now()
	if !Until(time.Minute, func() bool { return n.Add(1) >= 3 }) {
		t.Fatal("a condition true on the third poll was not seen")
	}
	// It stops at the first poll that holds and returns then, not at the deadline: polls are
	// counted, and the only clock bound is half the minute's deadline (a tight wall-clock
	// bound here would fail on a loaded machine).
	if got := n.Load(); got != 3 {
		t.Errorf("polled %d times, want 3", got)
	}
	if d := time.Since(start); d > 30*time.Second {
		t.Errorf("returned after %v, near the deadline rather than at the third poll", d)
	}
	start = time.Now()
	if Until(50*time.Millisecond, func() bool { return false }) {
		t.Fatal("a condition that never holds was reported true")
	}
	if d := time.Since(start); d < 50*time.Millisecond || d > time.Second {
		t.Errorf("gave up after %v, want the 50 ms deadline", d)
	}
}

// fatalT records Fatalf instead of stopping the test.
type fatalT struct {
	testing.TB
	msg string
}

func (f *fatalT) Helper()                        {}
func (f *fatalT) Fatalf(format string, a ...any) { f.msg = format }

func TestEventually(t *testing.T) {
	f := &fatalT{TB: t}
	Eventually(f, time.Second, func() bool { return true }, "at once")
	if f.msg != "" {
		t.Fatalf("failed on a condition that holds: %q", f.msg)
	}
	Eventually(f, 20*time.Millisecond, func() bool { return false }, "never")
	if f.msg == "" {
		t.Fatal("did not fail on a condition that never holds")
	}
}
