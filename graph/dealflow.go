package graph

import (
	"slices"

	"github.com/hkgraph/hkgraph/graph/dataload"
	"github.com/hkgraph/hkgraph/graph/model"
	"github.com/hkgraph/hkgraph/kg"
)

// relationshipsQuery validates the arguments of Query.relationships: dates are ISO 8601 (partial
// allowed) with dateFrom not after dateTo, amountHKDMin finite and 0 or more, first 1–100, and
// the cursor one this query returned in the same order.
func relationshipsQuery(where *model.RelationshipWhere, orderBy *model.RelationshipOrder, first *int, after *string) (kg.RelationshipsQuery, error) {
	q := kg.RelationshipsQuery{OrderBy: kg.RelOrderDate}
	if orderBy != nil {
		q.OrderBy = kg.RelOrderField(orderBy.Field)
		q.Descending = orderBy.Direction != nil && *orderBy.Direction == model.OrderDirectionDesc
	}
	if where != nil {
		w := kg.RelationshipWhere{Types: dedupe(where.Types), DateFrom: where.DateFrom, DateTo: where.DateTo,
			AmountHKDMin: where.AmountHKDMin, FromKinds: dedupe(where.FromKinds), ToKinds: dedupe(where.ToKinds),
			FromRolesAny: dedupe(where.FromRolesAny), ToRolesAny: dedupe(where.ToRolesAny), Status: dedupe(where.Status)}
		for _, d := range []struct {
			field string
			v     *string
		}{{"where.dateFrom", w.DateFrom}, {"where.dateTo", w.DateTo}} {
			if d.v != nil && !kg.ValidDate(*d.v) {
				return q, kg.BadInput(d.field, "%q is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)", *d.v)
			}
		}
		if w.DateFrom != nil && w.DateTo != nil && kg.DateBefore(*w.DateTo, *w.DateFrom) {
			return q, kg.BadInput("where.dateTo", "%s is before dateFrom %s", *w.DateTo, *w.DateFrom)
		}
		for _, ids := range []struct {
			field string
			in    []string
			out   *[]string
		}{{"where.fromIds", where.FromIds, &w.FromIDs}, {"where.toIds", where.ToIds, &w.ToIDs}} {
			if len(ids.in) > dataload.MaxPageSize {
				return q, kg.BadInput(ids.field, "at most %d ids, got %d", dataload.MaxPageSize, len(ids.in))
			}
			for _, id := range ids.in {
				if err := entityID(ids.field, id); err != nil {
					return q, err
				}
			}
			*ids.out = dedupe(ids.in)
		}
		if w.AmountHKDMin != nil && !kg.ValidAmount(*w.AmountHKDMin) {
			return q, kg.BadInput("where.amountHKDMin", "must be a finite number, 0 or more")
		}
		q.Where = w
	}
	win, err := dataload.Window(first, after, nil, nil, q.CursorTag(), 2)
	if err != nil {
		return q, err
	}
	if c := win.After; c != nil {
		// The cursor's key must be of the order's kind and its id a relationship id: a forged
		// one is refused here rather than compared against the wrong property.
		id, _ := c.Key[1].(string)
		_, okID := kg.RelTypeOfID(id)
		var okKey bool
		switch k := c.Key[0].(type) {
		case nil:
			okKey = true
		case string:
			okKey = q.OrderBy == kg.RelOrderDate && kg.ValidDate(k)
		case float64:
			okKey = q.OrderBy == kg.RelOrderAmountHKD
		}
		if !okID || !okKey {
			return q, kg.BadInput("after", "not a cursor returned by this connection")
		}
	}
	q.Window = win
	return q, nil
}

// dedupe drops repeated values from an enum list, keeping the first of each.
func dedupe[T comparable](xs []T) []T {
	var out []T
	for _, x := range xs {
		if !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}
