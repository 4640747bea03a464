package neo4jstore

import (
	"context"
	"encoding/json"
	"slices"
	"time"

	"github.com/hkgraph/hkgraph/kg"
)

var _ kg.Writer = (*Store)(nil)

// Every API write is one transaction that first takes the next audit sequence number: that
// single counter serialises writers, so audit numbers follow commit order and a subscriber
// reading "everything after n" never skips a change.
const (
	cypherNextAuditSeq = `MERGE (s:AuditSequence {name: 'audit'})
SET s.value = coalesce(s.value, 0) + 1
RETURN s.value AS seq`

	cypherReturnAuditSeq = `MATCH (s:AuditSequence {name: 'audit'}) SET s.value = s.value - 1`

	cypherCreateAudit = `CREATE (a:AuditEvent {seq: $seq, id: 'audit:' + toString($seq), at: $at, actor: $actor,
  operation: $op, targetId: $target, before: $before, after: $after, reason: $reason,
  entityIds: $entityIds, kinds: $kinds})`

	cypherAuditLog = `MATCH (a:AuditEvent)
WHERE ($target IS NULL OR a.targetId = $target) AND ($actor IS NULL OR a.actor = $actor)
  AND ($entity IS NULL OR $entity IN a.entityIds)
  AND ($k0 IS NULL OR a.seq < $k0)
WITH a ORDER BY a.seq DESC LIMIT $limit
RETURN a {.*} AS a`

	cypherAuditAfter = `MATCH (a:AuditEvent) WHERE a.seq > $seq
WITH a ORDER BY a.seq LIMIT $limit
RETURN a {.*} AS a`

	cypherLatestAudit = `MATCH (s:AuditSequence {name: 'audit'}) RETURN s.value AS seq`
)

// txWork is the body of one audited write: it returns the audit record (nil: nothing changed,
// so no event) and the value to hand back. Bodies compose: accepting a proposal runs several
// in one transaction.
type txWork[T any] func(q querier, seq int64, at string) (*kg.AuditEvent, T, error)

// mutation runs one audited write transaction.
func mutation[T any](ctx context.Context, s *Store, work txWork[T]) (T, error) {
	return mutations(ctx, s, func(q querier, seq int64, at string) ([]*kg.AuditEvent, T, error) {
		ev, value, err := work(q, seq, at)
		if ev == nil {
			return nil, value, err
		}
		return []*kg.AuditEvent{ev}, value, err
	})
}

// mutations runs one write transaction that records any number of audit events, each with the
// next sequence number.
func mutations[T any](ctx context.Context, s *Store, work func(q querier, seq int64, at string) ([]*kg.AuditEvent, T, error)) (T, error) {
	return writeTx(ctx, s, func(q querier) (T, error) {
		var zero T
		seq, err := q.nextAuditSeq()
		if err != nil {
			return zero, err
		}
		at := time.Now().UTC().Format(time.RFC3339Nano)
		evs, value, err := work(q, seq, at)
		if err != nil {
			return zero, err
		}
		evs = slices.DeleteFunc(evs, func(ev *kg.AuditEvent) bool { return ev == nil })
		if len(evs) == 0 {
			// Nothing changed: give the sequence number back so the counter stays gap-free.
			_, err = q.rows(cypherReturnAuditSeq, nil)
			return value, err
		}
		for i, ev := range evs {
			if i > 0 {
				if seq, err = q.nextAuditSeq(); err != nil {
					return zero, err
				}
			}
			kinds := make([]string, len(ev.Kinds))
			for j, k := range ev.Kinds {
				kinds[j] = string(k)
			}
			if _, err = q.rows(cypherCreateAudit, map[string]any{"seq": seq, "at": at, "actor": ev.Actor, "op": ev.Operation,
				"target": ev.TargetID, "before": ev.Before, "after": ev.After, "reason": ev.Reason,
				"entityIds": ev.EntityIDs, "kinds": kinds}); err != nil {
				return zero, err
			}
		}
		return value, nil
	})
}

func (q querier) nextAuditSeq() (int64, error) {
	rec, err := q.one(cypherNextAuditSeq, nil)
	if err != nil {
		return 0, err
	}
	return value[int64](rec, "seq")
}

func jsonText(v any) *string {
	if v == nil {
		return nil
	}
	b, _ := json.Marshal(v)
	s := string(b)
	return &s
}

func jsonOrNil[T any](v *T) *string {
	if v == nil {
		return nil
	}
	return jsonText(v)
}

func decodeAudit(r *cols) kg.AuditEvent {
	m := col[map[string]any](r, "a")
	ev := kg.AuditEvent{Seq: int64(intOf(m, "seq")), At: str(m, "at"), Actor: str(m, "actor"), Operation: str(m, "operation"),
		TargetID: str(m, "targetId"), Before: strp(m, "before"), After: strp(m, "after"), Reason: strp(m, "reason"),
		EntityIDs: strs(m, "entityIds")}
	for _, k := range strs(m, "kinds") {
		ev.Kinds = append(ev.Kinds, kg.Kind(k))
	}
	return ev
}

// AuditLog pages audit events, newest first.
func (s *Store) AuditLog(ctx context.Context, aq kg.AuditQuery) (*kg.Page[kg.AuditEvent], error) {
	params := map[string]any{"target": aq.TargetID, "actor": aq.Actor, "entity": aq.EntityID}
	windowParams(params, aq.Window, 1)
	evs, err := readAll(ctx, s, cypherAuditLog, params, decodeAudit)
	if err != nil {
		return nil, err
	}
	keys := make([][]any, len(evs))
	for i, ev := range evs {
		keys[i] = []any{float64(ev.Seq)}
	}
	return page(evs, keys, "aud", aq.Window, 0), nil
}

// AuditEventsAfter returns events with a sequence number above seq, oldest first.
func (s *Store) AuditEventsAfter(ctx context.Context, seq int64, limit int) ([]kg.AuditEvent, error) {
	return readAll(ctx, s, cypherAuditAfter, map[string]any{"seq": seq, "limit": limit}, decodeAudit)
}

// LatestAuditSeq is the sequence number of the newest audit event (0 when none).
func (s *Store) LatestAuditSeq(ctx context.Context) (int64, error) {
	seqs, err := readAll(ctx, s, cypherLatestAudit, nil, func(r *cols) int64 { return col[int64](r, "seq") })
	if err != nil || len(seqs) == 0 {
		return 0, err
	}
	return seqs[0], nil
}
