package loaders

import (
	"maps"
	"slices"
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

// freshness takes the types with no relationship, and "no entity" only from a count of 0.
func TestFreshness(t *testing.T) {
	for _, tc := range []struct {
		name       string
		stats      kg.Stats
		emptyTypes []kg.RelType
		noEntities bool
	}{
		{"empty graph", kg.Stats{ByRelationshipType: []kg.Count[kg.RelType]{{Key: "INVESTED_IN"}, {Key: "ATTENDED"}}},
			[]kg.RelType{"ATTENDED", "INVESTED_IN"}, true},
		{"one entity, one type used", kg.Stats{EntityCount: 1, ByRelationshipType: []kg.Count[kg.RelType]{{Key: "INVESTED_IN", Count: 3}, {Key: "ATTENDED"}}},
			[]kg.RelType{"ATTENDED"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			empty, none := freshness(&tc.stats)
			if got := slices.Sorted(maps.Keys(empty)); !slices.Equal(got, tc.emptyTypes) || none != tc.noEntities {
				t.Errorf("freshness = %v, %v; want %v, %v", got, none, tc.emptyTypes, tc.noEntities)
			}
		})
	}
}
