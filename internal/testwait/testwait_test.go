package testwait

import (
	"sync/atomic"
	"testing"
	"time"
)

func TestUntil(t *testing.T) {
	var n atomic.Int32
	start := time.Now()
	if !Until(time.Second, func() bool { return n.Add(1) >= 3 }) {
		t.Fatal("a condition true on the third poll was not seen")
	}
	if d := time.Since(start); d > 500*time.Millisecond {
		t.Errorf("took %v for three polls", d)
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
