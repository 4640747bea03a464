// Package live feeds GraphQL subscriptions from the audit log in Neo4j. Each subscriber is
// handed every change committed after it subscribed; the broker polls the log only while
// someone is subscribed, so every replica behind a load balancer sees every write.
//
// The broker's reads serve subscribers, not one client request, so they run under the
// broker's own lifetime (the context given to New, which the server ends on shutdown) and
// each is bounded by Options.ReadTimeout: a stalled database delays changes, never holds a
// goroutine forever.
package live

import (
	"context"
	"log/slog"
	"slices"
	"sync"
	"time"

	"github.com/hkgraph/hkgraph/internal/obs"
	"github.com/hkgraph/hkgraph/kg"
)

const (
	// DefaultInterval is how often the audit log is polled while someone is subscribed.
	DefaultInterval = 250 * time.Millisecond
	// DefaultReadTimeout bounds each read done for subscribers: longer than any healthy read
	// of the log (milliseconds), short enough that a stalled one is retried soon.
	DefaultReadTimeout = 5 * time.Second
)

// Options configure a Broker; zero values take the defaults.
type Options struct {
	Interval    time.Duration // between polls of the audit log (DefaultInterval)
	ReadTimeout time.Duration // bound on each read done for subscribers (DefaultReadTimeout)
	Logger      *slog.Logger  // for failed polls and dropped changes (slog.Default())
}

// Log is the part of the store the broker reads.
type Log interface {
	AuditEventsAfter(ctx context.Context, seq int64, limit int) ([]kg.AuditEvent, error)
	LatestAuditSeq(ctx context.Context) (int64, error)
}

// Filter selects changes: one entity, or entities of some kinds (none: all).
type Filter struct {
	ID    *string
	Kinds []kg.Kind
}

// Change is one entity's part in a committed change.
type Change struct {
	Event    kg.AuditEvent
	EntityID string
	Kind     kg.Kind // "" when the event did not record it
}

// Broker polls the audit log while it has subscribers and fans changes out.
type Broker struct {
	log         Log
	logger      *slog.Logger
	interval    time.Duration
	readTimeout time.Duration
	// life is the broker's lifetime, owned by whoever called New. A context in a struct,
	// against the usual rule, because the broker is a service: its polling goroutine and
	// every subscription outlive the requests that start them and must end with the server.
	life context.Context

	mu      sync.Mutex
	subs    map[*subscriber]struct{}
	polling bool
}

type subscriber struct {
	after  int64
	filter Filter
	ch     chan Change
}

// New returns a broker over l that serves subscribers until life ends: then it stops
// polling, cuts short a read in progress and closes every subscriber's channel.
func New(life context.Context, l Log, o Options) *Broker {
	if o.Interval <= 0 {
		o.Interval = DefaultInterval
	}
	if o.ReadTimeout <= 0 {
		o.ReadTimeout = DefaultReadTimeout
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	return &Broker{log: l, logger: o.Logger, interval: o.Interval, readTimeout: o.ReadTimeout,
		life: life, subs: map[*subscriber]struct{}{}}
}

// Background returns the context of a read done for subscribers (one subscription's, under
// ctx, or the broker's own polls): it ends with ctx, with the broker's lifetime or after
// the read timeout, whichever comes first, and its Neo4j work counts as source="background"
// rather than toward the request that started the subscription.
func (b *Broker) Background(ctx context.Context) (context.Context, context.CancelFunc) {
	ctx, cancel := context.WithTimeout(obs.Background(ctx), b.readTimeout)
	stop := context.AfterFunc(b.life, cancel)
	return ctx, func() { stop(); cancel() }
}

// errStopped refuses a subscription once the broker's lifetime is over.
var errStopped = &kg.Error{Code: kg.CodeDatabaseUnavailable, Message: "the server is shutting down; subscribe again shortly"}

// Subscribe returns the changes committed from now on that match f, until ctx or the
// broker's lifetime ends.
func (b *Broker) Subscribe(ctx context.Context, f Filter) (<-chan Change, error) {
	if b.life.Err() != nil {
		return nil, errStopped
	}
	rctx, cancel := b.Background(ctx)
	start, err := b.log.LatestAuditSeq(rctx)
	cancel()
	if err != nil {
		return nil, err
	}
	s := &subscriber{after: start, filter: f, ch: make(chan Change, 256)}
	b.mu.Lock()
	if b.life.Err() != nil {
		b.mu.Unlock()
		return nil, errStopped
	}
	b.subs[s] = struct{}{}
	if !b.polling {
		b.polling = true
		go b.poll()
	}
	b.mu.Unlock()
	go func() {
		select {
		case <-ctx.Done():
		case <-b.life.Done():
		}
		b.mu.Lock()
		delete(b.subs, s)
		close(s.ch)
		b.mu.Unlock()
	}()
	return s.ch, nil
}

func (b *Broker) poll() {
	t := time.NewTicker(b.interval)
	defer t.Stop()
	for {
		select {
		case <-b.life.Done():
		case <-t.C:
		}
		b.mu.Lock()
		if len(b.subs) == 0 || b.life.Err() != nil {
			b.polling = false
			b.mu.Unlock()
			return
		}
		from := int64(-1)
		for s := range b.subs {
			if from < 0 || s.after < from {
				from = s.after
			}
		}
		b.mu.Unlock()
		ctx, cancel := b.Background(b.life)
		evs, err := b.log.AuditEventsAfter(ctx, from, 500)
		cancel()
		if err != nil {
			if b.life.Err() == nil {
				b.logger.Warn("reading the audit log for subscribers", "err", err)
			}
			continue
		}
		b.deliver(evs)
	}
}

func (b *Broker) deliver(evs []kg.AuditEvent) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for s := range b.subs {
		for _, ev := range evs {
			if ev.Seq <= s.after {
				continue
			}
			s.after = ev.Seq
			for i, id := range ev.EntityIDs {
				var kind kg.Kind
				if i < len(ev.Kinds) {
					kind = ev.Kinds[i]
				}
				if !s.filter.matches(id, kind) {
					continue
				}
				select {
				case s.ch <- Change{Event: ev, EntityID: id, Kind: kind}:
				default:
					b.logger.Warn("subscriber too slow; change dropped", "seq", ev.Seq)
				}
			}
		}
	}
}

func (f Filter) matches(id string, kind kg.Kind) bool {
	if f.ID != nil && *f.ID != id {
		return false
	}
	return len(f.Kinds) == 0 || slices.Contains(f.Kinds, kind)
}
