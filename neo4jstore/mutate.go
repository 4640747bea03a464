package neo4jstore

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/hkgraph/hkgraph/kg"
)

var _ kg.Writer = (*Store)(nil)

// Cypher for the API's writes. Every mutation first takes the next audit sequence number:
// that single counter serialises writers, so audit numbers follow commit order and a
// subscriber reading "everything after n" never skips a change.
const (
	cypherNextAuditSeq = `MERGE (s:AuditSequence {name: 'audit'})
SET s.value = coalesce(s.value, 0) + 1
RETURN s.value AS seq`

	cypherCreateAudit = `CREATE (a:AuditEvent {seq: $seq, id: 'audit:' + toString($seq), at: $at, actor: $actor,
  operation: $op, targetId: $target, before: $before, after: $after, reason: $reason,
  entityIds: $entityIds, kinds: $kinds})`

	cypherURLDocument = `MERGE (d:Document {id: $id})
ON CREATE SET d.url = $url, d.title = $url, d.text = $text, d.language = $lang, d.textPublic = true,
  d.sha256 = $sha, d.length = $length
RETURN d.text AS text`

	cypherDocumentText = `MATCH (d:Document {id: $id}) RETURN d.text AS text`

	cypherEndpoints = `OPTIONAL MATCH (a:Entity {id: $from}) OPTIONAL MATCH (b:Entity {id: $to})
RETURN a IS NOT NULL AS hasFrom, b IS NOT NULL AS hasTo, a.kind AS fromKind, b.kind AS toKind`

	cypherDeleteEntity = `MATCH (n:Entity {id: $id}) DETACH DELETE n`

	cypherEntityRelIDs = `MATCH (n:Entity {id: $id})-[r]-(:Entity) RETURN collect(r.id) AS ids`

	cypherMoveMentions = `MATCH (d:Document)-[m:MENTIONS]->(:Entity {id: $remove})
MATCH (k:Entity {id: $keep})
MERGE (d)-[m2:MENTIONS {start: m.start}]->(k)
SET m2.end = m.end, m2.quote = m.quote`

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

func cypherGetEntity() string {
	return "MATCH (n:Entity {id: $id}) RETURN " + entityMap("n") + " AS e"
}

func cypherSetEntity(oldKind, newKind kg.Kind) string {
	remove := ""
	if oldKind != "" && oldKind != newKind {
		remove = " REMOVE n:" + label(oldKind)
	}
	return "MERGE (n:Entity {id: $id}) SET n += $props, n.version = $version, n.updatedAt = $at, n.updatedBy = $actor" +
		remove + " SET n:" + label(newKind)
}

func cypherGetRelationship(t kg.RelType) string {
	return fmt.Sprintf("MATCH (a:Entity)-[r:%s {id: $id}]->(b:Entity) RETURN %s AS r", relTypes([]kg.RelType{t}), relMap("r"))
}

func cypherCreateRelationship(t kg.RelType) string {
	return fmt.Sprintf(`MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MERGE (a)-[r:%s {id: $id}]->(b)
SET r += $props, r.version = $version, r.updatedAt = $at, r.updatedBy = $actor, %s`, relTypes([]kg.RelType{t}), relKeys("a", "r", "b", t))
}

func cypherDeleteRelationship(t kg.RelType) string {
	return fmt.Sprintf("MATCH ()-[r:%s {id: $id}]->() DELETE r", relTypes([]kg.RelType{t}))
}

// cypherRelsOf lists an entity's relationships with their other ends, for merging.
func cypherRelsOf() string {
	return fmt.Sprintf(`MATCH (n:Entity {id: $id})-[r:%s]-(m:Entity)
RETURN %s AS r`, relTypes(nil), relMap("r"))
}

// txWork is the body of one audited write: it returns the audit record (nil: nothing changed,
// so no event) and the value to hand back. Bodies compose: accepting a proposal runs several
// in one transaction.
type txWork func(q querier, seq int64, at string) (*kg.AuditEvent, any, error)

// mutation runs one audited write transaction.
func (s *Store) mutation(ctx context.Context, work txWork) (any, error) {
	return s.mutations(ctx, func(q querier, seq int64, at string) ([]*kg.AuditEvent, any, error) {
		ev, value, err := work(q, seq, at)
		if ev == nil {
			return nil, value, err
		}
		return []*kg.AuditEvent{ev}, value, err
	})
}

// mutations runs one write transaction that records any number of audit events, each with the
// next sequence number.
func (s *Store) mutations(ctx context.Context, work func(q querier, seq int64, at string) ([]*kg.AuditEvent, any, error)) (any, error) {
	out, err := s.write(ctx, func(q querier) (any, error) {
		rec, err := q.one(cypherNextAuditSeq, nil)
		if err != nil {
			return nil, err
		}
		seq, _ := get(rec, "seq").(int64)
		at := time.Now().UTC().Format(time.RFC3339Nano)
		evs, value, err := work(q, seq, at)
		if err != nil {
			return nil, err
		}
		evs = slices.DeleteFunc(evs, func(ev *kg.AuditEvent) bool { return ev == nil })
		if len(evs) == 0 {
			// Nothing changed: give the sequence number back so the counter stays gap-free.
			_, err = q.rows("MATCH (s:AuditSequence {name: 'audit'}) SET s.value = s.value - 1", nil)
			return value, err
		}
		for i, ev := range evs {
			if i > 0 {
				if rec, err = q.one(cypherNextAuditSeq, nil); err != nil {
					return nil, err
				}
				seq, _ = get(rec, "seq").(int64)
			}
			kinds := make([]string, len(ev.Kinds))
			for j, k := range ev.Kinds {
				kinds[j] = string(k)
			}
			if _, err = q.rows(cypherCreateAudit, map[string]any{"seq": seq, "at": at, "actor": ev.Actor, "op": ev.Operation,
				"target": ev.TargetID, "before": ev.Before, "after": ev.After, "reason": ev.Reason,
				"entityIds": ev.EntityIDs, "kinds": kinds}); err != nil {
				return nil, err
			}
		}
		return value, nil
	})
	return out, err
}

func jsonText(v any) *string {
	if v == nil {
		return nil
	}
	b, _ := json.Marshal(v)
	s := string(b)
	return &s
}

// citationFor turns a source into a citation, inside the transaction: a URL becomes (or
// reuses) a Document whose text is the quote; a document span is checked against the text.
func citationFor(q querier, src kg.Source, field string) (kg.Citation, error) {
	if src.URL != nil {
		text := *src.URL
		if src.Quote != nil && *src.Quote != "" {
			text = *src.Quote
		}
		sum := sha256.Sum256([]byte(*src.URL + "\x00" + text))
		id := "doc:web-" + hex.EncodeToString(sum[:8])
		lang := "en"
		if hasHan(text) {
			lang = "zh-Hans"
		}
		if _, err := q.rows(cypherURLDocument, map[string]any{"id": id, "url": *src.URL, "text": text, "lang": lang,
			"sha": hex.EncodeToString(sum[:]), "length": len([]rune(text))}); err != nil {
			return kg.Citation{}, err
		}
		t := kg.Text(text)
		return kg.Citation{DocumentID: id, Start: 0, End: len(t), Quote: text, Context: text}, nil
	}
	rec, err := q.one(cypherDocumentText, map[string]any{"id": *src.DocumentID})
	if err != nil {
		return kg.Citation{}, err
	}
	if rec == nil {
		return kg.Citation{}, kg.BadInput(field+".documentId", "no document %q", *src.DocumentID)
	}
	raw, _ := get(rec, "text").(string)
	t := kg.Text(raw)
	quote, ok := t.Slice(*src.Start, *src.End)
	if !ok {
		return kg.Citation{}, kg.BadInput(field, "span [%d, %d) is outside document %s (length %d)", *src.Start, *src.End, *src.DocumentID, len(t))
	}
	if src.Quote != nil && *src.Quote != quote {
		return kg.Citation{}, kg.BadInput(field+".quote", "the text at [%d, %d) is %q, not %q", *src.Start, *src.End, quote, *src.Quote)
	}
	return kg.Citation{DocumentID: *src.DocumentID, Start: *src.Start, End: *src.End, Quote: quote, Context: t.Context(*src.Start, *src.End)}, nil
}

func hasHan(s string) bool {
	for _, r := range s {
		if r >= 0x3400 && r <= 0x9FFF {
			return true
		}
	}
	return false
}

func conflict(id string, current int) error {
	e := kg.Errorf(kg.CodeConflict, "%s is at version %d, not the expected one; reload it and try again", id, current)
	e.Extensions = map[string]any{"currentVersion": current}
	return e
}

func (q querier) entity(id string) (*kg.Entity, error) {
	rec, err := q.one(cypherGetEntity(), map[string]any{"id": id})
	if err != nil || rec == nil {
		return nil, err
	}
	return decodeEntity(get(rec, "e")), nil
}

// UpsertEntity creates an entity or updates the fields the write gives, adds the source as a
// citation, and bumps its version.
func (s *Store) UpsertEntity(ctx context.Context, w kg.EntityWrite, actor string) (*kg.Entity, error) {
	out, err := s.mutation(ctx, upsertEntityTx(w, actor))
	if err != nil {
		return nil, err
	}
	return out.(*kg.Entity), nil
}

// upsertEntityTx is UpsertEntity's write; its value is the *kg.Entity written.
func upsertEntityTx(w kg.EntityWrite, actor string) txWork {
	return func(q querier, seq int64, at string) (*kg.AuditEvent, any, error) {
		before, err := q.entity(w.Entity.ID)
		if err != nil {
			return nil, nil, err
		}
		current := 0
		if before != nil {
			current = before.Version
		}
		if w.ExpectedVersion != nil && *w.ExpectedVersion != current {
			return nil, nil, conflict(w.Entity.ID, current)
		}
		cit, err := citationFor(q, w.Source, "input.source")
		if err != nil {
			return nil, nil, err
		}
		after := mergeEntity(before, w.Entity)
		after.Citations = kg.AddCitation(after.Citations, cit)
		after.Version, after.UpdatedAt, after.UpdatedBy = current+1, &at, &actor
		var oldKind kg.Kind
		if before != nil {
			oldKind = before.Kind
		}
		if _, err := q.rows(cypherSetEntity(oldKind, after.Kind), map[string]any{"id": after.ID, "props": EntityProps(after),
			"version": after.Version, "at": at, "actor": actor}); err != nil {
			return nil, nil, err
		}
		fresh, err := q.entity(after.ID)
		if err != nil {
			return nil, nil, err
		}
		ev := &kg.AuditEvent{Actor: actor, Operation: "upsertEntity", TargetID: after.ID, Before: jsonOrNil(before),
			After: jsonText(fresh), EntityIDs: []string{after.ID}, Kinds: []kg.Kind{after.Kind}}
		return ev, fresh, nil
	}
}

func jsonOrNil(e *kg.Entity) *string {
	if e == nil {
		return nil
	}
	return jsonText(e)
}

// mergeEntity applies a write onto the current entity: given fields replace, nil ones stay.
func mergeEntity(cur *kg.Entity, w kg.Entity) *kg.Entity {
	if cur == nil {
		e := w
		return &e
	}
	e := *cur
	e.Kind, e.Name = w.Kind, w.Name
	set := func(dst **string, v *string) {
		if v != nil {
			*dst = v
		}
	}
	set(&e.NameZhHans, w.NameZhHans)
	set(&e.NameZhHant, w.NameZhHant)
	set(&e.Description, w.Description)
	set(&e.Region, w.Region)
	set(&e.Sector, w.Sector)
	set(&e.Date, w.Date)
	set(&e.EndDate, w.EndDate)
	if w.Aliases != nil {
		e.Aliases = w.Aliases
	}
	if w.Roles != nil {
		e.Roles = w.Roles
	}
	if w.Founded != nil {
		e.Founded = w.Founded
	}
	if e.Kind != kg.KindOrganization {
		e.Roles = nil
	}
	return &e
}

// AddRelationship adds a relationship, or the source's citation to an equal one (same type,
// endpoints and date), so a retried request makes no duplicate.
func (s *Store) AddRelationship(ctx context.Context, w kg.RelationshipWrite, actor string) (*kg.Relationship, error) {
	out, err := s.mutation(ctx, addRelationshipTx(w, actor))
	if err != nil {
		return nil, err
	}
	return out.(*kg.Relationship), nil
}

// addRelationshipTx is AddRelationship's write; its value is the *kg.Relationship written.
func addRelationshipTx(w kg.RelationshipWrite, actor string) txWork {
	r := w.Relationship
	return func(q querier, seq int64, at string) (*kg.AuditEvent, any, error) {
		rec, err := q.one(cypherEndpoints, map[string]any{"from": r.FromID, "to": r.ToID})
		if err != nil {
			return nil, nil, err
		}
		if ok, _ := get(rec, "hasFrom").(bool); !ok {
			return nil, nil, kg.BadInput("input.from", "no entity %q", r.FromID)
		}
		if ok, _ := get(rec, "hasTo").(bool); !ok {
			return nil, nil, kg.BadInput("input.to", "no entity %q", r.ToID)
		}
		cit, err := citationFor(q, w.Source, "input.source")
		if err != nil {
			return nil, nil, err
		}
		before, err := q.relationship(r.ID)
		if err != nil {
			return nil, nil, err
		}
		after := r
		version := 1
		if before != nil {
			after = *before
			version = before.Version + 1
		}
		var added bool
		after.Citations, added = kg.AddNewCitation(after.Citations, cit)
		if before != nil && !added {
			return nil, before, nil // the same fact with the same source: nothing to do
		}
		after.Version, after.UpdatedAt, after.UpdatedBy = version, &at, &actor
		if _, err := q.rows(cypherCreateRelationship(r.Type), map[string]any{"from": r.FromID, "to": r.ToID, "id": r.ID,
			"props": RelationshipProps(&after), "version": version, "at": at, "actor": actor}); err != nil {
			return nil, nil, err
		}
		ev := &kg.AuditEvent{Actor: actor, Operation: "addRelationship", TargetID: r.ID, After: jsonText(after),
			EntityIDs: []string{r.FromID, r.ToID}, Kinds: []kg.Kind{kindOf(rec, "fromKind"), kindOf(rec, "toKind")}}
		if before != nil {
			ev.Before = jsonText(before)
		}
		return ev, &after, nil
	}
}

func kindOf(rec *neo4j.Record, key string) kg.Kind { k, _ := get(rec, key).(string); return kg.Kind(k) }

func (q querier) relationship(id string) (*kg.Relationship, error) {
	t, ok := kg.RelTypeOfID(id)
	if !ok {
		return nil, nil
	}
	rec, err := q.one(cypherGetRelationship(t), map[string]any{"id": id})
	if err != nil || rec == nil {
		return nil, err
	}
	return decodeRelationship(get(rec, "r")), nil
}

// DeleteEntity deletes an entity with its relationships, as one audit event that lists them.
// It reports false when there was no such entity.
func (s *Store) DeleteEntity(ctx context.Context, id string, expectedVersion *int, reason *string, actor string) (bool, error) {
	out, err := s.mutation(ctx, func(q querier, seq int64, at string) (*kg.AuditEvent, any, error) {
		before, err := q.entity(id)
		if err != nil || before == nil {
			return nil, false, err
		}
		if expectedVersion != nil && *expectedVersion != before.Version {
			return nil, nil, conflict(id, before.Version)
		}
		rec, err := q.one(cypherEntityRelIDs, map[string]any{"id": id})
		if err != nil {
			return nil, nil, err
		}
		rels := get(rec, "ids")
		if _, err := q.rows(cypherDeleteEntity, map[string]any{"id": id}); err != nil {
			return nil, nil, err
		}
		ev := &kg.AuditEvent{Actor: actor, Operation: "deleteEntity", TargetID: id, Reason: reason,
			Before: jsonText(map[string]any{"entity": before, "relationships": rels}), EntityIDs: []string{id}, Kinds: []kg.Kind{before.Kind}}
		return ev, true, nil
	})
	if err != nil {
		return false, err
	}
	return out.(bool), nil
}

// RemoveRelationship removes a relationship; false when there was none.
func (s *Store) RemoveRelationship(ctx context.Context, id string, expectedVersion *int, reason *string, actor string) (bool, error) {
	out, err := s.mutation(ctx, func(q querier, seq int64, at string) (*kg.AuditEvent, any, error) {
		before, err := q.relationship(id)
		if err != nil || before == nil {
			return nil, false, err
		}
		if expectedVersion != nil && *expectedVersion != before.Version {
			return nil, nil, conflict(id, before.Version)
		}
		if _, err := q.rows(cypherDeleteRelationship(before.Type), map[string]any{"id": id}); err != nil {
			return nil, nil, err
		}
		ev := &kg.AuditEvent{Actor: actor, Operation: "removeRelationship", TargetID: id, Reason: reason,
			Before: jsonText(before), EntityIDs: []string{before.FromID, before.ToID}}
		return ev, true, nil
	})
	if err != nil {
		return false, err
	}
	return out.(bool), nil
}

// MergeEntities executes kg.PlanMerge: it moves remove's relationships (combining each with an
// equal one of keep's), mentions, figures and names onto keep and deletes remove, reporting
// what could not move in the result and the audit event.
func (s *Store) MergeEntities(ctx context.Context, m kg.Merge, actor string) (*kg.MergeResult, error) {
	out, err := s.mutation(ctx, func(q querier, seq int64, at string) (*kg.AuditEvent, any, error) {
		k, err := q.entity(m.Keep)
		if err != nil {
			return nil, nil, err
		}
		r, err := q.entity(m.Remove)
		if err != nil {
			return nil, nil, err
		}
		if k == nil {
			return nil, nil, kg.BadInput("keep", "no entity %q", m.Keep)
		}
		if r == nil {
			return nil, nil, kg.BadInput("remove", "no entity %q", m.Remove)
		}
		recs, err := q.rows(cypherRelsOf(), map[string]any{"id": m.Remove})
		if err != nil {
			return nil, nil, err
		}
		rels := make([]kg.Relationship, len(recs))
		for i, rec := range recs {
			rels[i] = *decodeRelationship(get(rec, "r"))
		}
		plan, err := kg.PlanMerge(k, r, rels, m.AllowKindChange)
		if err != nil {
			return nil, nil, err
		}
		for _, rel := range plan.Moved {
			existing, err := q.relationship(rel.ID)
			if err != nil {
				return nil, nil, err
			}
			if existing != nil {
				for _, c := range rel.Citations {
					existing.Citations = kg.AddCitation(existing.Citations, c)
				}
				existing.ID = rel.ID
				rel = *existing
			}
			if _, err := q.rows(cypherCreateRelationship(rel.Type), map[string]any{"from": rel.FromID, "to": rel.ToID, "id": rel.ID,
				"props": RelationshipProps(&rel), "version": rel.Version + 1, "at": at, "actor": actor}); err != nil {
				return nil, nil, err
			}
		}
		if _, err := q.rows(cypherMoveMentions, map[string]any{"keep": m.Keep, "remove": m.Remove}); err != nil {
			return nil, nil, err
		}
		merged := plan.Entity
		merged.Version, merged.UpdatedAt, merged.UpdatedBy = k.Version+1, &at, &actor
		if _, err := q.rows(cypherDeleteEntity, map[string]any{"id": m.Remove}); err != nil {
			return nil, nil, err
		}
		if _, err := q.rows(cypherSetEntity(k.Kind, k.Kind), map[string]any{"id": m.Keep, "props": EntityProps(merged),
			"version": merged.Version, "at": at, "actor": actor}); err != nil {
			return nil, nil, err
		}
		fresh, err := q.entity(m.Keep)
		if err != nil {
			return nil, nil, err
		}
		res := &kg.MergeResult{Entity: fresh, Dropped: plan.Dropped, DroppedFigures: plan.DroppedFigures}
		ev := &kg.AuditEvent{Actor: actor, Operation: "mergeEntities", TargetID: m.Keep, Reason: m.Reason,
			Before: jsonText(map[string]any{"keep": k, "remove": r, "relationshipsMoved": len(plan.Moved),
				"droppedRelationships": plan.Dropped, "droppedFigures": plan.DroppedFigures}),
			After: jsonText(fresh), EntityIDs: []string{m.Keep, m.Remove}, Kinds: []kg.Kind{k.Kind, r.Kind}}
		return ev, res, nil
	})
	if err != nil {
		return nil, err
	}
	return out.(*kg.MergeResult), nil
}

// CreateDocument stores a source text; the same text again returns the stored document.
func (s *Store) CreateDocument(ctx context.Context, d kg.Document, actor string) (*kg.Document, error) {
	out, err := s.mutation(ctx, func(q querier, seq int64, at string) (*kg.AuditEvent, any, error) {
		sum := sha256.Sum256([]byte(d.Text))
		d.SHA256 = hex.EncodeToString(sum[:])
		d.ID = "doc:" + d.SHA256[:16]
		existing, err := q.one(cypherDocumentsByID, map[string]any{"ids": []string{d.ID}})
		if err != nil {
			return nil, nil, err
		}
		if existing != nil {
			return nil, decodeDocument(get(existing, "d")), nil
		}
		props := documentRows([]*kg.Document{&d})[0]["props"]
		if _, err := q.rows("CREATE (d:Document {id: $id}) SET d += $props", map[string]any{"id": d.ID, "props": props}); err != nil {
			return nil, nil, err
		}
		meta := d
		meta.Text = ""
		ev := &kg.AuditEvent{Actor: actor, Operation: "createDocument", TargetID: d.ID, After: jsonText(meta)}
		return ev, &d, nil
	})
	if err != nil {
		return nil, err
	}
	return out.(*kg.Document), nil
}

func decodeAudit(v any) kg.AuditEvent {
	m := asMap(v)
	seq, _ := m["seq"].(int64)
	ev := kg.AuditEvent{Seq: seq, At: str(m, "at"), Actor: str(m, "actor"), Operation: str(m, "operation"),
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
	recs, err := s.readRows(ctx, cypherAuditLog, params)
	if err != nil {
		return nil, err
	}
	evs := make([]kg.AuditEvent, len(recs))
	keys := make([][]any, len(recs))
	for i, r := range recs {
		evs[i] = decodeAudit(get(r, "a"))
		keys[i] = []any{float64(evs[i].Seq)}
	}
	return page(evs, keys, "aud", aq.Window, 0), nil
}

// AuditEventsAfter returns events with a sequence number above seq, oldest first.
func (s *Store) AuditEventsAfter(ctx context.Context, seq int64, limit int) ([]kg.AuditEvent, error) {
	recs, err := s.readRows(ctx, cypherAuditAfter, map[string]any{"seq": seq, "limit": limit})
	if err != nil {
		return nil, err
	}
	evs := make([]kg.AuditEvent, len(recs))
	for i, r := range recs {
		evs[i] = decodeAudit(get(r, "a"))
	}
	return evs, nil
}

// LatestAuditSeq is the sequence number of the newest audit event (0 when none).
func (s *Store) LatestAuditSeq(ctx context.Context) (int64, error) {
	recs, err := s.readRows(ctx, cypherLatestAudit, nil)
	if err != nil || len(recs) == 0 {
		return 0, err
	}
	seq, _ := get(recs[0], "seq").(int64)
	return seq, nil
}
