package dataload

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
	"github.com/hkgraph/hkgraph/limits"
)

// This file is the one home of the paging and relationship arguments. The cost analysis and
// the look-ahead read a field's arguments from the query (Args); the resolvers get them typed
// from gqlgen; both decode them through the same functions here, into comparable values, so
// the look-ahead primes the loader cache under exactly the key the resolver asks for.

// Paging limits, the same on every connection.
const (
	DefaultPageSize = 20
	MaxPageSize     = 100
)

// Page is a validated Relay paging window in comparable form: forwards (First, After) or
// backwards (Last, Before). Cursors are kept in their canonical encoding, so equal windows
// are equal values and can key a cache.
type Page struct {
	First, Last   int
	After, Before string // canonical cursor encodings; "" when absent
	on            string // the connection the cursors belong to
	keys          int    // and how many sort key values they carry
}

// Size is the number of items the window asks for.
func (p Page) Size() int { return max(p.First, p.Last) }

// Window is the page as the store takes it.
func (p Page) Window() kg.Window {
	w := kg.Window{First: p.First, Last: p.Last}
	// The cursors were decoded when the page was made and re-encoded by kg.Cursor.Encode:
	// decoding them again cannot fail.
	if p.After != "" {
		c, _ := kg.DecodeCursor(p.After, p.on, p.keys, "after")
		w.After = &c
	}
	if p.Before != "" {
		c, _ := kg.DecodeCursor(p.Before, p.on, p.keys, "before")
		w.Before = &c
	}
	return w
}

// PageOf validates Relay paging arguments: first/after forwards or last/before backwards,
// 1–100, with cursors of connection on carrying keys sort values. An error is BAD_USER_INPUT
// naming the argument.
func PageOf(first *int, after *string, last *int, before *string, on string, keys int) (Page, error) {
	p := Page{on: on, keys: keys}
	if first != nil && last != nil {
		return p, kg.BadInput("first", "give first or last, not both")
	}
	if first != nil && (*first < 1 || *first > MaxPageSize) {
		return p, kg.BadInput("first", "must be between 1 and %d, got %d", MaxPageSize, *first)
	}
	if last != nil && (*last < 1 || *last > MaxPageSize) {
		return p, kg.BadInput("last", "must be between 1 and %d, got %d", MaxPageSize, *last)
	}
	if after != nil && before != nil {
		return p, kg.BadInput("after", "give after or before, not both")
	}
	for _, c := range []struct {
		arg string
		in  *string
		out *string
	}{{"after", after, &p.After}, {"before", before, &p.Before}} {
		if c.in == nil {
			continue
		}
		cur, err := kg.DecodeCursor(*c.in, on, keys, c.arg)
		if err != nil {
			return p, err
		}
		*c.out = cur.Encode()
	}
	switch {
	case last != nil:
		p.Last = *last
	case first != nil: // before first, so that first with before is refused below
		p.First = *first
	case before != nil:
		p.Last = DefaultPageSize
	default:
		p.First = DefaultPageSize
	}
	if p.Last > 0 && p.After != "" {
		return p, kg.BadInput("last", "page backwards with last and before, not after")
	}
	if p.First > 0 && p.Before != "" {
		return p, kg.BadInput("first", "page forwards with first and after, not before")
	}
	return p, nil
}

// Window validates Relay paging arguments (PageOf) for a store query.
func Window(first *int, after *string, last *int, before *string, on string, keys int) (kg.Window, error) {
	p, err := PageOf(first, after, last, before, on, keys)
	return p.Window(), err
}

// ForwardWindow validates first/after for connections that page only forwards.
func ForwardWindow(first *int, after *string, on string, keys int) (kg.Window, error) {
	return Window(first, after, nil, nil, on, keys)
}

// PageSizeFrom is the number of items first or last ask for, validated as PageOf does; the
// cursors are left to the resolver, which knows what they page over. The cost analysis
// counts connections with it.
func PageSizeFrom(a Args) (int, error) {
	first, err := a.Int("first")
	if err != nil {
		return 0, err
	}
	last, err := a.Int("last")
	if err != nil {
		return 0, err
	}
	p, err := PageOf(first, nil, last, nil, "", 0)
	return p.Size(), err
}

// Cursor tags and key lengths of the connections whose pages the loaders cache.
const (
	relOn, relKeys         = "rel", 3
	mentionsOn, mentionKey = "men", 2
)

