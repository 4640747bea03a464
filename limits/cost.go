package limits

import (
	"encoding/json"
	"fmt"
	"math"
	"strings"

	"github.com/vektah/gqlparser/v2/ast"

	"github.com/hkgraph/hkgraph/kg"
)

// SizeFunc returns how many nodes a list or connection field can return, from its arguments
// (variables resolved, schema defaults applied). It returns 0 for a list whose nodes its parent
// already counted (a connection's edges) and an error (BAD_USER_INPUT) for an argument out of
// its range, so a range error is reported as such even when the cost is exceeded too.
type SizeFunc func(args map[string]any) (int, error)

// costOf counts, as GitHub does, the nodes an operation can return: every list or connection
// field counts its size multiplied by the sizes of the lists it is nested in, so
// entities(first: 50) { … relationships(first: 10) } costs 50 + 50×10. Single objects and
// scalars are free; introspection is bounded by its own nesting rule instead. The document
// must be validated (fields carry their definitions).
type costOf struct {
	schema      *ast.Schema
	sizes       map[string]SizeFunc
	work        map[string]SizeFunc // points a field spends beyond the nodes it returns
	defaultList int
	vars        map[string]any
	memo        map[string]int
}

func (c *costOf) set(ss ast.SelectionSet) (int, error) {
	total := 0
	for _, sel := range ss {
		var (
			n   int
			err error
		)
		switch sel := sel.(type) {
		case *ast.Field:
			if c.skipped(sel.Directives) {
				continue
			}
			n, err = c.field(sel)
		case *ast.InlineFragment:
			if c.skipped(sel.Directives) {
				continue
			}
			n, err = c.set(sel.SelectionSet)
		case *ast.FragmentSpread:
			if c.skipped(sel.Directives) || sel.Definition == nil {
				continue
			}
			// A fragment's cost scales linearly with where it is spread, so it is counted once.
			var ok bool
			if n, ok = c.memo[sel.Name]; !ok {
				if n, err = c.set(sel.Definition.SelectionSet); err == nil {
					c.memo[sel.Name] = n
				}
			}
		}
		if err != nil {
			return 0, err
		}
		total = add(total, n)
	}
	return total, nil
}

func (c *costOf) field(f *ast.Field) (int, error) {
	if strings.HasPrefix(f.Name, "__") || f.Definition == nil {
		return 0, nil
	}
	if err := c.enumLists(f); err != nil {
		return 0, err
	}
	size, err := c.size(f)
	if err != nil {
		return 0, err
	}
	work, err := c.lookup(c.work, f)
	if err != nil {
		return 0, err
	}
	inner, err := c.set(f.SelectionSet)
	if err != nil || size == 0 {
		return add(work, inner), err
	}
	return add(work, mul(size, add(1, inner))), nil
}

// lookup calls the function m holds for f as Type.field, then as Interface.field for each
// interface the type implements; a field m does not hold is 0.
func (c *costOf) lookup(m map[string]SizeFunc, f *ast.Field) (int, error) {
	if parent := f.ObjectDefinition; parent != nil && m != nil {
		for _, n := range append([]string{parent.Name}, parent.Interfaces...) {
			if fn, ok := m[n+"."+f.Name]; ok {
				return fn(f.ArgumentMap(c.vars))
			}
		}
	}
	return 0, nil
}

// size looks the field up as Type.field, then as Interface.field for each interface the type
// implements; an object list it does not find counts defaultList.
func (c *costOf) size(f *ast.Field) (int, error) {
	if parent := f.ObjectDefinition; parent != nil {
		for _, n := range append([]string{parent.Name}, parent.Interfaces...) {
			if _, ok := c.sizes[n+"."+f.Name]; ok {
				return c.lookup(c.sizes, f)
			}
		}
	}
	t := f.Definition.Type
	if t.Elem == nil {
		return 0, nil
	}
	if def := c.schema.Types[t.Name()]; def != nil && (def.Kind == ast.Object || def.Kind == ast.Interface || def.Kind == ast.Union) {
		return c.defaultList, nil
	}
	return 0, nil // lists of scalars or enums belong to their object
}

// enumLists refuses a list-of-enum argument longer than its enum has values (types: 22 at
// most, kinds: 8): a longer one repeats values, and 3,000 copies of PLACE once reached Cypher.
// The resolvers deduplicate and sort what is admitted (kg.Canonical).
func (c *costOf) enumLists(f *ast.Field) error {
	var args map[string]any
	for _, a := range f.Definition.Arguments {
		if a.Type.Elem == nil {
			continue
		}
		def := c.schema.Types[a.Type.Elem.Name()]
		if def == nil || def.Kind != ast.Enum {
			continue
		}
		if args == nil {
			args = f.ArgumentMap(c.vars)
		}
		if list, _ := args[a.Name].([]any); len(list) > len(def.EnumValues) {
			return kg.BadInput(a.Name, "at most %d values (each %s once), got %d", len(def.EnumValues), def.Name, len(list))
		}
	}
	return nil
}

// skipped reports whether @skip or @include leaves the selection out.
func (c *costOf) skipped(ds ast.DirectiveList) bool {
	if d := ds.ForName("skip"); d != nil {
		if v, _ := d.ArgumentMap(c.vars)["if"].(bool); v {
			return true
		}
	}
	if d := ds.ForName("include"); d != nil {
		if v, ok := d.ArgumentMap(c.vars)["if"].(bool); ok && !v {
			return true
		}
	}
	return false
}

func mul(a, b int) int {
	if a != 0 && b > capped/a {
		return capped
	}
	return min(a*b, capped)
}

// Int reads an integer argument as the parser (int64) or the JSON variables decoder
// (json.Number, float64) hand it over; ok is false when it is absent or null.
func Int(args map[string]any, name string) (v int, ok bool, err error) {
	switch x := args[name].(type) {
	case nil:
		return 0, false, nil
	case int:
		return x, true, nil
	case int64:
		return clampInt(float64(x)), true, nil
	case int32:
		return int(x), true, nil
	case float64:
		return clampInt(x), true, nil
	case json.Number:
		f, err := x.Float64()
		if err != nil {
			return 0, false, fmt.Errorf("%s: %q is not a number", name, x)
		}
		return clampInt(f), true, nil
	}
	return 0, false, fmt.Errorf("%s: not an integer", name)
}

func clampInt(f float64) int {
	return int(math.Max(math.Min(f, math.MaxInt32), math.MinInt32))
}
