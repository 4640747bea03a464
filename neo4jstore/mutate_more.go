package neo4jstore

import (
	"context"
	"slices"

	"github.com/hkgraph/hkgraph/kg"
)

// UpdateRelationship changes the attributes the update gives, adds its source as a citation
// and bumps the version. The id stays: it names the fact as first recorded.
func (s *Store) UpdateRelationship(ctx context.Context, u kg.RelationshipUpdate, actor string) (*kg.Relationship, error) {
	out, err := s.mutation(ctx, func(q querier, seq int64, at string) (*kg.AuditEvent, any, error) {
		before, err := q.relationship(u.ID)
		if err != nil {
			return nil, nil, err
		}
		if before == nil {
			return nil, nil, kg.Errorf(kg.CodeNotFound, "no relationship %q", u.ID)
		}
		if u.ExpectedVersion != nil && *u.ExpectedVersion != before.Version {
			return nil, nil, conflict(u.ID, before.Version)
		}
		after := *before
		for _, f := range []struct{ dst, src **string }{{&after.Date, &u.Date}, {&after.EndDate, &u.EndDate}, {&after.Role, &u.Role}, {&after.Note, &u.Note}} {
			if *f.src != nil {
				*f.dst = *f.src
			}
		}
		if u.AmountHKD != nil {
			after.AmountHKD = u.AmountHKD
		}
		if u.Status != nil {
			after.Status = *u.Status
		}
		d := u.Deal
		after.Round, after.Amount, after.Currency, after.Lead = or(d.Round, after.Round), or(d.Amount, after.Amount), or(d.Currency, after.Currency), or(d.Lead, after.Lead)
		var p kg.Problems
		if kg.CheckDeal(&p, "input", &after); p.Err() != nil {
			return nil, nil, p.Err()
		}
		if after.Date != nil && after.EndDate != nil && kg.DateBefore(*after.EndDate, *after.Date) {
			return nil, nil, kg.BadInput("input.endDate", "%s is before date %s", *after.EndDate, *after.Date)
		}
		cit, err := citationFor(q, u.Source, "input.source")
		if err != nil {
			return nil, nil, err
		}
		after.Citations = kg.AddCitation(slices.Clone(after.Citations), cit)
		after.Version, after.UpdatedAt, after.UpdatedBy = before.Version+1, &at, &actor
		if _, err := q.rows(cypherCreateRelationship(after.Type), map[string]any{"from": after.FromID, "to": after.ToID, "id": after.ID,
			"props": RelationshipProps(&after), "version": after.Version, "at": at, "actor": actor}); err != nil {
			return nil, nil, err
		}
		ev := &kg.AuditEvent{Actor: actor, Operation: "updateRelationship", TargetID: u.ID, Before: jsonText(before),
			After: jsonText(after), EntityIDs: []string{after.FromID, after.ToID}}
		return ev, &after, nil
	})
	if err != nil {
		return nil, err
	}
	return out.(*kg.Relationship), nil
}

// AddFigure adds a cited figure to an entity, replacing one with the same key.
func (s *Store) AddFigure(ctx context.Context, w kg.FigureWrite, actor string) (*kg.Entity, error) {
	return s.changeFigures(ctx, addFigureTx(w, actor))
}

// addFigureTx is AddFigure's write; its value is the *kg.Entity written.
func addFigureTx(w kg.FigureWrite, actor string) txWork {
	return changeFiguresTx(w.EntityID, w.ExpectedVersion, nil, actor, "addFigure", func(q querier, e *kg.Entity) error {
		cit, err := citationFor(q, w.Source, "input.source")
		if err != nil {
			return err
		}
		f := w.Figure
		f.Citations = []kg.Citation{cit}
		e.Figures = slices.DeleteFunc(e.Figures, func(g kg.Figure) bool { return g.Key == f.Key })
		e.Figures = append(e.Figures, f)
		return nil
	})
}

// RemoveFigure removes the figure with key from an entity.
func (s *Store) RemoveFigure(ctx context.Context, entityID, key string, expectedVersion *int, reason *string, actor string) (*kg.Entity, error) {
	return s.changeFigures(ctx, changeFiguresTx(entityID, expectedVersion, reason, actor, "removeFigure", func(_ querier, e *kg.Entity) error {
		n := len(e.Figures)
		e.Figures = slices.DeleteFunc(e.Figures, func(g kg.Figure) bool { return g.Key == key })
		if len(e.Figures) == n {
			return kg.BadInput("key", "%s has no figure %q", entityID, key)
		}
		return nil
	}))
}

// changeFigures runs a figure write in its own transaction.
func (s *Store) changeFigures(ctx context.Context, work txWork) (*kg.Entity, error) {
	out, err := s.mutation(ctx, work)
	if err != nil {
		return nil, err
	}
	return out.(*kg.Entity), nil
}

// changeFiguresTx is the audited read-modify-write shared by the figure mutations.
func changeFiguresTx(id string, expectedVersion *int, reason *string, actor, op string, change func(querier, *kg.Entity) error) txWork {
	return func(q querier, seq int64, at string) (*kg.AuditEvent, any, error) {
		before, err := q.entity(id)
		if err != nil {
			return nil, nil, err
		}
		if before == nil {
			return nil, nil, kg.BadInput("entityId", "no entity %q", id)
		}
		if expectedVersion != nil && *expectedVersion != before.Version {
			return nil, nil, conflict(id, before.Version)
		}
		after := *before
		after.Figures = slices.Clone(before.Figures)
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

const cypherSetFigures = `MATCH (n:Entity {id: $id})
SET n.figures = $figures, n.version = $version, n.updatedAt = $at, n.updatedBy = $actor`

// or is v when given, else current: an update's absent fields keep their values.
func or[T any](v, current *T) *T {
	if v != nil {
		return v
	}
	return current
}
