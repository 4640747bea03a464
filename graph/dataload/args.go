package dataload

import (
	"github.com/hkgraph/hkgraph/kg"
)

// Paging limits, the same on every connection.
const (
	DefaultPageSize = 20
	MaxPageSize     = 100
)

// Window validates Relay paging arguments: first/after forwards or last/before backwards,
// 1–100, with cursors of connection `on` carrying `keys` sort values.
func Window(first *int, after *string, last *int, before *string, on string, keys int) (kg.Window, error) {
	var w kg.Window
	if first != nil && last != nil {
		return w, kg.BadInput("first", "give first or last, not both")
	}
	if first != nil && (*first < 1 || *first > MaxPageSize) {
		return w, kg.BadInput("first", "must be between 1 and %d, got %d", MaxPageSize, *first)
	}
	if last != nil && (*last < 1 || *last > MaxPageSize) {
		return w, kg.BadInput("last", "must be between 1 and %d, got %d", MaxPageSize, *last)
	}
	if after != nil && before != nil {
		return w, kg.BadInput("after", "give after or before, not both")
	}
	if after != nil {
		c, err := kg.DecodeCursor(*after, on, keys, "after")
		if err != nil {
			return w, err
		}
		w.After = &c
	}
	if before != nil {
		c, err := kg.DecodeCursor(*before, on, keys, "before")
		if err != nil {
			return w, err
		}
		w.Before = &c
	}
	switch {
	case last != nil:
		w.Last = *last
	case before != nil:
		w.Last = DefaultPageSize
	case first != nil:
		w.First = *first
	default:
		w.First = DefaultPageSize
	}
	if w.Last > 0 && w.After != nil {
		return w, kg.BadInput("last", "page backwards with last and before, not after")
	}
	if w.First > 0 && w.Before != nil {
		return w, kg.BadInput("first", "page forwards with first and after, not before")
	}
	return w, nil
}

// ForwardWindow validates first/after for connections that page only forwards.
func ForwardWindow(first *int, after *string, on string, keys int) (kg.Window, error) {
	return Window(first, after, nil, nil, on, keys)
}

// RelQueryOf validates the arguments of Entity.relationships.
func RelQueryOf(types []kg.RelType, direction *kg.Direction, first *int, after *string, last *int, before *string) (kg.RelQuery, error) {
	w, err := Window(first, after, last, before, "rel", 3)
	if err != nil {
		return kg.RelQuery{}, err
	}
	q := kg.RelQuery{Types: kg.Canonical(types), Direction: kg.DirectionBoth, Window: w}
	if direction != nil {
		q.Direction = *direction
	}
	return q, nil
}
