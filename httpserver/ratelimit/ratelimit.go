// Package ratelimit gives each caller a token bucket of cost points (golang.org/x/time/rate):
// it refills continuously at its per-minute budget and holds at most one minute's worth, so a
// caller may burst up to the budget, then proceeds at its refill rate. Buckets are kept for
// the most recently seen callers only (hashicorp/golang-lru), so memory stays bounded however
// many addresses call; a caller evicted and seen again starts with a full bucket.
package ratelimit

import (
	"sync"
	"time"

	lru "github.com/hashicorp/golang-lru/v2"
	"golang.org/x/time/rate"
)

// DefaultCallers is how many callers' buckets are kept.
const DefaultCallers = 100_000

// Limiter holds the buckets.
type Limiter struct {
	anonymous, authenticated int // points per minute; ≤ 0: not limited
	now                      func() time.Time

	mu      sync.Mutex
	buckets *lru.Cache[string, *rate.Limiter]
}

// New returns a limiter with the per-minute budgets of anonymous and authenticated callers
// (≤ 0: that kind of caller is not limited), remembering up to callers buckets.
func New(anonymous, authenticated, callers int) *Limiter {
	if callers <= 0 {
		callers = DefaultCallers
	}
	c, _ := lru.New[string, *rate.Limiter](callers)
	return &Limiter{anonymous: anonymous, authenticated: authenticated, now: time.Now, buckets: c}
}

// Caller identifies whose bucket to use: an authenticated principal's name or a client
// address, never the same key for both.
type Caller struct {
	Key           string
	Authenticated bool
}

func (l *Limiter) budget(c Caller) int {
	if c.Authenticated {
		return l.authenticated
	}
	return l.anonymous
}

func (l *Limiter) bucket(c Caller) *rate.Limiter {
	key := "anon:" + c.Key
	if c.Authenticated {
		key = "auth:" + c.Key
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	b, ok := l.buckets.Get(key)
	if !ok {
		n := l.budget(c)
		b = rate.NewLimiter(rate.Limit(float64(n)/60), n)
		l.buckets.Add(key, b)
	}
	return b
}

// Spend takes cost points from c's bucket. When they are not there it takes nothing and
// returns how long until they will be (0 when cost exceeds the whole budget: never).
// Callers whose kind is not limited always pass, with remaining -1.
func (l *Limiter) Spend(c Caller, cost int) (remaining int, retryAfter time.Duration, ok bool) {
	if l.budget(c) <= 0 {
		return -1, 0, true
	}
	b, now := l.bucket(c), l.now()
	r := b.ReserveN(now, cost)
	if !r.OK() {
		return int(b.TokensAt(now)), 0, false
	}
	if d := r.DelayFrom(now); d > 0 {
		r.CancelAt(now)
		return max(int(b.TokensAt(now)), 0), d, false
	}
	return int(b.TokensAt(now)), 0, true
}

// Remaining is what c has left, without spending; ok is false when c's kind is not limited.
func (l *Limiter) Remaining(c Caller) (int, bool) {
	if l.budget(c) <= 0 {
		return 0, false
	}
	return max(int(l.bucket(c).TokensAt(l.now())), 0), true
}

// Budget is c's per-minute budget (≤ 0: not limited).
func (l *Limiter) Budget(c Caller) int { return l.budget(c) }
