package dataload_test

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"testing"

	"github.com/hkgraph/hkgraph/graph/dataload"
	"github.com/hkgraph/hkgraph/kg"
)

func ptr[T any](v T) *T { return &v }

// relCursor is a cursor of Entity.relationships as a client would send it back, written with
// whatever JSON spacing the test wants.
func relCursor(json string) string { return base64.RawURLEncoding.EncodeToString([]byte(json)) }

// Equivalent argument sets, whether gqlgen decoded them for the resolver (RelQueryOf) or the
// look-ahead read them from the query (RelQueryFrom, with the value types the parser and the
// variables decoder produce), must make equal keys: the loader cache hits only then.
func TestRelQueryEquivalentArgumentsShareAKey(t *testing.T) {
	cur := relCursor(`{"on":"rel","key":["INVESTED_IN","gogox","rel:invested_in:00000000000000ff"]}`)
	spaced := relCursor(`{ "key": [ "INVESTED_IN", "gogox", "rel:invested_in:00000000000000ff" ], "on": "rel" }`)
	both := kg.DirectionBoth
	typed := func(types []kg.RelType, dir *kg.Direction, first *int, after *string, last *int, before *string) func() (dataload.RelQuery, error) {
		return func() (dataload.RelQuery, error) { return dataload.RelQueryOf(types, dir, first, after, last, before) }
	}
	raw := func(args map[string]any) func() (dataload.RelQuery, error) {
		return func() (dataload.RelQuery, error) { return dataload.RelQueryFrom(args) }
	}
	tests := []struct {
		name string
		a, b func() (dataload.RelQuery, error)
	}{
		{"defaults spelled out", typed(nil, nil, nil, nil, nil, nil), typed(nil, &both, ptr(dataload.DefaultPageSize), nil, nil, nil)},
		{"no types and an empty list both ask for all", typed(nil, nil, nil, nil, nil, nil), typed([]kg.RelType{}, nil, nil, nil, nil, nil)},
		{"type order and repeats", typed([]kg.RelType{"INVESTED_IN", "PARTNERED_WITH"}, nil, nil, nil, nil, nil),
			typed([]kg.RelType{"PARTNERED_WITH", "INVESTED_IN", "PARTNERED_WITH"}, nil, nil, nil, nil, nil)},
		{"cursor spacing and key order", typed(nil, nil, ptr(5), &cur, nil, nil), typed(nil, nil, ptr(5), &spaced, nil, nil)},
		{"before without last pages back by the default size", typed(nil, nil, nil, nil, nil, &cur), typed(nil, nil, nil, nil, ptr(dataload.DefaultPageSize), &cur)},
		{"query literal (int64, []any) and typed", raw(map[string]any{"first": int64(10), "types": []any{"PARTNERED_WITH", "INVESTED_IN"}, "direction": "OUT"}),
			typed([]kg.RelType{"INVESTED_IN", "PARTNERED_WITH"}, ptr(kg.Direction("OUT")), ptr(10), nil, nil, nil)},
		{"JSON variables (json.Number, float64)", raw(map[string]any{"first": json.Number("7"), "after": cur}), raw(map[string]any{"first": 7.0, "after": spaced})},
		{"a single enum for a list is a list of one", raw(map[string]any{"types": "INVESTED_IN"}), typed([]kg.RelType{"INVESTED_IN"}, nil, nil, nil, nil, nil)},
		{"explicit nulls are absent", raw(map[string]any{"first": nil, "types": nil, "direction": nil, "after": nil}), typed(nil, nil, nil, nil, nil, nil)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, errA := tt.a()
			b, errB := tt.b()
			if errA != nil || errB != nil {
				t.Fatalf("errors: %v, %v", errA, errB)
			}
			if a != b {
				t.Errorf("keys differ:\n%+v\n%+v", a, b)
			}
		})
	}
}

// Different argument sets must not share a key, or one field would be answered with another's page.
func TestRelQueryDifferentArgumentsDiffer(t *testing.T) {
	cur := relCursor(`{"on":"rel","key":["INVESTED_IN","gogox","rel:invested_in:00000000000000ff"]}`)
	out := kg.DirectionOut
	base := func() (dataload.RelQuery, error) { return dataload.RelQueryOf(nil, nil, nil, nil, nil, nil) }
	others := map[string]func() (dataload.RelQuery, error){
		"types": func() (dataload.RelQuery, error) {
			return dataload.RelQueryOf([]kg.RelType{"INVESTED_IN"}, nil, nil, nil, nil, nil)
		},
		"direction": func() (dataload.RelQuery, error) { return dataload.RelQueryOf(nil, &out, nil, nil, nil, nil) },
		"first":     func() (dataload.RelQuery, error) { return dataload.RelQueryOf(nil, nil, ptr(21), nil, nil, nil) },
		"after":     func() (dataload.RelQuery, error) { return dataload.RelQueryOf(nil, nil, nil, &cur, nil, nil) },
		"last":      func() (dataload.RelQuery, error) { return dataload.RelQueryOf(nil, nil, nil, nil, ptr(20), nil) },
	}
	b, _ := base()
	for name, f := range others {
		q, err := f()
		if err != nil || q == b {
			t.Errorf("%s: %+v (err %v) equals the defaults' key", name, q, err)
		}
	}
}

