package limits

import "github.com/vektah/gqlparser/v2/ast"

// Field duplication (graphql-cop): `{ __typename __typename … }` 2,000 times is a valid
// document whose validation compares every pair of same-named fields (gqlparser's
// OverlappingFieldsCanBeMerged is quadratic), about 0.3 s of CPU for one request. The check
// below counts each response key (alias or name) of one selection set, inline fragments and
// fragment spreads flattened into it as execution merges them, before validation runs.

// duplicates returns the response key selected most often in ss and how often, or nothing
// when no key is selected twice.
func (m *measurer) duplicates(ss ast.SelectionSet) (key string, count int) {
	for k, c := range m.keyCounts(ss) {
		if c > 1 && (c > count || c == count && k < key) {
			key, count = k, c
		}
	}
	return key, count
}

// keyCounts counts the response keys of ss with fragments flattened. A fragment's counts are
// computed once; a cycle counts nothing (validation reports it).
func (m *measurer) keyCounts(ss ast.SelectionSet) map[string]int {
	out := map[string]int{}
	merge := func(in map[string]int) {
		for k, c := range in {
			out[k] = add(out[k], c)
		}
	}
	for _, sel := range ss {
		switch sel := sel.(type) {
		case *ast.Field:
			k := sel.Alias
			if k == "" {
				k = sel.Name
			}
			out[k] = add(out[k], 1)
		case *ast.InlineFragment:
			merge(m.keyCounts(sel.SelectionSet))
		case *ast.FragmentSpread:
			merge(m.fragmentKeys(sel.Name))
		}
	}
	return out
}

func (m *measurer) fragmentKeys(name string) map[string]int {
	if c, ok := m.keyMemo[name]; ok {
		return c
	}
	def := m.doc.Fragments.ForName(name)
	if def == nil || m.keysVisiting[name] {
		return nil
	}
	m.keysVisiting[name] = true
	c := m.keyCounts(def.SelectionSet)
	delete(m.keysVisiting, name)
	m.keyMemo[name] = c
	return c
}
