// Package model holds the GraphQL object types that wrap domain records. gqlgen generates the
// rest (models_gen.go); the entity types share one embedded implementation so that each kind's
// object type costs a line.
package model

import (
	"context"

	"github.com/hkgraph/hkgraph/graph/dataload"
	"github.com/hkgraph/hkgraph/kg"
)

// EntityBase implements the fields every entity object type has. Its methods take the
// per-request loaders from the context, so nested fields batch across a whole list.
type EntityBase struct{ *kg.Entity }

func (EntityBase) IsNode()   {}
func (EntityBase) IsEntity() {}

// Relationships pages this entity's relationships (batched with its siblings' by the loader).
// The look-ahead (graph.prefetch) decodes the same arguments with dataload.RelQueryFrom and
// primes the loader under the key built here.
func (e EntityBase) Relationships(ctx context.Context, types []kg.RelType, direction *kg.Direction, first *int, after *string, last *int, before *string) (*RelationshipConnection, error) {
	q, err := dataload.RelQueryOf(types, direction, first, after, last, before)
	if err != nil {
		return nil, err
	}
	p, err := dataload.For(ctx).Relationships(ctx, e.ID, q)
	if err != nil {
		return nil, err
	}
	return RelationshipPage(p), nil
}

// Mentions pages where documents name this entity.
func (e EntityBase) Mentions(ctx context.Context, first *int, after *string) (*MentionConnection, error) {
	pg, err := dataload.MentionsPage(first, after)
	if err != nil {
		return nil, err
	}
	p, err := dataload.For(ctx).Mentions(ctx, e.ID, pg)
	if err != nil {
		return nil, err
	}
	c := &MentionConnection{TotalCount: p.TotalCount, PageInfo: &p.PageInfo}
	for i := range p.Items {
		c.Edges = append(c.Edges, &MentionEdge{Cursor: p.Cursors[i], Node: &p.Items[i]})
	}
	if c.Edges == nil {
		c.Edges = []*MentionEdge{}
	}
	return c, nil
}

// Figures never returns null: the schema promises a list.
func (e EntityBase) Figures() []*kg.Figure { return ptrs(e.Entity.Figures) }

// Citations never returns null.
func (e EntityBase) Citations() []*kg.Citation { return ptrs(e.Entity.Citations) }

// Aliases never returns null.
func (e EntityBase) Aliases() []string {
	if e.Entity.Aliases == nil {
		return []string{}
	}
	return e.Entity.Aliases
}

// Roles never returns null.
func (e EntityBase) Roles() []kg.Role {
	if e.Entity.Roles == nil {
		return []kg.Role{}
	}
	return e.Entity.Roles
}

func ptrs[T any](xs []T) []*T {
	out := make([]*T, len(xs))
	for i := range xs {
		out[i] = &xs[i]
	}
	return out
}

// One object type per kind.
type (
	Organization struct{ EntityBase }
	Person       struct{ EntityBase }
	Programme    struct{ EntityBase }
	Fund         struct{ EntityBase }
	Facility     struct{ EntityBase }
	Event        struct{ EntityBase }
	Place        struct{ EntityBase }
	Policy       struct{ EntityBase }
)

// WrapEntity returns the object type for e's kind (nil for nil).
func WrapEntity(e *kg.Entity) Entity {
	if e == nil {
		return nil
	}
	b := EntityBase{e}
	switch e.Kind {
	case kg.KindOrganization:
		return Organization{b}
	case kg.KindPerson:
		return Person{b}
	case kg.KindProgramme:
		return Programme{b}
	case kg.KindFund:
		return Fund{b}
	case kg.KindFacility:
		return Facility{b}
	case kg.KindEvent:
		return Event{b}
	case kg.KindPlace:
		return Place{b}
	}
	return Policy{b}
}

// WrapEntities wraps a list.
func WrapEntities(es []*kg.Entity) []Entity {
	out := make([]Entity, len(es))
	for i, e := range es {
		out[i] = WrapEntity(e)
	}
	return out
}

// Relationship is the GraphQL Relationship: a domain relationship that is also a Node.
// Whoever makes one fills in both ends (the store reads them with the relationship;
// graph.wrapRelationships loads any that are missing), so that from and to are plain fields
// to gqlgen: as resolvers they cost two goroutines per relationship in every list.
type Relationship struct{ *kg.Relationship }

func (Relationship) IsNode() {}

// From is the relationship's start.
func (r Relationship) From() Entity { return WrapEntity(r.Relationship.From) }

// To is the relationship's end.
func (r Relationship) To() Entity { return WrapEntity(r.Relationship.To) }

// Citations never returns null.
func (r Relationship) Citations() []*kg.Citation { return ptrs(r.Relationship.Citations) }

// RelationshipPage converts a page of relationships to a connection.
func RelationshipPage(p *kg.Page[*kg.Relationship]) *RelationshipConnection {
	c := &RelationshipConnection{TotalCount: p.TotalCount, PageInfo: &p.PageInfo, Edges: make([]*RelationshipEdge, len(p.Items))}
	for i, r := range p.Items {
		c.Edges[i] = &RelationshipEdge{Cursor: p.Cursors[i], Node: &Relationship{r}}
	}
	return c
}

// Document is the GraphQL Document: a domain document that is also a Node.
type Document struct{ *kg.Document }

func (Document) IsNode() {}
