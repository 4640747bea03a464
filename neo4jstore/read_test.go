package neo4jstore

import (
	"context"
	"slices"
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

// chain writes a — b — c — d (PARTNERED_WITH) plus an investor i in a and a person p leading
// b: small enough to know every answer.
func chain(t *testing.T) *Store {
	t.Helper()
	s := migrated(t)
	for _, id := range []string{"a", "b", "c", "d"} {
		upsert(t, s, id, kg.KindOrganization, "Org "+id)
	}
	if _, err := s.UpsertEntity(context.Background(), kg.EntityWrite{Entity: kg.Entity{ID: "i", Kind: kg.KindOrganization, Name: "Investor",
		Roles: []kg.Role{"INVESTOR"}, Region: ptr("HK")}, Source: webSource("https://example.org/i")}, "t"); err != nil {
		t.Fatal(err)
	}
	upsert(t, s, "p", kg.KindPerson, "Person")
	relate(t, s, "PARTNERED_WITH", "a", "b", "https://example.org/ab")
	relate(t, s, "PARTNERED_WITH", "b", "c", "https://example.org/bc")
	relate(t, s, "PARTNERED_WITH", "c", "d", "https://example.org/cd")
	relate(t, s, "INVESTED_IN", "i", "a", "https://example.org/ia")
	relate(t, s, "LEADS", "p", "b", "https://example.org/pb")
	return s
}

func ids(es []*kg.Entity) []string {
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.ID
	}
	return out
}

func TestStats(t *testing.T) {
	s := chain(t)
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	count := func(key string, counts any) int {
		switch cs := counts.(type) {
		case []kg.Count[kg.Kind]:
			for _, c := range cs {
				if string(c.Key) == key {
					return c.Count
				}
			}
		case []kg.Count[kg.RelType]:
			for _, c := range cs {
				if string(c.Key) == key {
					return c.Count
				}
			}
		case []kg.Count[kg.Role]:
			for _, c := range cs {
				if string(c.Key) == key {
					return c.Count
				}
			}
		}
		return 0
	}
	for _, tc := range []struct {
		name      string
		got, want int
	}{
		{"entities", st.EntityCount, 6},
		{"relationships", st.RelationshipCount, 5},
		{"documents (one per cited URL)", st.DocumentCount, 11},
		{"organizations", count("ORGANIZATION", st.ByKind), 5},
		{"people", count("PERSON", st.ByKind), 1},
		{"partnerships", count("PARTNERED_WITH", st.ByRelationshipType), 3},
		{"investors", count("INVESTOR", st.ByRole), 1},
	} {
		if tc.got != tc.want {
			t.Errorf("%s: %d, want %d", tc.name, tc.got, tc.want)
		}
	}
}

