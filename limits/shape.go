package limits

import (
	"cmp"

	"github.com/vektah/gqlparser/v2/ast"
)

// shape is what the pre-validation checks measure of one operation, with its fragments
// expanded as execution would expand them.
type shape struct {
	depth      int // deepest field nesting outside introspection (a leaf field counts)
	aliases    int
	directives int
	repeated   string // a directive used twice at one location (graphql-cop's directive overloading)
	// The response key selected most often in one selection set, and how often (graphql-cop's
	// field duplication).
	duplicated string
	duplicates int
	// Under __schema and __type, which are exempt from depth:
	introDepth  int // deepest nesting, counting __schema/__type as 1
	introLists  int // most __Type list fields (fields, inputFields, …) on one path
	introOfType int // most ofType fields on one path
}

// Introspection fields whose nesting is bounded by GraphiQL's own introspection query rather
// than by the depth limit. GraphiQL 3.9's query nests 15 levels (__schema types fields args
// type and nine ofType, then kind), selects at most one of the list fields below on any path
// (types→fields, never fields→type→fields), and nine ofType. The circular-introspection attack
// (fields { type { fields { type … } } }) needs two.
const (
	maxIntroDepth  = 15
	maxIntroLists  = 1
	maxIntroOfType = 9
)

func isIntroRoot(name string) bool { return name == "__schema" || name == "__type" }

// introList reports whether a __Type field returns a list of types' members: nesting two of
// them is what makes introspection circular.
func introList(name string) bool {
	switch name {
	case "fields", "inputFields", "interfaces", "possibleTypes", "enumValues":
		return true
	}
	return false
}

// capped keeps counts from overflowing: fragments spread in fragments multiply, and a
// document of a few hundred tokens can describe 2^100 fields.
const capped = 1 << 30

func add(a, b int) int { return min(a+b, capped) }

type fragKey struct {
	name  string
	intro bool
}

// measurer walks a parsed, not yet validated document: fragments are looked up by name, a
// cycle is cut (validation reports it), and each fragment is measured once.
type measurer struct {
	doc          *ast.QueryDocument
	memo         map[fragKey]shape
	visiting     map[string]bool
	keyMemo      map[string]map[string]int
	keysVisiting map[string]bool
}

// measure returns the shape of the operation that opName selects, or, when it selects none
// (the executor reports that), the largest of each measure over all operations.
func measure(doc *ast.QueryDocument, opName string) shape {
	m := &measurer{doc: doc, memo: map[fragKey]shape{}, visiting: map[string]bool{},
		keyMemo: map[string]map[string]int{}, keysVisiting: map[string]bool{}}
	if op := doc.Operations.ForName(opName); op != nil {
		return m.operation(op)
	}
	var out shape
	for _, op := range doc.Operations {
		out = out.max(m.operation(op))
	}
	return out
}

func (m *measurer) operation(op *ast.OperationDefinition) shape {
	s := m.set(op.SelectionSet, false).with(op.Directives)
	for _, v := range op.VariableDefinitions {
		s = s.with(v.Directives)
	}
	return s
}

// max takes the largest of each measure (for alternatives such as separate operations).
func (s shape) max(o shape) shape {
	dk, dc := s.duplicated, s.duplicates
	if o.duplicates > dc {
		dk, dc = o.duplicated, o.duplicates
	}
	return shape{
		duplicated: dk, duplicates: dc,
		repeated: cmp.Or(s.repeated, o.repeated),
		depth:    max(s.depth, o.depth), aliases: max(s.aliases, o.aliases), directives: max(s.directives, o.directives),
		introDepth: max(s.introDepth, o.introDepth), introLists: max(s.introLists, o.introLists),
		introOfType: max(s.introOfType, o.introOfType),
	}
}

// sibling merges the shape of a selection next to s: depths are maxima, counts add up.
func (s shape) sibling(o shape) shape {
	r := s.max(o)
	r.aliases, r.directives = add(s.aliases, o.aliases), add(s.directives, o.directives)
	r.repeated = cmp.Or(s.repeated, o.repeated)
	return r
}

func (m *measurer) set(ss ast.SelectionSet, intro bool) shape {
	var out shape
	out.duplicated, out.duplicates = m.duplicates(ss)
	for _, sel := range ss {
		switch sel := sel.(type) {
		case *ast.Field:
			out = out.sibling(m.field(sel, intro))
		case *ast.InlineFragment:
			out = out.sibling(m.set(sel.SelectionSet, intro).with(sel.Directives))
		case *ast.FragmentSpread:
			out = out.sibling(m.fragment(sel.Name, intro).with(sel.Directives))
		}
	}
	return out
}

func (m *measurer) field(f *ast.Field, intro bool) shape {
	var s shape
	switch {
	case intro:
		c := m.set(f.SelectionSet, true)
		s = c
		s.introDepth = c.introDepth + 1
		if introList(f.Name) {
			s.introLists = c.introLists + 1
		}
		if f.Name == "ofType" {
			s.introOfType = c.introOfType + 1
		}
	case isIntroRoot(f.Name):
		c := m.set(f.SelectionSet, true)
		s = c
		s.depth = 1
		s.introDepth = c.introDepth + 1
	default:
		c := m.set(f.SelectionSet, false)
		s = c
		s.depth = c.depth + 1
	}
	if f.Alias != "" && f.Alias != f.Name {
		s.aliases = add(s.aliases, 1)
	}
	return s.with(f.Directives)
}

func (m *measurer) fragment(name string, intro bool) shape {
	key := fragKey{name, intro}
	if s, ok := m.memo[key]; ok {
		return s
	}
	def := m.doc.Fragments.ForName(name)
	if def == nil || m.visiting[name] {
		return shape{} // unknown fragments and cycles fail validation
	}
	m.visiting[name] = true
	s := m.set(def.SelectionSet, intro).with(def.Directives)
	delete(m.visiting, name)
	m.memo[key] = s
	return s
}

// with counts the directives at one location and notes one used twice there. No directive
// hkgraph knows is repeatable, so a repeat is always an error; catching it here answers a
// hundred @aa with one error instead of a hundred validation errors.
func (s shape) with(ds ast.DirectiveList) shape {
	s.directives = add(s.directives, len(ds))
	for i, d := range ds {
		for _, e := range ds[:i] {
			if e.Name == d.Name && s.repeated == "" {
				s.repeated = d.Name
			}
		}
	}
	return s
}
