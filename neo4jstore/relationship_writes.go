package neo4jstore

import (
	"context"
	"fmt"
	"slices"

	"github.com/hkgraph/hkgraph/kg"
)

const cypherEndpoints = `OPTIONAL MATCH (a:Entity {id: $from}) OPTIONAL MATCH (b:Entity {id: $to})
RETURN a IS NOT NULL AS hasFrom, b IS NOT NULL AS hasTo, a.kind AS fromKind, b.kind AS toKind`

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

// relationship reads one relationship in the transaction; nil when there is none.
func (q querier) relationship(id string) (*kg.Relationship, error) {
	t, ok := kg.RelTypeOfID(id)
	if !ok {
		return nil, nil
	}
	rec, err := q.one(cypherGetRelationship(t), map[string]any{"id": id})
	if err != nil || rec == nil {
		return nil, err
	}
	return decodeOne(rec, func(r *cols) *kg.Relationship { return relationshipCol(r, "r") })
}

// putRelationship writes r (created, or updated in place by id) at version.
func (q querier) putRelationship(r *kg.Relationship, version int, at, actor string) error {
	_, err := q.rows(cypherCreateRelationship(r.Type), map[string]any{"from": r.FromID, "to": r.ToID, "id": r.ID,
		"props": RelationshipProps(r), "version": version, "at": at, "actor": actor})
	return err
}

// AddRelationship adds a relationship, or the source's citation to an equal one (same type,
// endpoints and date), so a retried request makes no duplicate.
func (s *Store) AddRelationship(ctx context.Context, w kg.RelationshipWrite, actor string) (*kg.Relationship, error) {
	return mutation(ctx, s, addRelationshipTx(w, actor))
}

// endpoints are what addRelationship needs to know of a relationship's ends.
type endpoints struct {
	hasFrom, hasTo   bool
	fromKind, toKind kg.Kind
}

func decodeEndpoints(r *cols) endpoints {
	return endpoints{col[bool](r, "hasFrom"), col[bool](r, "hasTo"), kg.Kind(col[string](r, "fromKind")), kg.Kind(col[string](r, "toKind"))}
}

// addRelationshipTx is AddRelationship's write.
func addRelationshipTx(w kg.RelationshipWrite, actor string) txWork[*kg.Relationship] {
	r := w.Relationship
	return func(q querier, seq int64, at string) (*kg.AuditEvent, *kg.Relationship, error) {
		rec, err := q.one(cypherEndpoints, map[string]any{"from": r.FromID, "to": r.ToID})
		if err != nil {
			return nil, nil, err
		}
		ends, err := decodeOne(rec, decodeEndpoints)
		switch {
		case err != nil:
			return nil, nil, err
		case !ends.hasFrom:
			return nil, nil, kg.BadInput("input.from", "no entity %q", r.FromID)
		case !ends.hasTo:
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
		if err := q.putRelationship(&after, version, at, actor); err != nil {
			return nil, nil, err
		}
		ev := &kg.AuditEvent{Actor: actor, Operation: "addRelationship", TargetID: r.ID, Before: jsonOrNil(before),
			After: jsonText(after), EntityIDs: []string{r.FromID, r.ToID}, Kinds: []kg.Kind{ends.fromKind, ends.toKind}}
		return ev, &after, nil
	}
}

// UpdateRelationship changes the attributes the update gives (kg.ApplyRelationshipUpdate),
// adds its source as a citation and bumps the version. The id stays: it names the fact as
// first recorded.
func (s *Store) UpdateRelationship(ctx context.Context, u kg.RelationshipUpdate, actor string) (*kg.Relationship, error) {
	return mutation(ctx, s, func(q querier, seq int64, at string) (*kg.AuditEvent, *kg.Relationship, error) {
		before, err := q.relationship(u.ID)
		if err != nil {
			return nil, nil, err
		}
		if before == nil {
			return nil, nil, kg.Errorf(kg.CodeNotFound, "no relationship %q", u.ID)
		}
		if err := kg.CheckVersion(u.ID, u.ExpectedVersion, before.Version); err != nil {
			return nil, nil, err
		}
		after, err := kg.ApplyRelationshipUpdate(*before, u)
		if err != nil {
			return nil, nil, err
		}
		cit, err := citationFor(q, u.Source, "input.source")
		if err != nil {
			return nil, nil, err
		}
		after.Citations = kg.AddCitation(slices.Clone(after.Citations), cit)
		after.Version, after.UpdatedAt, after.UpdatedBy = before.Version+1, &at, &actor
		if err := q.putRelationship(&after, after.Version, at, actor); err != nil {
			return nil, nil, err
		}
		ev := &kg.AuditEvent{Actor: actor, Operation: "updateRelationship", TargetID: u.ID, Before: jsonText(before),
			After: jsonText(after), EntityIDs: []string{after.FromID, after.ToID}}
		return ev, &after, nil
	})
}

// RemoveRelationship removes a relationship; false when there was none.
func (s *Store) RemoveRelationship(ctx context.Context, id string, expectedVersion *int, reason *string, actor string) (bool, error) {
	return mutation(ctx, s, func(q querier, seq int64, at string) (*kg.AuditEvent, bool, error) {
		before, err := q.relationship(id)
		if err != nil || before == nil {
			return nil, false, err
		}
		if err := kg.CheckVersion(id, expectedVersion, before.Version); err != nil {
			return nil, false, err
		}
		if _, err := q.rows(cypherDeleteRelationship(before.Type), map[string]any{"id": id}); err != nil {
			return nil, false, err
		}
		ev := &kg.AuditEvent{Actor: actor, Operation: "removeRelationship", TargetID: id, Reason: reason,
			Before: jsonText(before), EntityIDs: []string{before.FromID, before.ToID}}
		return ev, true, nil
	})
}