// Invalid arguments are BAD_USER_INPUT naming the argument, from either entry point.
func TestRelQueryInvalidNamesTheArgument(t *testing.T) {
	cur := relCursor(`{"on":"rel","key":["INVESTED_IN","gogox","rel:invested_in:00000000000000ff"]}`)
	entCur := relCursor(`{"on":"ent","key":["gogox","gogox"]}`)
	tests := []struct {
		name string
		args map[string]any
		want string
	}{
		{"first too small", map[string]any{"first": int64(0)}, "first"},
		{"first too large", map[string]any{"first": json.Number("101")}, "first"},
		{"first not a number", map[string]any{"first": "ten"}, "first"},
		{"last too large", map[string]any{"last": int64(101)}, "last"},
		{"first and last", map[string]any{"first": int64(1), "last": int64(1)}, "first"},
		{"after and before", map[string]any{"after": cur, "before": cur}, "after"},
		{"after is not a cursor", map[string]any{"after": "not-a-cursor"}, "after"},
		{"before belongs to another connection", map[string]any{"before": entCur}, "before"},
		{"last with after", map[string]any{"last": int64(5), "after": cur}, "last"},
		{"first with before", map[string]any{"first": int64(5), "before": cur}, "first"},
		{"unknown type", map[string]any{"types": []any{"INVESTED_IN", "LIKES"}}, "types"},
		{"unknown direction", map[string]any{"direction": "UP"}, "direction"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := dataload.RelQueryFrom(tt.args)
			var ke *kg.Error
			if !errors.As(err, &ke) || ke.Code != kg.CodeBadUserInput || ke.Extensions["argument"] != tt.want {
				t.Fatalf("error %v, want BAD_USER_INPUT naming %q", err, tt.want)
			}
		})
	}
}

// The page a key stands for is the one the store is asked for: its cursor decodes back.
func TestRelQueryStoreQuery(t *testing.T) {
	cur := relCursor(`{"on":"rel","key":["INVESTED_IN","gogox","rel:invested_in:00000000000000ff"]}`)
	q, err := dataload.RelQueryFrom(map[string]any{"types": []any{"PARTNERED_WITH", "INVESTED_IN", "INVESTED_IN"}, "last": int64(3), "before": cur})
	if err != nil {
		t.Fatal(err)
	}
	sq := q.Query()
	if len(sq.Types) != 2 || sq.Types[0] != "INVESTED_IN" || sq.Types[1] != "PARTNERED_WITH" || sq.Direction != kg.DirectionBoth {
		t.Errorf("types %v, direction %s", sq.Types, sq.Direction)
	}
	if sq.Window.Last != 3 || sq.Window.First != 0 || sq.Window.After != nil || sq.Window.Before == nil ||
		sq.Window.Before.Key[1] != "gogox" || sq.Window.Before.Encode() != q.Page.Before {
		t.Errorf("window %+v", sq.Window)
	}
	if q.Page.Size() != 3 {
		t.Errorf("size %d, want 3", q.Page.Size())
	}
}

// PageSizeFrom (the cost analysis) applies the same defaults and ranges as the resolvers.
func TestPageSizeFrom(t *testing.T) {
	for _, tt := range []struct {
		args map[string]any
		want int
		arg  string
	}{
		{map[string]any{}, dataload.DefaultPageSize, ""},
		{map[string]any{"first": int64(7)}, 7, ""},
		{map[string]any{"last": json.Number("9")}, 9, ""},
		{map[string]any{"first": int64(101)}, 0, "first"},
		{map[string]any{"first": int64(1), "last": int64(1)}, 0, "first"},
	} {
		n, err := dataload.PageSizeFrom(tt.args)
		var ke *kg.Error
		switch {
		case tt.arg == "" && (err != nil || n != tt.want):
			t.Errorf("%v: %d, %v; want %d", tt.args, n, err, tt.want)
		case tt.arg != "" && (!errors.As(err, &ke) || ke.Extensions["argument"] != tt.arg):
			t.Errorf("%v: error %v, want one naming %q", tt.args, err, tt.arg)
		}
	}
}
