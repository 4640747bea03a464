package neo4jstore

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/hkgraph/hkgraph/internal/testdb"
	"github.com/hkgraph/hkgraph/kg"
)

// relProps reads every relationship's properties (and endpoints), by id.
func relProps(t *testing.T, s *Store) map[string]map[string]any {
	t.Helper()
	recs, err := s.readRows(context.Background(), "MATCH (a)-[r]->(b) RETURN r.id AS id, properties(r) AS p, a.id AS a, b.id AS b, type(r) AS t", nil)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]map[string]any{}
	for _, rec := range recs {
		id, _ := rec.Get("id")
		p, _ := rec.Get("p")
		props := p.(map[string]any)
		for _, k := range []string{"a", "b", "t"} {
			v, _ := rec.Get(k)
			props["_"+k] = v
		}
		if out[id.(string)] != nil {
			t.Errorf("relationship %s twice", id)
		}
		out[id.(string)] = props
	}
	return out
}

// A batch's relationships of a fresh type (kg.Batch.FreshTypes) are created without a look-up
// by id; they must be stored exactly as the look-up path stores them, every optional property
// present or absent alike.
func TestFreshRelationshipsAsUpserted(t *testing.T) {
	s := migrated(t)
	ctx := context.Background()
	ents := kg.Batch{Entities: []*kg.Entity{
		{ID: "fund-a", Kind: kg.KindFund, Name: "Fund A"},
		{ID: "start-b", Kind: kg.KindOrganization, Name: "Start B", Roles: []kg.Role{"STARTUP"}},
		{ID: "event-c", Kind: kg.KindEvent, Name: "Event C"},
	}}
	round := kg.FundingRound("SEED")
	rels := []*kg.Relationship{
		{Type: "INVESTED_IN", FromID: "fund-a", ToID: "start-b", Date: ptr("2021-03"), AmountHKD: ptr(7.8e6), Round: &round,
			Amount: ptr(1e6), Currency: ptr("USD"), Lead: ptr(true), Note: ptr("a note"), Status: kg.StatusCurrent},
		{Type: "ATTENDED", FromID: "start-b", ToID: "event-c", Date: ptr("2019"), EndDate: ptr("2019"), Role: ptr("exhibitor"), DateNote: ptr("about")},
		{Type: "ATTENDED", FromID: "fund-a", ToID: "event-c"},
	}
	for _, r := range rels {
		r.ID = kg.RelationshipID(r.Type, r.FromID, r.ToID, r.Date)
		r.Citations = []kg.Citation{{DocumentID: "doc:x", Start: 1, End: 4, Quote: "abc"}}
	}
	write := func(fresh map[kg.RelType]bool) map[string]map[string]any {
		t.Helper()
		testdb.Wipe(t, s.driver)
		if _, err := s.WriteBatch(ctx, ents); err != nil {
			t.Fatal(err)
		}
		c, err := s.WriteBatch(ctx, kg.Batch{Relationships: rels, FreshTypes: fresh})
		if err != nil {
			t.Fatal(err)
		}
		if c.RelationshipsCreated != len(rels) {
			t.Errorf("fresh types %v: %d relationships created, want %d", slices.Sorted(maps.Keys(fresh)), c.RelationshipsCreated, len(rels))
		}
		return relProps(t, s)
	}
	looked := write(nil)
	fresh := write(map[kg.RelType]bool{"INVESTED_IN": true, "ATTENDED": true})
	if len(looked) != len(rels) {
		t.Fatalf("%d relationships stored, want %d", len(looked), len(rels))
	}
	for id, want := range looked {
		if got := fresh[id]; fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("relationship %s\n created fresh: %v\n upserted:      %v", id, got, want)
		}
	}

	// Written again as a type that is not fresh (the next import of the same file), nothing changes.
	c, err := s.WriteBatch(ctx, kg.Batch{Relationships: rels})
	if err != nil {
		t.Fatal(err)
	}
	if c != (kg.WriteCounts{}) {
		t.Errorf("the same relationships again wrote %+v, want nothing", c)
	}
}

// entityNodes reads every entity's properties and labels, by id.
func entityNodes(t *testing.T, s *Store) map[string]string {
	t.Helper()
	recs, err := s.readRows(context.Background(), "MATCH (n:Entity) RETURN n.id AS id, properties(n) AS p, labels(n) AS l", nil)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, rec := range recs {
		id, _ := rec.Get("id")
		p, _ := rec.Get("p")
		l, _ := rec.Get("l")
		labels := fmt.Sprint(l)
		if ls, ok := l.([]any); ok {
			strs := make([]string, len(ls))
			for i, v := range ls {
				strs[i] = fmt.Sprint(v)
			}
			slices.Sort(strs)
			labels = fmt.Sprint(strs)
		}
		if _, twice := out[id.(string)]; twice {
			t.Errorf("entity %s twice", id)
		}
		out[id.(string)] = fmt.Sprintf("%v %s", p, labels) // fmt prints maps sorted by key
	}
	return out
}

