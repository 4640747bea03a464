package neo4jstore

import (
	"context"

	"github.com/hkgraph/hkgraph/kg"
)

const (
	cypherDeleteEntity = `MATCH (n:Entity {id: $id}) DETACH DELETE n`

	cypherEntityRelIDs = `MATCH (n:Entity {id: $id})-[r]-(:Entity) RETURN collect(r.id) AS ids`

	cypherSetFigures = `MATCH (n:Entity {id: $id})
SET n.figures = $figures, n.version = $version, n.updatedAt = $at, n.updatedBy = $actor`
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
		remove + " SET n:" + label(newKind) + "\n" + cypherRoleLabels("n", newKind, "$props.roles")
}

// entity reads one entity in the transaction; nil when there is none.
func (q querier) entity(id string) (*kg.Entity, error) {
	rec, err := q.one(cypherGetEntity(), map[string]any{"id": id})
	if err != nil || rec == nil {
		return nil, err
	}
	return decodeOne(rec, entityE)
}

// UpsertEntity creates an entity or updates the fields the write gives, adds the source as a
// citation, and bumps its version.
func (s *Store) UpsertEntity(ctx context.Context, w kg.EntityWrite, actor string) (*kg.Entity, error) {
	return mutation(ctx, s, upsertEntityTx(w, actor))
}

// upsertEntityTx is UpsertEntity's write; kg.ApplyEntityWrite decides what it keeps.
func upsertEntityTx(w kg.EntityWrite, actor string) txWork[*kg.Entity] {
	return func(q querier, seq int64, at string) (*kg.AuditEvent, *kg.Entity, error) {
		before, err := q.entity(w.Entity.ID)
		if err != nil {
			return nil, nil, err
		}
		current := 0
		var oldKind kg.Kind
		if before != nil {
			current, oldKind = before.Version, before.Kind
		}
		if err := kg.CheckVersion(w.Entity.ID, w.ExpectedVersion, current); err != nil {
			return nil, nil, err
		}
		cit, err := citationFor(q, w.Source, "input.source")
		if err != nil {
			return nil, nil, err
		}
		after := kg.ApplyEntityWrite(before, w.Entity)
		after.Citations = kg.AddCitation(after.Citations, cit)
		after.Version, after.UpdatedAt, after.UpdatedBy = current+1, &at, &actor
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

// DeleteEntity deletes an entity with its relationships, as one audit event that lists them.
// It reports false when there was no such entity.
func (s *Store) DeleteEntity(ctx context.Context, id string, expectedVersion *int, reason *string, actor string) (bool, error) {
	return mutation(ctx, s, func(q querier, seq int64, at string) (*kg.AuditEvent, bool, error) {
		before, err := q.entity(id)
		if err != nil || before == nil {
			return nil, false, err
		}
		if err := kg.CheckVersion(id, expectedVersion, before.Version); err != nil {
			return nil, false, err
		}
		rec, err := q.one(cypherEntityRelIDs, map[string]any{"id": id})
		if err != nil {
			return nil, false, err
		}
		rels, err := decodeOne(rec, func(r *cols) []string { return list[string](r, "ids") })
		if err != nil {
			return nil, false, err
		}
		if _, err := q.rows(cypherDeleteEntity, map[string]any{"id": id}); err != nil {
			return nil, false, err
		}
		ev := &kg.AuditEvent{Actor: actor, Operation: "deleteEntity", TargetID: id, Reason: reason,
			Before: jsonText(map[string]any{"entity": before, "relationships": rels}), EntityIDs: []string{id}, Kinds: []kg.Kind{before.Kind}}
		return ev, true, nil
	})
}

// AddFigure adds a cited figure to an entity, replacing one with the same key.
func (s *Store) AddFigure(ctx context.Context, w kg.FigureWrite, actor string) (*kg.Entity, error) {
	return mutation(ctx, s, addFigureTx(w, actor))
}

// addFigureTx is AddFigure's write.
func addFigureTx(w kg.FigureWrite, actor string) txWork[*kg.Entity] {
	return changeFiguresTx(w.EntityID, w.ExpectedVersion, nil, actor, "addFigure", func(q querier, e *kg.Entity) error {
		cit, err := citationFor(q, w.Source, "input.source")
		if err != nil {
			return err
		}
		f := w.Figure
		f.Citations = []kg.Citation{cit}
		e.Figures = kg.SetFigure(e.Figures, f)
		return nil
	})
}

// RemoveFigure removes the figure with key from an entity.
func (s *Store) RemoveFigure(ctx context.Context, entityID, key string, expectedVersion *int, reason *string, actor string) (*kg.Entity, error) {
	return mutation(ctx, s, changeFiguresTx(entityID, expectedVersion, reason, actor, "removeFigure", func(_ querier, e *kg.Entity) error {
		var removed bool
		if e.Figures, removed = kg.RemoveFigure(e.Figures, key); !removed {
			return kg.BadInput("key", "%s has no figure %q", entityID, key)
		}
		return nil
	}))
}

// changeFiguresTx is the audited read-modify-write shared by the figure mutations.
func changeFiguresTx(id string, expectedVersion *int, reason *string, actor, op string, change func(querier, *kg.Entity) error) txWork[*kg.Entity] {
	return func(q querier, seq int64, at string) (*kg.AuditEvent, *kg.Entity, error) {
		before, err := q.entity(id)
		if err != nil {
			return nil, nil, err
		}
		if before == nil {
			return nil, nil, kg.BadInput("entityId", "no entity %q", id)
		}
		if err := kg.CheckVersion(id, expectedVersion, before.Version); err != nil {
			return nil, nil, err
		}
		after := *before
		if err := change(q, &after); err != nil {
			return nil, nil, err
		}
		if _, err := q.rows(cypherSetFigures, map[string]any{"id": id, "figures": encodeFigures(after.Figures),
			"version": before.Version + 1, "at": at, "actor": actor}); err != nil {
			return nil, nil, err
		}
		fresh, err := q.entity(id)
		if err != nil {
			return nil, nil, err
		}
		ev := &kg.AuditEvent{Actor: actor, Operation: op, TargetID: id, Reason: reason, Before: jsonText(before),
			After: jsonText(fresh), EntityIDs: []string{id}, Kinds: []kg.Kind{before.Kind}}
		return ev, fresh, nil
	}
}
