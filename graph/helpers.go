package graph

import (
	"cmp"
	"context"
	"slices"

	"github.com/hkgraph/hkgraph/graph/dataload"
	"github.com/hkgraph/hkgraph/graph/model"
	"github.com/hkgraph/hkgraph/kg"
)

// document loads a document through the request's loader (null when unknown).
func (r *Resolver) document(ctx context.Context, id string) (*model.Document, error) {
	d, err := dataload.For(ctx).Document(ctx, id)
	if d == nil || err != nil {
		return nil, err
	}
	return &model.Document{Document: d}, nil
}

// wrapRelationships makes GraphQL relationships of rels, loading (in one batch) any end the
// store did not read with them: from and to are plain fields of model.Relationship.
func (r *Resolver) wrapRelationships(ctx context.Context, rels ...*kg.Relationship) ([]*model.Relationship, error) {
	var missing []string
	for _, rel := range rels {
		if rel.From == nil {
			missing = append(missing, rel.FromID)
		}
		if rel.To == nil {
			missing = append(missing, rel.ToID)
		}
	}
	if len(missing) > 0 {
		// Every caller is a root field (a query's or a mutation's) with the whole list in
		// hand: nothing else would join the loader's batch, so the ends are read at once
		// rather than after its batching wait, and primed for the fields below.
		es, err := r.Store.EntitiesByID(ctx, slices.Compact(slices.Sorted(slices.Values(missing))))
		if err != nil {
			return nil, err
		}
		l := dataload.For(ctx)
		for _, e := range es {
			l.PrimeEntities(e)
		}
		for _, rel := range rels {
			rel.From, rel.To = cmp.Or(rel.From, es[rel.FromID]), cmp.Or(rel.To, es[rel.ToID])
			if rel.From == nil || rel.To == nil {
				return nil, kg.Errorf(kg.CodeNotFound, "an end of relationship %s (%s → %s) no longer exists", rel.ID, rel.FromID, rel.ToID)
			}
		}
	}
	out := make([]*model.Relationship, len(rels))
	for i, rel := range rels {
		out[i] = &model.Relationship{Relationship: rel}
	}
	return out, nil
}

// wrapRelationship is wrapRelationships for one.
func (r *Resolver) wrapRelationship(ctx context.Context, rel *kg.Relationship) (*model.Relationship, error) {
	out, err := r.wrapRelationships(ctx, rel)
	if err != nil {
		return nil, err
	}
	return out[0], nil
}
