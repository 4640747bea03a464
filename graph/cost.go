package graph

import (
	"github.com/hkgraph/hkgraph/graph/dataload"
	"github.com/hkgraph/hkgraph/httpserver/armor"
	"github.com/hkgraph/hkgraph/kg"
)

// Lists without a paging argument, as the cost analysis counts them: documents and groups of
// relationships by region or year are unbounded in principle and counted as unpagedCost, a
// relationship group's entities are at most groupEntitiesCost.
const (
	documentsCost     = 100
	unpagedCost       = 100
	groupEntitiesCost = 50
)

// CostSizes tells the cost analysis (httpserver/armor) how many nodes each list and
// connection field of this schema can return, from the same arguments, defaults and ranges as
// the resolvers, so an out-of-range argument is refused as BAD_USER_INPUT before it is costed.
// Lists whose nodes the parent field already counted (a connection's edges, an entity's
// citations and figures, a path's steps, a subgraph's members) are 0. An object list missing
// here counts armor's default (100): give new list fields an entry.
func CostSizes() map[string]armor.SizeFunc {
	window := func(def int) armor.SizeFunc {
		return func(args map[string]any) (int, error) {
			first, err := intRange(args, "first", def, 1, dataload.MaxPageSize)
			if err != nil {
				return 0, err
			}
			if _, ok, _ := armor.Int(args, "last"); ok {
				return intRange(args, "last", def, 1, dataload.MaxPageSize)
			}
			return first, nil
		}
	}
	fixed := func(n int) armor.SizeFunc { return func(map[string]any) (int, error) { return n, nil } }
	return map[string]armor.SizeFunc{
		"Query.entities":       window(dataload.DefaultPageSize),
		"Entity.relationships": window(dataload.DefaultPageSize),
		"Entity.mentions":      window(dataload.DefaultPageSize),
		"Entity.history":       window(dataload.DefaultPageSize),
		"Query.auditLog":       window(dataload.DefaultPageSize),
		// Deal flow: a page of relationships (first 1–100); what each selects is counted under it.
		"Query.relationships":      window(dataload.DefaultPageSize),
		"Query.proposals":          window(dataload.DefaultPageSize),
		"Query.search":             window(defaultSearch),
		"GraphStats.mostConnected": window(10),
		"Query.documents":          fixed(documentsCost),
		// One group per relationship type or entity kind; regions and years are counted as
		// an unpaged list. Each group lists at most groupEntitiesCost entities.
		"Query.relationshipGroups": func(args map[string]any) (int, error) {
			switch by, _ := args["by"].(string); by {
			case "TYPE":
				return len(kg.RelTypes), nil
			case "KIND":
				return len(kg.Kinds), nil
			}
			return unpagedCost, nil
		},
		"RelationshipGroup.entities": fixed(groupEntitiesCost),
		// A subgraph holds up to limit entities (and the relationships among them).
		"Query.neighborhood": func(args map[string]any) (int, error) {
			if _, err := intRange(args, "hops", defaultHops, 1, maxHops); err != nil {
				return 0, err
			}
			return intRange(args, "limit", defaultNeighbors, 1, maxNeighbors)
		},
		// A path has at most maxHops+1 entities; paths returns up to k of them.
		"Query.path": func(args map[string]any) (int, error) {
			h, err := intRange(args, "maxHops", defaultMaxHops, 1, maxMaxHops)
			return h + 1, err
		},
		"Query.paths": func(args map[string]any) (int, error) {
			h, err := intRange(args, "maxHops", defaultMaxHops, 1, maxMaxHops)
			if err != nil {
				return 0, err
			}
			k, err := intRange(args, "k", defaultK, 1, maxK)
			return k * (h + 1), err
		},
		"RelationshipConnection.edges": fixed(0), "EntityConnection.edges": fixed(0),
		"MentionConnection.edges": fixed(0), "AuditConnection.edges": fixed(0), "ProposalConnection.edges": fixed(0),
		"Entity.figures": fixed(0), "Entity.citations": fixed(0), "Figure.citations": fixed(0),
		"Relationship.citations": fixed(0), "Path.entities": fixed(0), "Path.relationships": fixed(0),
		"Subgraph.entities": fixed(0), "Subgraph.relationships": fixed(0),
		"GraphStats.byKind": fixed(0), "GraphStats.byRole": fixed(0), "GraphStats.byRelationshipType": fixed(0),
	}
}

// intRange reads an integer argument for the cost analysis with intArg's range check.
func intRange(args map[string]any, name string, def, lo, hi int) (int, error) {
	v, ok, err := armor.Int(args, name)
	if err != nil {
		return 0, kg.BadInput(name, "%v", err)
	}
	if !ok {
		return def, nil
	}
	return intArg(name, &v, def, lo, hi)
}
