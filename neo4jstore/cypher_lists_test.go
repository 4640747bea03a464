package neo4jstore

import (
	"strings"
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

// Issue 14 finding 2: a list argument never makes a statement longer or another statement:
// repeated or reordered types give the same text (one Neo4j plan), and kinds are a parameter.
func TestListsDoNotShapeStatements(t *testing.T) {
	one := relTypes([]kg.RelType{"LOCATED_IN", "PARTNERED_WITH"})
	many := make([]kg.RelType, 0, 62)
	for range 61 {
		many = append(many, "PARTNERED_WITH")
	}
	if got := relTypes(append(many, "LOCATED_IN")); got != one {
		t.Errorf("61 copies give %q, want %q", got, one)
	}
	if got := relTypes([]kg.RelType{"PARTNERED_WITH", "LOCATED_IN"}); got != one {
		t.Errorf("another order gives %q, want %q", got, one)
	}
	if relTypes(nil) != relTypes(kg.RelTypes) {
		t.Errorf("all types are not one statement")
	}
	if s := cypherSearch(); !strings.Contains(s, "$kinds") || strings.Contains(s, ":`Place`") {
		t.Errorf("search statement does not take kinds as a parameter: %s", s)
	}
}
