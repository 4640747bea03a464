package ratelimit

import (
	"strconv"
	"testing"
	"time"
)

func TestBucket(t *testing.T) {
	l := New(600, 3000, 10) // 600 points a minute: 10 a second
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	l.now = func() time.Time { return now }
	anon := Caller{Key: "192.0.2.1"}
	if rem, _, ok := l.Spend(anon, 500); !ok || rem != 100 {
		t.Fatalf("first spend: ok=%v remaining=%d", ok, rem)
	}
	rem, retry, ok := l.Spend(anon, 200)
	if ok || rem != 100 || retry != 10*time.Second {
		t.Fatalf("over budget: ok=%v remaining=%d retry=%v; want refused, 100 left, retry in 10s", ok, rem, retry)
	}
	now = now.Add(10 * time.Second)
	if _, _, ok := l.Spend(anon, 200); !ok {
		t.Fatal("refilled budget refused")
	}
	if _, retry, ok := l.Spend(anon, 601); ok || retry != 0 {
		t.Errorf("a cost above the whole budget: ok=%v retry=%v; want refused with no retry", ok, retry)
	}
	// Authenticated callers have their own, larger bucket, even under the same key.
	if rem, _, ok := l.Spend(Caller{Key: "192.0.2.1", Authenticated: true}, 2000); !ok || rem != 1000 {
		t.Errorf("authenticated: ok=%v remaining=%d", ok, rem)
	}
	if r, ok := l.Remaining(Caller{Key: "other"}); !ok || r != 600 {
		t.Errorf("a new caller has %d (limited %v), want a full 600", r, ok)
	}
}

func TestOffAndBounded(t *testing.T) {
	l := New(-1, 100, 3)
	if rem, _, ok := l.Spend(Caller{Key: "a"}, 1_000_000); !ok || rem != -1 {
		t.Errorf("unlimited anonymous callers: ok=%v remaining=%d", ok, rem)
	}
	if _, ok := l.Remaining(Caller{Key: "a"}); ok {
		t.Error("unlimited callers report a budget")
	}
	for i := range 10 {
		l.Spend(Caller{Key: strconv.Itoa(i), Authenticated: true}, 1)
	}
	if n := l.buckets.Len(); n != 3 {
		t.Errorf("%d buckets kept, want at most 3", n)
	}
}
