// Package live feeds GraphQL subscriptions from the audit log in Neo4j. Each subscriber is
// handed every change committed after it subscribed; the broker polls the log only while
// someone is subscribed, so every replica behind a load balancer sees every write.
package live

import (
	"context"
	"log/slog"
	"slices"
	"sync"
	"time"

	"github.com/hkgraph/hkgraph/kg"
)

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
	log      Log
	logger   *slog.Logger
	interval time.Duration

	mu      sync.Mutex
	subs    map[*subscriber]struct{}
	polling bool
}

type subscriber struct {
	after  int64
	filter Filter
	ch     chan Change
}

// New returns a broker that polls every interval (0 = 250 ms).
func New(l Log, logger *slog.Logger, interval time.Duration) *Broker {
	if interval <= 0 {
		interval = 250 * time.Millisecond
	}
	return &Broker{log: l, logger: logger, interval: interval, subs: map[*subscriber]struct{}{}}
}

// Subscribe returns the changes committed from now on that match f, until ctx ends.
func (b *Broker) Subscribe(ctx context.Context, f Filter) (<-chan Change, error) {
	// The starting point is read as background work (source="background"), like the polls.
	bg, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	start, err := b.log.LatestAuditSeq(bg)
	cancel()
	if err != nil {
		return nil, err
	}
	s := &subscriber{after: start, filter: f, ch: make(chan Change, 256)}
	b.mu.Lock()
	b.subs[s] = struct{}{}
	if !b.polling {
		b.polling = true
		go b.poll()
	}
	b.mu.Unlock()
	go func() {
		<-ctx.Done()
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
	for range t.C {
		b.mu.Lock()
		if len(b.subs) == 0 {
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
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		evs, err := b.log.AuditEventsAfter(ctx, from, 500)
		cancel()
		if err != nil {
			b.logger.Warn("reading the audit log for subscribers", "err", err)
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