// A batch's entities created fresh (kg.Batch.FreshEntities: the graph had none) must be stored
// exactly as the MERGE path stores them: every property, optional ones present or absent
// alike, and the kind's and the roles' labels.
func TestFreshEntitiesAsUpserted(t *testing.T) {
	s := migrated(t)
	ctx := context.Background()
	cite := []kg.Citation{{DocumentID: "doc:x", Start: 1, End: 4, Quote: "abc"}}
	ents := []*kg.Entity{
		{ID: "start-b", Kind: kg.KindOrganization, Name: "Start B", Roles: []kg.Role{"STARTUP", "UNICORN"},
			NameZhHans: ptr("起步"), NameZhHant: ptr("起步"), Aliases: []string{"SB", "Start-B"}, Description: ptr("a startup"),
			Founded: ptr(2015), Region: ptr("HK"), Sector: ptr("fintech"), Citations: cite,
			Figures: []kg.Figure{{Key: "staff", Value: 12, Unit: ptr("people"), Citations: cite}}},
		{ID: "org-c", Kind: kg.KindOrganization, Name: "Org C"},
		{ID: "fund-a", Kind: kg.KindFund, Name: "Fund A", Citations: cite},
		{ID: "event-d", Kind: kg.KindEvent, Name: "Event D", Date: ptr("2019-05"), EndDate: ptr("2019-06")},
		{ID: "person-e", Kind: kg.KindPerson, Name: "Person E", Aliases: []string{"E"}},
	}
	write := func(fresh bool) map[string]string {
		t.Helper()
		testdb.Wipe(t, s.driver)
		c, err := s.WriteBatch(ctx, kg.Batch{Entities: ents, FreshEntities: fresh})
		if err != nil {
			t.Fatal(err)
		}
		if c.NodesCreated != len(ents) {
			t.Errorf("fresh %v: %d nodes created, want %d", fresh, c.NodesCreated, len(ents))
		}
		return entityNodes(t, s)
	}
	merged := write(false)
	fresh := write(true)
	if len(merged) != len(ents) {
		t.Fatalf("%d entities stored, want %d", len(merged), len(ents))
	}
	for id, want := range merged {
		if got := fresh[id]; got != want {
			t.Errorf("entity %s\n created fresh: %s\n merged:        %s", id, got, want)
		}
	}
	if !strings.Contains(fresh["start-b"], "RoleUnicorn") {
		t.Errorf("start-b lacks its role label: %s", fresh["start-b"])
	}

	// Written again through MERGE (the next import of the same file), nothing changes.
	c, err := s.WriteBatch(ctx, kg.Batch{Entities: ents})
	if err != nil {
		t.Fatal(err)
	}
	if c != (kg.WriteCounts{}) {
		t.Errorf("the same entities again wrote %+v, want nothing", c)
	}
	// And a fresh batch into a graph that holds one of its ids fails rather than duplicating it.
	if _, err := s.WriteBatch(ctx, kg.Batch{Entities: ents[:1], FreshEntities: true}); err == nil {
		t.Error("a fresh batch re-created an existing entity without error")
	}
	if n := len(entityNodes(t, s)); n != len(ents) {
		t.Errorf("%d entities after the refused batch, want %d", n, len(ents))
	}
}

// Stats gives an import what it needs to know before its first batch (loaders.freshness):
// whether the graph holds any entity, and which relationship types hold none.
func TestStatsForFreshImports(t *testing.T) {
	s := migrated(t)
	emptyTypes := func() map[kg.RelType]bool {
		gs, err := s.Stats(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		empty := map[kg.RelType]bool{}
		for _, c := range gs.ByRelationshipType {
			if c.Count == 0 {
				empty[c.Key] = true
			}
		}
		return empty
	}
	gs, err := s.Stats(context.Background())
	if err != nil || gs.EntityCount != 0 {
		t.Fatalf("empty graph: Stats = %+v, %v; want no entity", gs, err)
	}
	if empty := emptyTypes(); len(empty) != len(kg.RelTypes) {
		t.Errorf("empty graph: %d empty types, want all %d", len(empty), len(kg.RelTypes))
	}
	upsert(t, s, "fund-a", kg.KindFund, "Fund A")
	if gs, err = s.Stats(context.Background()); err != nil || gs.EntityCount == 0 {
		t.Errorf("after one entity: Stats = %+v, %v; want entities", gs, err)
	}
	upsert(t, s, "start-b", kg.KindOrganization, "Start B")
	relate(t, s, "INVESTED_IN", "fund-a", "start-b", "https://example.com/a")
	if empty := emptyTypes(); empty["INVESTED_IN"] || !empty["ATTENDED"] || len(empty) != len(kg.RelTypes)-1 {
		t.Errorf("after one INVESTED_IN: empty types %v", slices.Sorted(maps.Keys(empty)))
	}
}
