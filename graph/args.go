package graph

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/hkgraph/hkgraph/graph/dataload"
	"github.com/hkgraph/hkgraph/graph/model"
	"github.com/hkgraph/hkgraph/kg"
	"github.com/hkgraph/hkgraph/textnorm"
)

// Argument ranges. Every out-of-range argument is BAD_USER_INPUT naming it and the range.
const (
	maxSearchLen     = 200
	maxWhereDepth    = 5
	maxWhereTerms    = 50
	defaultMaxHops   = 4
	maxMaxHops       = 6
	defaultK         = 3
	maxK             = 5
	defaultHops      = 1
	maxHops          = 3
	defaultNeighbors = 100
	maxNeighbors     = 500
	defaultSearch    = 10

	defaultMostConnected = 10
)

// intArg returns *v (or def) when it lies in [lo, hi], else BAD_USER_INPUT naming arg.
func intArg(arg string, v *int, def, lo, hi int) (int, error) {
	if v == nil {
		return def, nil
	}
	if *v < lo || *v > hi {
		return 0, kg.BadInput(arg, "must be between %d and %d, got %d", lo, hi, *v)
	}
	return *v, nil
}

// entityID checks that id is a well-formed entity slug; unknown but well-formed ids are not
// errors (the field is null).
func entityID(arg, id string) error {
	if !kg.ValidID(id) {
		return kg.BadInput(arg, "%q is not an entity id (2–64 lowercase letters, digits or hyphens)", id)
	}
	return nil
}

// mostConnectedFirst validates GraphStats.mostConnected(first).
func mostConnectedFirst(first *int) (int, error) {
	return intArg("first", first, defaultMostConnected, 1, dataload.MaxPageSize)
}

func searchQuery(text string, kinds []kg.Kind, first *int) (kg.SearchQuery, error) {
	n := utf8.RuneCountInString(strings.TrimSpace(text))
	if n < 1 || n > maxSearchLen {
		return kg.SearchQuery{}, kg.BadInput("query", "must be 1–%d characters, got %d", maxSearchLen, n)
	}
	f, err := intArg("first", first, defaultSearch, 1, dataload.MaxPageSize)
	return kg.SearchQuery{Text: text, Kinds: kg.Canonical(kinds), First: f}, err
}

// entityQuery validates the arguments of Query.entities.
func entityQuery(kind *kg.Kind, where *model.EntityWhere, orderBy *model.EntityOrder, first *int, after *string, last *int, before *string) (kg.EntityQuery, error) {
	var q kg.EntityQuery
	w, err := dataload.Window(first, after, last, before, "ent", 2)
	if err != nil {
		return q, err
	}
	q.Window = w
	terms := 0
	if where != nil {
		if q.Where, err = convertWhere(where, "where", 1, &terms); err != nil {
			return q, err
		}
	}
	if kind != nil {
		q.Where = kg.EntityWhere{Kind: kind, And: nonEmpty(q.Where)}
	}
	q.OrderBy = kg.OrderName
	if orderBy != nil {
		q.OrderBy = kg.OrderField(orderBy.Field)
		q.Descending = orderBy.Direction != nil && *orderBy.Direction == model.OrderDirectionDesc
	}
	return q, nil
}

func nonEmpty(w kg.EntityWhere) []kg.EntityWhere {
	if w.Kind == nil && w.RolesAny == nil && w.NameContains == nil && w.NameStartsWith == nil && w.FoundedFrom == nil &&
		w.FoundedTo == nil && w.HasRelationship == nil && w.And == nil && w.Or == nil && w.Not == nil {
		return nil
	}
	return []kg.EntityWhere{w}
}

// convertWhere validates a filter tree (depth and size are bounded) and folds name text so it
// matches names in either script and any case.
func convertWhere(w *model.EntityWhere, path string, depth int, terms *int) (kg.EntityWhere, error) {
	var out kg.EntityWhere
	if depth > maxWhereDepth {
		return out, kg.BadInput(path, "filters nest at most %d levels deep", maxWhereDepth)
	}
	if *terms++; *terms > maxWhereTerms {
		return out, kg.BadInput(path, "at most %d filter objects", maxWhereTerms)
	}
	out.Kind, out.RolesAny, out.FoundedFrom, out.FoundedTo = w.Kind, kg.Canonical(w.RolesAny), w.FoundedFrom, w.FoundedTo
	for _, s := range []struct {
		name string
		in   *string
		out  **string
	}{{"nameContains", w.NameContains, &out.NameContains}, {"nameStartsWith", w.NameStartsWith, &out.NameStartsWith}} {
		if s.in == nil {
			continue
		}
		if n := utf8.RuneCountInString(*s.in); n < 1 || n > maxSearchLen {
			return out, kg.BadInput(path+"."+s.name, "must be 1–%d characters, got %d", maxSearchLen, n)
		}
		f := textnorm.Fold(*s.in)
		*s.out = &f
	}
	if h := w.HasRelationship; h != nil {
		rf := &kg.RelFilter{Type: h.Type, Direction: kg.DirectionBoth, To: h.To}
		if h.Direction != nil {
			rf.Direction = *h.Direction
		}
		if h.To != nil {
			if err := entityID(path+".hasRelationship.to", *h.To); err != nil {
				return out, err
			}
		}
		out.HasRelationship = rf
	}
	for i, sub := range w.And {
		c, err := convertWhere(sub, path+".AND["+strconv.Itoa(i)+"]", depth+1, terms)
		if err != nil {
			return out, err
		}
		out.And = append(out.And, c)
	}
	for i, sub := range w.Or {
		c, err := convertWhere(sub, path+".OR["+strconv.Itoa(i)+"]", depth+1, terms)
		if err != nil {
			return out, err
		}
		out.Or = append(out.Or, c)
	}
	if w.Not != nil {
		c, err := convertWhere(w.Not, path+".NOT", depth+1, terms)
		if err != nil {
			return out, err
		}
		out.Not = &c
	}
	return out, nil
}

func pathQuery(from, to string, maxHopsArg, k *int, types []kg.RelType) (kg.PathQuery, error) {
	q := kg.PathQuery{From: from, To: to, Types: kg.Canonical(types)}
	if err := entityID("from", from); err != nil {
		return q, err
	}
	if err := entityID("to", to); err != nil {
		return q, err
	}
	var err error
	if q.MaxHops, err = intArg("maxHops", maxHopsArg, defaultMaxHops, 1, maxMaxHops); err != nil {
		return q, err
	}
	q.K, err = intArg("k", k, defaultK, 1, maxK)
	return q, err
}

func neighborhoodQuery(id string, hops *int, types []kg.RelType, limit *int) (kg.NeighborhoodQuery, error) {
	q := kg.NeighborhoodQuery{ID: id, Types: kg.Canonical(types)}
	if err := entityID("id", id); err != nil {
		return q, err
	}
	var err error
	if q.Hops, err = intArg("hops", hops, defaultHops, 1, maxHops); err != nil {
		return q, err
	}
	q.Limit, err = intArg("limit", limit, defaultNeighbors, 1, maxNeighbors)
	return q, err
}
