package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/hkgraph/hkgraph/graph/dataload"
	"github.com/hkgraph/hkgraph/kg"
)

// prefetch looks ahead at what the query selects under a list of entities and fetches each
// level of nested relationships in one round trip, priming the request's loaders. Without it,
// gqlgen's concurrent field resolution leaves batching to timing: the loaders would usually,
// but not always, gather a whole level into one query. With it the count is fixed: one round
// trip per level of nesting, whatever the page sizes.
//
// sel is the selection set applied to each entity (the fields of `node`, `entity`, `to`, …).
func (r *Resolver) prefetch(ctx context.Context, ids []string, sel ast.SelectionSet) {
	if len(ids) == 0 || len(sel) == 0 || !graphql.HasOperationContext(ctx) {
		return
	}
	op := graphql.GetOperationContext(ctx)
	// Fields that decode to the same key (aliases of one page) share one fetch.
	fetched := map[dataload.RelQuery]map[string]*kg.Page[*kg.Relationship]{}
	for _, f := range graphql.CollectFields(op, sel, nil) {
		if f.Name != "relationships" {
			continue
		}
		q, err := dataload.RelQueryFrom(f.ArgumentMap(op.Variables))
		if err != nil {
			continue // the field's resolver reports the bad argument
		}
		pages, ok := fetched[q]
		if !ok {
			if pages, err = r.Store.Relationships(ctx, ids, q.Query()); err != nil {
				continue // the field's resolver fetches again and reports the error
			}
			fetched[q] = pages
		}
		r.primeLevel(ctx, op, f, q, ids, pages)
	}
}

// primeLevel primes the request's loaders with one level of pages, then prefetches the next
// level: the ends of these relationships, if the query looks into them.
func (r *Resolver) primeLevel(ctx context.Context, op *graphql.OperationContext, f graphql.CollectedField, q dataload.RelQuery, ids []string, pages map[string]*kg.Page[*kg.Relationship]) {
	dataload.For(ctx).PrimeRelationships(q, ids, pages)
	for _, end := range endSelections(op, f.Selections) {
		var next []string
		seen := map[string]bool{}
		for _, p := range pages {
			for _, rel := range p.Items {
				for _, e := range []*kg.Entity{rel.From, rel.To} {
					if e != nil && !seen[e.ID] {
						seen[e.ID] = true
						next = append(next, e.ID)
					}
				}
			}
		}
		r.prefetch(ctx, next, end)
	}
}

// entityWithRelationships is the store's one-trip read of an entity with a page of its
// relationships (neo4jstore.Store has it; other kg.Readers need not).
type entityWithRelationships interface {
	EntityWithRelationships(ctx context.Context, id string, q kg.RelQuery) (*kg.Entity, *kg.Page[*kg.Relationship], error)
}

// rootEntity loads the entity a root field (entity, node) names, with what the field selects
// below it. A root field has no siblings to batch with, so it skips the loader's batching
// wait and asks the store directly. When the field selects one relationships connection, the
// entity and its page come in one round trip (the relationships statement reads the entity
// anyway); otherwise the entity is read, then prefetch fetches its relationships.
func (r *Resolver) rootEntity(ctx context.Context, id string) (*kg.Entity, error) {
	sel := fieldSelection(ctx)
	l := dataload.For(ctx)
	if er, ok := r.Store.(entityWithRelationships); ok && len(sel) > 0 && graphql.HasOperationContext(ctx) {
		op := graphql.GetOperationContext(ctx)
		var rels []graphql.CollectedField
		for _, f := range graphql.CollectFields(op, sel, nil) {
			if f.Name == "relationships" {
				rels = append(rels, f)
			}
		}
		if len(rels) == 1 {
			if q, err := dataload.RelQueryFrom(rels[0].ArgumentMap(op.Variables)); err == nil {
				e, p, err := er.EntityWithRelationships(ctx, id, q.Query())
				if err != nil || e == nil {
					return nil, err
				}
				l.PrimeEntities(e)
				r.primeLevel(ctx, op, rels[0], q, []string{id}, map[string]*kg.Page[*kg.Relationship]{id: p})
				return e, nil
			}
		}
	}
	es, err := r.Store.EntitiesByID(ctx, []string{id})
	if err != nil || es[id] == nil {
		return nil, err
	}
	l.PrimeEntities(es[id])
	r.prefetch(ctx, []string{id}, sel)
	return es[id], nil
}

// endSelections returns the selection sets of edges.node.from and edges.node.to.
func endSelections(op *graphql.OperationContext, conn ast.SelectionSet) []ast.SelectionSet {
	var out []ast.SelectionSet
	for _, edges := range graphql.CollectFields(op, conn, nil) {
		if edges.Name != "edges" {
			continue
		}
		for _, node := range graphql.CollectFields(op, edges.Selections, nil) {
			if node.Name != "node" {
				continue
			}
			for _, end := range graphql.CollectFields(op, node.Selections, nil) {
				if end.Name == "from" || end.Name == "to" {
					out = append(out, end.Selections)
				}
			}
		}
	}
	return out
}

// nodeSelection returns the selection under edges.node of a connection field being resolved.
func nodeSelection(ctx context.Context) ast.SelectionSet {
	if !graphql.HasOperationContext(ctx) {
		return nil
	}
	op := graphql.GetOperationContext(ctx)
	var out ast.SelectionSet
	for _, edges := range graphql.CollectFieldsCtx(ctx, nil) {
		if edges.Name != "edges" {
			continue
		}
		for _, node := range graphql.CollectFields(op, edges.Selections, nil) {
			if node.Name == "node" {
				out = append(out, node.Selections...)
			}
		}
	}
	return out
}

// fieldSelection returns the selection set of the field being resolved.
func fieldSelection(ctx context.Context) ast.SelectionSet {
	if fc := graphql.GetFieldContext(ctx); fc != nil && fc.Field.Field != nil {
		return fc.Field.Selections
	}
	return nil
}
