package neo4jstore

import (
	"context"
	"fmt"

	"github.com/hkgraph/hkgraph/kg"
)

const cypherMoveMentions = `MATCH (d:Document)-[m:MENTIONS]->(:Entity {id: $remove})
MATCH (k:Entity {id: $keep})
MERGE (d)-[m2:MENTIONS {start: m.start}]->(k)
SET m2.end = m.end, m2.quote = m.quote`

// cypherRelsOf lists an entity's relationships with their other ends, for merging.
func cypherRelsOf() string {
	return fmt.Sprintf(`MATCH (n:Entity {id: $id})-[r:%s]-(m:Entity)
RETURN %s AS r`, relTypes(nil), relMap("r"))
}

// MergeEntities executes kg.PlanMerge: it moves remove's relationships (combining each with an
// equal one of keep's, kg.CombineMoved), mentions, figures and names onto keep and deletes
// remove, reporting what could not move in the result and the audit event.
func (s *Store) MergeEntities(ctx context.Context, m kg.Merge, actor string) (*kg.MergeResult, error) {
	return mutation(ctx, s, func(q querier, seq int64, at string) (*kg.AuditEvent, *kg.MergeResult, error) {
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
		rels, err := decodeAll(recs, func(c *cols) kg.Relationship { return *relationshipCol(c, "r") })
		if err != nil {
			return nil, nil, err
		}
		plan, err := kg.PlanMerge(k, r, rels, m.AllowKindChange)
		if err != nil {
			return nil, nil, err
		}
		for _, moved := range plan.Moved {
			existing, err := q.relationship(moved.ID)
			if err != nil {
				return nil, nil, err
			}
			rel := kg.CombineMoved(existing, moved)
			if err := q.putRelationship(&rel, rel.Version+1, at, actor); err != nil {
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
}
