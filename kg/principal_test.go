package kg_test

import (
	"context"
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

// Require is the one authorization check: who holds which role, and the code of a refusal.
func TestRequire(t *testing.T) {
	callers := map[string]kg.Principal{
		"anonymous": {},
		"reader":    {Name: "bob"},
		"editor":    {Name: "alice", Role: kg.RoleEditor},
		"admin":     {Name: "root", Role: kg.RoleAdmin},
		"unknown":   {Name: "eve", Role: "superuser"},
	}
	want := map[string]map[string]string{ // caller → role → code ("" allowed)
		"anonymous": {kg.RoleAnonymous: "", kg.RoleEditor: kg.CodeUnauthenticated, kg.RoleAdmin: kg.CodeUnauthenticated},
		"reader":    {kg.RoleAnonymous: "", kg.RoleEditor: kg.CodeForbidden, kg.RoleAdmin: kg.CodeForbidden},
		"editor":    {kg.RoleAnonymous: "", kg.RoleEditor: "", kg.RoleAdmin: kg.CodeForbidden},
		"admin":     {kg.RoleAnonymous: "", kg.RoleEditor: "", kg.RoleAdmin: ""},
		"unknown":   {kg.RoleAnonymous: "", kg.RoleEditor: kg.CodeForbidden, kg.RoleAdmin: kg.CodeForbidden},
	}
	for name, p := range callers {
		ctx := kg.WithPrincipal(context.Background(), p)
		for role, code := range want[name] {
			got, err := kg.Require(ctx, role)
			switch {
			case code == "" && (err != nil || got != p):
				t.Errorf("%s needing %q: %v, %v; want %v allowed", name, role, got, err, p)
			case code != "" && kg.ErrorCode(err) != code:
				t.Errorf("%s needing %q: %v, want %s", name, role, err, code)
			}
		}
	}
}
