package neo4jstore

import (
	"context"
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

// Search ranks an exact name above a prefix, a prefix above an alias or a part, filters by
// kind, and finds Chinese names from either script.
func TestSearch(t *testing.T) {
	s := migrated(t)
	ctx := context.Background()
	write := func(e kg.Entity) {
		if _, err := s.UpsertEntity(ctx, kg.EntityWrite{Entity: e, Source: webSource("https://example.org/" + e.ID)}, "t"); err != nil {
			t.Fatal(err)
		}
	}
	write(kg.Entity{ID: "cyberport", Kind: kg.KindFacility, Name: "Cyberport", NameZhHant: ptr("數碼港")})
	write(kg.Entity{ID: "cyberport-fund", Kind: kg.KindFund, Name: "Cyberport Macro Fund"})
	write(kg.Entity{ID: "hkstp", Kind: kg.KindOrganization, Name: "Hong Kong Science and Technology Parks", Aliases: []string{"HKSTP"}})
	write(kg.Entity{ID: "other", Kind: kg.KindOrganization, Name: "Other", Description: ptr("near Cyberport")})
	for _, tc := range []struct {
		name  string
		q     kg.SearchQuery
		want  []string // ids in order
		field string   // the first hit's matched field
	}{
		{"exact before prefix before description", kg.SearchQuery{Text: "cyberport", First: 10}, []string{"cyberport", "cyberport-fund", "other"}, "name"},
		{"kind filter", kg.SearchQuery{Text: "cyberport", Kinds: []kg.Kind{kg.KindFund}, First: 10}, []string{"cyberport-fund"}, "name"},
		{"first", kg.SearchQuery{Text: "cyberport", First: 1}, []string{"cyberport"}, "name"},
		{"alias", kg.SearchQuery{Text: "hkstp", First: 10}, []string{"hkstp"}, "alias"},
		{"simplified finds traditional", kg.SearchQuery{Text: "数码港", First: 10}, []string{"cyberport"}, "nameZhHant"},
		{"no words", kg.SearchQuery{Text: "  ", First: 10}, []string{}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			hits, err := s.Search(ctx, tc.q)
			if err != nil {
				t.Fatal(err)
			}
			got := make([]string, len(hits))
			for i, h := range hits {
				got[i] = h.Entity.ID
			}
			if len(got) != len(tc.want) {
				t.Fatalf("hits %v, want %v", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Fatalf("hits %v, want %v", got, tc.want)
				}
			}
			if len(hits) > 0 && hits[0].MatchedField != tc.field {
				t.Errorf("matched %q, want %q", hits[0].MatchedField, tc.field)
			}
		})
	}
}
