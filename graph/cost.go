package graph

import (
	"github.com/hkgraph/hkgraph/curation"
	"github.com/hkgraph/hkgraph/graph/dataload"
	"github.com/hkgraph/hkgraph/kg"
	"github.com/hkgraph/hkgraph/limits"
)

// Lists without a paging argument, as the cost analysis counts them: documents and groups of
// relationships by region or year are unbounded in principle and counted as unpagedCost, a
// relationship group's entities are at most groupEntitiesCost.
const (
	documentsCost     = 100
	unpagedCost       = 100
	groupEntitiesCost = 50
)

// CostSizes tells the cost analysis (package limits) how many nodes each list and
// connection field of this schema can return, from the same arguments, defaults and ranges as
// the resolvers, so an out-of-range argument is refused as BAD_USER_INPUT before it is costed.
// Lists whose nodes the parent field already counted (a connection's edges, an entity's
// citations and figures, a path's steps, a subgraph's members) are 0. An object list missing
// here counts the limits package default (100): give new list fields an entry.
func CostSizes() map[string]limits.SizeFunc {
	page := func(args map[string]any) (int, error) { return dataload.PageSizeFrom(args) }
	fixed := func(n int) limits.SizeFunc { return func(map[string]any) (int, error) { return n, nil } }
	return map[string]limits.SizeFunc{
		"Query.entities": page,
		"Entity.relationships": func(args map[string]any) (int, error) {
			q, err := dataload.RelQueryFrom(args)
			return q.Page.Size(), err
		},
		"Entity.mentions": func(args map[string]any) (int, error) {
			p, err := dataload.MentionsPageFrom(args)
			return p.Size(), err
		},
		"Entity.history": page,
		"Query.auditLog": page,
		// Deal flow: a page of relationships (first 1–100); what each selects is counted under it.
		"Query.relationships": page,
		"Query.proposals":     page,
		"Query.search": func(args map[string]any) (int, error) {
			a := dataload.Args(args)
			first, err := a.Int("first")
			if err != nil {
				return 0, err
			}
			q, err := searchQuery(deref(a.String("query")), nil, first)
			return q.First, err
		},
		"GraphStats.mostConnected": func(args map[string]any) (int, error) {
			first, err := dataload.Args(args).Int("first")
			if err != nil {
				return 0, err
			}
			return mostConnectedFirst(first)
		},
		"Query.documents": fixed(documentsCost),
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
			a := dataload.Args(args)
			hops, err := a.Int("hops")
			if err != nil {
				return 0, err
			}
			limit, err := a.Int("limit")
			if err != nil {
				return 0, err
			}
			q, err := neighborhoodQuery(deref(a.String("id")), hops, nil, limit)
			return q.Limit, err
		},
		// A path has at most maxHops+1 entities; paths returns up to k of them.
		"Query.path": func(args map[string]any) (int, error) {
			one := 1
			q, err := pathQueryFrom(args, &one)
			return q.MaxHops + 1, err
		},
		"Query.paths": func(args map[string]any) (int, error) {
			k, err := dataload.Args(args).Int("k")
			if err != nil {
				return 0, err
			}
			q, err := pathQueryFrom(args, k)
			return q.K * (q.MaxHops + 1), err
		},
		"RelationshipConnection.edges": fixed(0), "EntityConnection.edges": fixed(0),
		"MentionConnection.edges": fixed(0), "AuditConnection.edges": fixed(0), "ProposalConnection.edges": fixed(0),
		"Entity.figures": fixed(0), "Entity.citations": fixed(0), "Figure.citations": fixed(0),
		"Relationship.citations": fixed(0), "Path.entities": fixed(0), "Path.relationships": fixed(0),
		"Subgraph.entities": fixed(0), "Subgraph.relationships": fixed(0),
		"GraphStats.byKind": fixed(0), "GraphStats.byRole": fixed(0), "GraphStats.byRelationshipType": fixed(0),
	}
}

// pathQueryFrom decodes the arguments of Query.path and Query.paths as their resolvers do.
func pathQueryFrom(args dataload.Args, k *int) (kg.PathQuery, error) {
	maxHops, err := args.Int("maxHops")
	if err != nil {
		return kg.PathQuery{}, err
	}
	return pathQuery(deref(args.String("from")), deref(args.String("to")), maxHops, k, nil)
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// ingestPointsPerByte prices reading an article's proposals by the size of its text in UTF-8,
// the unit in which the extractor's worst case is even across scripts. A point stands for about
// 20 µs of CPU (a node read; news text costs the extractor ~12 µs per character, eval's
// BenchmarkExtract10k). The worst case, extract's BenchmarkExtractAdversarial on texts of the
// largest size a request carries (a one-clause list of cues, thousands of 「」 quotes, bare cue
// words, scripts mixed, blank lines), was 2,617 µs per character before the per-text tables of
// branch b17xcpu (≈870 µs/byte; a 21,757-character one-clause list took 57 s), and is now at
// most ~50 µs per Chinese character and ~20 µs per other one: ~17 µs/byte, under the 20 µs a
// point buys. Two characters a point, the old price, covered 20 µs per two characters only.
// curation.MaxIngestBytes (48 KiB) keeps the largest text under the default cost limit.
const ingestPointsPerByte = 1

// CostWork tells the cost analysis what a field spends beyond the nodes it returns: the
// extraction ingestDocument runs on its text is charged to the caller's budget by length.
func CostWork() map[string]limits.SizeFunc {
	return map[string]limits.SizeFunc{
		"Mutation.ingestDocument": func(args map[string]any) (int, error) {
			in, _ := args["input"].(map[string]any)
			text, _ := in["text"].(string)
			if len(text) > curation.MaxIngestBytes {
				return 0, nil // refused as BAD_USER_INPUT before anything is extracted
			}
			return len(text) * ingestPointsPerByte, nil
		},
	}
}
