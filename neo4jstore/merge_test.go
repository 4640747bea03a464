package neo4jstore

import (
	"context"
	"slices"
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

// A merge moves remove's relationships onto keep (an equal one of keep's gains the moved
// citations rather than doubling), drops the one between the two, moves mentions, keeps
// remove's name as an alias and deletes remove.
func TestMergeEntities(t *testing.T) {
	s := migrated(t)
	ctx := context.Background()
	upsert(t, s, "keep", kg.KindOrganization, "Keep Co")
	upsert(t, s, "dup", kg.KindOrganization, "Keep Company")
	upsert(t, s, "fund", kg.KindFund, "Fund")
	upsert(t, s, "uni", kg.KindOrganization, "Uni")
	relate(t, s, "FUNDS", "fund", "keep", "https://example.org/f1")
	relate(t, s, "FUNDS", "fund", "dup", "https://example.org/f2")
	relate(t, s, "PARTNERED_WITH", "dup", "uni", "https://example.org/p")
	relate(t, s, "PARTNERED_WITH", "keep", "dup", "https://example.org/kd")
	doc, err := s.CreateDocument(ctx, kg.Document{Title: "d", Language: "en", Text: "Keep Company and Uni"}, "t")
	if err != nil {
		t.Fatal(err)
	}
	write(t, s, `MATCH (d:Document {id: $doc}), (e:Entity {id: 'dup'}) CREATE (d)-[:MENTIONS {start: 0, end: 12, quote: 'Keep Company'}]->(e)`,
		map[string]any{"doc": doc.ID})

	if _, err := s.MergeEntities(ctx, kg.Merge{Keep: "keep", Remove: "nobody"}, "t"); kg.ErrorCode(err) != kg.CodeBadUserInput {
		t.Errorf("merging a missing entity: %v", err)
	}
	if _, err := s.MergeEntities(ctx, kg.Merge{Keep: "keep", Remove: "fund"}, "t"); kg.ErrorCode(err) != kg.CodeBadUserInput {
		t.Errorf("a kind change without allowKindChange: %v", err)
	}
	res, err := s.MergeEntities(ctx, kg.Merge{Keep: "keep", Remove: "dup", Reason: ptr("same company")}, "t")
	if err != nil {
		t.Fatal(err)
	}
	if res.Entity.Version != 2 || len(res.Dropped) != 1 || res.Dropped[0].Type != "PARTNERED_WITH" {
		t.Errorf("result %+v: want version 2 and the keep–dup partnership dropped", res)
	}
	if !slices.Contains(res.Entity.Aliases, "Keep Company") {
		t.Errorf("aliases %v lack the removed name", res.Entity.Aliases)
	}
	gone, err := s.EntitiesByID(ctx, []string{"dup"})
	if err != nil || len(gone) != 0 {
		t.Errorf("dup survived: %v, %v", gone, err)
	}
	pages, err := s.Relationships(ctx, []string{"keep"}, kg.RelQuery{Direction: kg.DirectionBoth, Window: kg.Window{First: 10}})
	if err != nil {
		t.Fatal(err)
	}
	byType := map[kg.RelType][]*kg.Relationship{}
	for _, r := range pages["keep"].Items {
		byType[r.Type] = append(byType[r.Type], r)
	}
	if funds := byType["FUNDS"]; len(funds) != 1 || len(funds[0].Citations) != 2 || funds[0].Version != 2 {
		t.Errorf("FUNDS %+v: want the one relationship, with both sources, at version 2", funds)
	}
	if p := byType["PARTNERED_WITH"]; len(p) != 1 || p[0].To.ID != "uni" {
		t.Errorf("PARTNERED_WITH %+v: want the moved keep–uni one only", p)
	}
	mentions, err := s.Mentions(ctx, []string{"keep"}, kg.Window{First: 10})
	if err != nil || mentions["keep"] == nil || len(mentions["keep"].Items) != 1 || mentions["keep"].Items[0].Quote != "Keep Company" {
		t.Errorf("mentions of keep: %+v, %v", mentions["keep"], err)
	}
}