// MentionsPage validates the arguments of Entity.mentions.
func MentionsPage(first *int, after *string) (Page, error) {
	return PageOf(first, after, nil, nil, mentionsOn, mentionKey)
}

// MentionsPageFrom is MentionsPage for the look-ahead.
func MentionsPageFrom(a Args) (Page, error) {
	first, err := a.Int("first")
	if err != nil {
		return Page{}, err
	}
	return MentionsPage(first, a.String("after"))
}

// RelQuery is the arguments of Entity.relationships, validated and canonical: types sorted
// and distinct, cursors re-encoded. It is comparable and keys the loader's cache of pages, so
// equivalent argument sets share one entry.
type RelQuery struct {
	types     string // the canonical types joined by ","; "" for all
	Direction kg.Direction
	Page      Page
}

// Types is the relationship types asked for (nil for all), sorted and distinct.
func (q RelQuery) Types() []kg.RelType {
	if q.types == "" {
		return nil
	}
	parts := strings.Split(q.types, ",")
	out := make([]kg.RelType, len(parts))
	for i, t := range parts {
		out[i] = kg.RelType(t)
	}
	return out
}

// Query is the relationship query as the store takes it.
func (q RelQuery) Query() kg.RelQuery {
	return kg.RelQuery{Types: q.Types(), Direction: q.Direction, Window: q.Page.Window()}
}

// RelQueryOf validates the arguments of Entity.relationships. The resolver calls it with the
// arguments gqlgen decoded; the cost analysis and the look-ahead through RelQueryFrom.
func RelQueryOf(types []kg.RelType, direction *kg.Direction, first *int, after *string, last *int, before *string) (RelQuery, error) {
	p, err := PageOf(first, after, last, before, relOn, relKeys)
	if err != nil {
		return RelQuery{}, err
	}
	q := RelQuery{Direction: kg.DirectionBoth, Page: p}
	if direction != nil {
		if !direction.Valid() {
			return RelQuery{}, kg.BadInput("direction", "%q is not a direction", *direction)
		}
		q.Direction = *direction
	}
	var names []string
	for _, t := range kg.Canonical(types) {
		if !t.Valid() {
			return RelQuery{}, kg.BadInput("types", "%q is not a relationship type", t)
		}
		names = append(names, string(t))
	}
	q.types = strings.Join(names, ",")
	return q, nil
}

// RelQueryFrom is RelQueryOf for arguments read from the query.
func RelQueryFrom(a Args) (RelQuery, error) {
	first, err := a.Int("first")
	if err != nil {
		return RelQuery{}, err
	}
	last, err := a.Int("last")
	if err != nil {
		return RelQuery{}, err
	}
	return RelQueryOf(Enums[kg.RelType](a, "types"), Enum[kg.Direction](a, "direction"), first, a.String("after"), last, a.String("before"))
}

// Args are a field's arguments as the look-ahead reads them from the query
// (ast.Field.ArgumentMap: variables resolved, schema defaults applied, so integers arrive as
// int64 or json.Number, enum values as strings, and a single value where a list is declared).
// Its getters return them in the types gqlgen hands the resolver, so that the look-ahead and
// the resolver decode them with the same function. The query is validated already: a value
// of the wrong type reads as absent.
type Args map[string]any

// Int returns an integer argument (nil when absent or null).
func (a Args) Int(name string) (*int, error) {
	v, ok, err := limits.Int(a, name)
	if err != nil {
		return nil, kg.BadInput(name, "%v", err)
	}
	if !ok {
		return nil, nil
	}
	return &v, nil
}

// String returns a string or ID argument (nil when absent or null).
func (a Args) String(name string) *string {
	if s, ok := a[name].(string); ok {
		return &s
	}
	return nil
}

// Enum returns an enum argument (nil when absent or null).
func Enum[T ~string](a Args, name string) *T {
	if s, ok := a[name].(string); ok {
		v := T(s)
		return &v
	}
	return nil
}

// Enums returns a list-of-enum argument (nil when absent or null). GraphQL coerces a single
// value given for a list to a list of one.
func Enums[T ~string](a Args, name string) []T {
	switch v := a[name].(type) {
	case string:
		return []T{T(v)}
	case []any:
		out := make([]T, 0, len(v))
		for _, x := range v {
			if s, ok := x.(string); ok {
				out = append(out, T(s))
			}
		}
		return out
	}
	return nil
}