func TestPathsAndNeighborhood(t *testing.T) {
	s := chain(t)
	ctx := context.Background()
	for _, tc := range []struct {
		name string
		q    kg.PathQuery
		want [][]string
	}{
		{"a to d", kg.PathQuery{From: "a", To: "d", MaxHops: 4, K: 1}, [][]string{{"a", "b", "c", "d"}}},
		{"too far", kg.PathQuery{From: "a", To: "d", MaxHops: 2, K: 1}, nil},
		{"only investments", kg.PathQuery{From: "i", To: "b", MaxHops: 4, K: 1, Types: []kg.RelType{"INVESTED_IN"}}, nil},
		{"itself", kg.PathQuery{From: "c", To: "c", MaxHops: 2, K: 1}, [][]string{{"c"}}},
	} {
		paths, err := s.Paths(ctx, tc.q)
		if err != nil {
			t.Fatal(err)
		}
		got := make([][]string, len(paths))
		for i, p := range paths {
			got[i] = ids(p.Entities)
			if len(p.Relationships) != len(p.Entities)-1 {
				t.Errorf("%s: %d relationships on a path of %d entities", tc.name, len(p.Relationships), len(p.Entities))
			}
			for _, r := range p.Relationships {
				if r.From == nil || r.To == nil {
					t.Errorf("%s: relationship %s without its ends", tc.name, r.ID)
				}
			}
		}
		if !slices.EqualFunc(got, tc.want, slices.Equal) {
			t.Errorf("%s: paths %v, want %v", tc.name, got, tc.want)
		}
	}
	g, err := s.Neighborhood(ctx, kg.NeighborhoodQuery{ID: "b", Hops: 1, Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	got := ids(g.Entities)
	slices.Sort(got)
	if !slices.Equal(got, []string{"a", "b", "c", "p"}) || len(g.Relationships) != 3 {
		t.Errorf("b's neighbourhood: %v with %d relationships, want a b c p with 3", got, len(g.Relationships))
	}
	if g, err := s.Neighborhood(ctx, kg.NeighborhoodQuery{ID: "nobody", Hops: 1, Limit: 10}); g != nil || err != nil {
		t.Errorf("an unknown entity's neighbourhood: %+v, %v", g, err)
	}
}

// Relationships page by cursor; EntityWithRelationships returns the entity with its first page;
// groups count by type.
func TestRelationshipPagesAndGroups(t *testing.T) {
	s := chain(t)
	ctx := context.Background()
	var seen []string
	w := kg.Window{First: 1}
	for range 4 {
		e, page, err := s.EntityWithRelationships(ctx, "b", kg.RelQuery{Direction: kg.DirectionBoth, Window: w})
		if err != nil || e.ID != "b" || e.Degree != 3 || page.TotalCount != 3 {
			t.Fatalf("b: %+v, %+v, %v", e, page, err)
		}
		for _, r := range page.Items {
			seen = append(seen, r.ID)
		}
		if !page.PageInfo.HasNextPage {
			break
		}
		after, err := kg.DecodeCursor(*page.PageInfo.EndCursor, "rel", 3, "after")
		if err != nil {
			t.Fatal(err)
		}
		w = kg.Window{First: 1, After: &after}
	}
	if len(seen) != 3 || len(slices.Compact(slices.Sorted(slices.Values(seen)))) != 3 {
		t.Errorf("paged through %v, want b's three relationships once each", seen)
	}
	if e, p, err := s.EntityWithRelationships(ctx, "nobody", kg.RelQuery{Direction: kg.DirectionBoth, Window: kg.Window{First: 1}}); e != nil || p != nil || err != nil {
		t.Errorf("an unknown entity: %v %v %v", e, p, err)
	}
	groups, err := s.RelationshipGroups(ctx, kg.GroupQuery{ID: "b", By: "TYPE", Direction: kg.DirectionBoth})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for _, g := range groups {
		got[*g.Key] = g.Count
	}
	if len(got) != 2 || got["PARTNERED_WITH"] != 2 || got["LEADS"] != 1 {
		t.Errorf("groups of b: %v", got)
	}
}

// Entities filter and order; the total counts every match, not the page.
func TestEntitiesPage(t *testing.T) {
	s := chain(t)
	org := kg.KindOrganization
	for _, tc := range []struct {
		name  string
		q     kg.EntityQuery
		want  []string
		total int
	}{
		{"organizations by name", kg.EntityQuery{Where: kg.EntityWhere{Kind: &org}, OrderBy: kg.OrderName, Window: kg.Window{First: 2}}, []string{"i", "a"}, 5},
		{"by degree", kg.EntityQuery{OrderBy: kg.OrderDegree, Descending: true, Window: kg.Window{First: 1}}, []string{"b"}, 6},
		{"investors", kg.EntityQuery{Where: kg.EntityWhere{RolesAny: []kg.Role{"INVESTOR"}}, OrderBy: kg.OrderName, Window: kg.Window{First: 5}}, []string{"i"}, 1},
	} {
		page, err := s.Entities(context.Background(), tc.q)
		if err != nil {
			t.Fatal(err)
		}
		if got := ids(page.Items); !slices.Equal(got, tc.want) || page.TotalCount != tc.total {
			t.Errorf("%s: %v of %d, want %v of %d", tc.name, got, page.TotalCount, tc.want, tc.total)
		}
	}
}
