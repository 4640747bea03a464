// Package testwait lets a test wait for a condition instead of sleeping for a guessed time:
// it polls until the condition holds, so the test waits only as long as it must, and fails
// with a message when a deadline passes first, so a slow machine makes it slower, not flaky.
package testwait

import (
	"fmt"
	"testing"
	"time"
)

// Tick is how often Until and Eventually poll.
const Tick = 10 * time.Millisecond

// Until polls cond every Tick (first at once) until it returns true, and reports whether it
// did within timeout. It needs no *testing.T, so it serves goroutines a test starts too.
func Until(timeout time.Duration, cond func() bool) bool {
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	tick := time.NewTicker(Tick)
	defer tick.Stop()
	for !cond() {
		select {
		case <-deadline.C:
			return cond() // one last look: the condition may have come true with the deadline
		case <-tick.C:
		}
	}
	return true
}

// Eventually is Until that fails t (Fatal) when timeout passes first; what names the
// awaited state in the failure message, with fmt.Sprintf arguments.
func Eventually(t testing.TB, timeout time.Duration, cond func() bool, what string, args ...any) {
	t.Helper()
	start := time.Now()
	if !Until(timeout, cond) {
		t.Fatalf("not within %v: %s", time.Since(start).Round(time.Millisecond), fmt.Sprintf(what, args...))
	}
}
