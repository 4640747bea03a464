package graph_test

import (
	"encoding/json"
	"testing"

	"github.com/hkgraph/hkgraph/internal/apitest"
)

// The cost analysis, the look-ahead (prefetch) and the resolver decode relationships(…) with
// the same function into the same key. Arguments given as variables, in another order, with
// repeats, or as a single enum where a list is declared must still be fetched once per level
// (the look-ahead primes, the resolver hits the primed page: 3 round trips for the entities
// and two levels of relationships) and be costed by the page sizes the resolver uses.
func TestRelationshipArgumentsShareOneKey(t *testing.T) {
	e := apitest.New(t)
	const q = `query($n: Int, $types: [RelationshipType!], $dir: Direction) {
	  entities(first: 20) { edges { node { id
	    relationships(first: $n, types: $types, direction: $dir) { totalCount edges { node { to { id
	      relationships(types: INVESTED_IN, direction: BOTH, first: 20) { totalCount }
	      again: relationships(types: [INVESTED_IN, INVESTED_IN]) { totalCount }
	    } } } }
	  } } }
	}`
	vars := map[string]any{"n": 5, "types": []string{"PARTNERED_WITH", "INVESTED_IN", "PARTNERED_WITH"}, "dir": "BOTH"}
	before := e.RequestRoundTrips()
	r := e.Do(t, q, vars, "")
	if len(r.Errors) > 0 {
		t.Fatalf("query failed: %+v", r.Errors)
	}
	if got := e.RequestRoundTrips() - before; got != 3 {
		t.Errorf("%v round trips, want 3: the resolver did not hit the pages the look-ahead primed", got)
	}

	// entities: 20 × (1 + relationships: 5 × (1 + two connections of 20))
	var cost struct{ Requested int }
	b, _ := json.Marshal(r.Extensions["cost"])
	if err := json.Unmarshal(b, &cost); err != nil || cost.Requested != 20*(1+5*(1+20+20)) {
		t.Errorf("cost %s, want requested %d", b, 20*(1+5*(1+20+20)))
	}

	// The primed pages are the right ones: each end's counts match a query of its own.
	var out struct {
		Entities struct {
			Edges []struct {
				Node struct {
					Relationships struct {
						Edges []struct {
							Node struct {
								To struct {
									ID            string
									Relationships struct{ TotalCount int }
									Again         struct{ TotalCount int }
								}
							}
						}
					}
				}
			}
		}
	}
	if err := json.Unmarshal(r.Data, &out); err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, ent := range out.Entities.Edges {
		for _, rel := range ent.Node.Relationships.Edges {
			to := rel.Node.To
			if checked++; checked > 3 {
				break
			}
			var one struct {
				Entity struct{ Relationships struct{ TotalCount int } }
			}
			e.Data(t, `query($id: ID!) { entity(id: $id) { relationships(types: [INVESTED_IN]) { totalCount } } }`,
				map[string]any{"id": to.ID}, "", &one)
			if want := one.Entity.Relationships.TotalCount; to.Relationships.TotalCount != want || to.Again.TotalCount != want {
				t.Errorf("%s: %d and %d INVESTED_IN relationships through the primed cache, %d asked alone",
					to.ID, to.Relationships.TotalCount, to.Again.TotalCount, want)
			}
		}
	}
	if checked == 0 {
		t.Fatal("no relationship ends to check: the test proves nothing")
	}
}
