package graph_test

import (
	"os"
	"testing"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"
)

// Every type, field, argument, input field and enum value of the schema is documented:
// GraphiQL shows these descriptions to analysts.
func TestSchemaIsDocumented(t *testing.T) {
	src, err := os.ReadFile("../schema.graphqls")
	if err != nil {
		t.Fatal(err)
	}
	schema, gerr := gqlparser.LoadSchema(&ast.Source{Name: "schema.graphqls", Input: string(src)})
	if gerr != nil {
		t.Fatal(gerr)
	}
	missing := 0
	report := func(what string) {
		missing++
		if missing <= 400 {
			t.Errorf("no description: %s", what)
		}
	}
	for name, def := range schema.Types {
		if def.BuiltIn || def.Position == nil || def.Position.Src.Name != "schema.graphqls" {
			continue
		}
		if def.Description == "" {
			report(name)
		}
		for _, f := range def.Fields {
			if len(f.Name) > 1 && f.Name[:2] == "__" {
				continue
			}
			// A field implementing an interface field inherits that field's description.
			if f.Description == "" && !inheritsDescription(schema, def, f.Name) {
				report(name + "." + f.Name)
			}
			for _, a := range f.Arguments {
				if a.Description == "" && !inheritsArgDescription(schema, def, f.Name, a.Name) {
					report(name + "." + f.Name + "(" + a.Name + ")")
				}
			}
		}
		for _, v := range def.EnumValues {
			if v.Description == "" {
				report(name + "." + v.Name)
			}
		}
	}
	if missing > 0 {
		t.Errorf("%d schema elements lack a description", missing)
	}
}

func inheritsDescription(s *ast.Schema, def *ast.Definition, field string) bool {
	for _, iface := range def.Interfaces {
		if f := s.Types[iface].Fields.ForName(field); f != nil && f.Description != "" {
			return true
		}
	}
	return false
}

func inheritsArgDescription(s *ast.Schema, def *ast.Definition, field, arg string) bool {
	for _, iface := range def.Interfaces {
		if f := s.Types[iface].Fields.ForName(field); f != nil {
			if a := f.Arguments.ForName(arg); a != nil && a.Description != "" {
				return true
			}
		}
	}
	return false
}
