package limits

import "github.com/vektah/gqlparser/v2/ast"

// nodeBytes is what one node of a parsed, validated document holds on the heap: the node, its
// Position and the schema links validation adds. Measured on gqlgen v0.17: a document of 1,990
// fields took about 0.9 MB, some 450 bytes a field.
const nodeBytes = 512

// DocumentBytes estimates the heap a parsed document holds: its source text and its nodes
// (fields, fragments, arguments, directives, variables), so the document cache can be
// bounded in bytes.
func DocumentBytes(query string, doc *ast.QueryDocument) int {
	n := 0
	var values func(v *ast.Value)
	values = func(v *ast.Value) {
		if v == nil {
			return
		}
		n++
		for _, c := range v.Children {
			values(c.Value)
		}
	}
	directives := func(ds ast.DirectiveList) {
		for _, d := range ds {
			n++
			for _, a := range d.Arguments {
				n++
				values(a.Value)
			}
		}
	}
	var set func(ss ast.SelectionSet)
	set = func(ss ast.SelectionSet) {
		for _, sel := range ss {
			n++
			switch sel := sel.(type) {
			case *ast.Field:
				for _, a := range sel.Arguments {
					n++
					values(a.Value)
				}
				directives(sel.Directives)
				set(sel.SelectionSet)
			case *ast.InlineFragment:
				directives(sel.Directives)
				set(sel.SelectionSet)
			case *ast.FragmentSpread:
				directives(sel.Directives)
			}
		}
	}
	if doc != nil {
		for _, op := range doc.Operations {
			n += 1 + len(op.VariableDefinitions)
			directives(op.Directives)
			set(op.SelectionSet)
		}
		for _, f := range doc.Fragments {
			n++
			directives(f.Directives)
			set(f.SelectionSet)
		}
	}
	return len(query) + n*nodeBytes
}
