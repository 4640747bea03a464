package neo4jstore

import (
	"context"
	"errors"
	"slices"
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

// Adding a relationship names both ends; the same fact from the same source again changes
// nothing (no version, no audit event); from a new source it gains the citation.
func TestAddRelationship(t *testing.T) {
	s := migrated(t)
	ctx := context.Background()
	upsert(t, s, "a", kg.KindOrganization, "A")
	upsert(t, s, "p", kg.KindPerson, "P")
	for _, tc := range []struct{ name, from, to, arg string }{
		{"no from", "nobody", "p", "input.from"},
		{"no to", "a", "nobody", "input.to"},
	} {
		_, err := s.AddRelationship(ctx, kg.RelationshipWrite{Relationship: kg.Relationship{ID: kg.RelationshipID("PARTNERED_WITH", tc.from, tc.to, nil),
			Type: "PARTNERED_WITH", FromID: tc.from, ToID: tc.to}, Source: webSource("https://example.org/r")}, "t")
		var ke *kg.Error
		if kg.ErrorCode(err) != kg.CodeBadUserInput || !errors.As(err, &ke) || ke.Extensions["argument"] != tc.arg {
			t.Errorf("%s: %v, want BAD_USER_INPUT on %s", tc.name, err, tc.arg)
		}
	}
	first := relate(t, s, "PARTNERED_WITH", "a", "p", "https://example.org/r1")
	again := relate(t, s, "PARTNERED_WITH", "a", "p", "https://example.org/r1")
	more := relate(t, s, "PARTNERED_WITH", "a", "p", "https://example.org/r2")
	if first.Version != 1 || again.Version != 1 || more.Version != 2 || len(more.Citations) != 2 || more.ID != first.ID {
		t.Errorf("versions %d %d %d, citations %d", first.Version, again.Version, more.Version, len(more.Citations))
	}
	evs, err := s.AuditEventsAfter(ctx, 2, 10)
	if err != nil || len(evs) != 2 || !slices.Equal(evs[0].Kinds, []kg.Kind{kg.KindOrganization, kg.KindPerson}) {
		t.Errorf("audit after the upserts: %+v, %v; want two addRelationship events with both kinds", evs, err)
	}
	got, err := s.RelationshipsByID(ctx, []string{first.ID, "rel:partnered_with:none", "not-a-relationship-id"})
	if err != nil || len(got) != 1 || got[first.ID].From.ID != "a" || got[first.ID].To.ID != "p" {
		t.Errorf("RelationshipsByID: %+v, %v", got, err)
	}
}

func TestUpdateAndRemoveRelationship(t *testing.T) {
	s := migrated(t)
	ctx := context.Background()
	upsert(t, s, "i", kg.KindOrganization, "Investor")
	upsert(t, s, "s", kg.KindOrganization, "Startup")
	rel := relate(t, s, "INVESTED_IN", "i", "s", "https://example.org/deal")
	for _, tc := range []struct {
		name  string
		u     kg.RelationshipUpdate
		code  string
		check func(*kg.Relationship) bool
	}{
		{"a deal", kg.RelationshipUpdate{Deal: kg.Deal{Amount: ptr(2e6), Currency: ptr("HKD"), Round: ptr(kg.FundingRound("SEED"))}}, "",
			func(r *kg.Relationship) bool {
				return r.Version == 2 && *r.Amount == 2e6 && *r.Round == "SEED" && len(r.Citations) == 2
			}},
		{"stale version", kg.RelationshipUpdate{Note: ptr("x"), ExpectedVersion: ptr(1)}, kg.CodeConflict, nil},
		{"invalid deal", kg.RelationshipUpdate{Deal: kg.Deal{Currency: ptr("dollars")}}, kg.CodeBadUserInput, nil},
		{"a note keeps the deal", kg.RelationshipUpdate{Note: ptr("led by i"), ExpectedVersion: ptr(2)}, "",
			func(r *kg.Relationship) bool { return r.Version == 3 && *r.Note == "led by i" && *r.Amount == 2e6 }},
	} {
		u := tc.u
		u.ID, u.Source = rel.ID, webSource("https://example.org/update")
		got, err := s.UpdateRelationship(ctx, u, "t")
		if tc.code != "" {
			if kg.ErrorCode(err) != tc.code {
				t.Errorf("%s: %v, want %s", tc.name, err, tc.code)
			}
			continue
		}
		if err != nil || !tc.check(got) {
			t.Errorf("%s: %+v, %v", tc.name, got, err)
			continue
		}
		stored, err := s.RelationshipsByID(ctx, []string{rel.ID})
		if err != nil || stored[rel.ID].Version != got.Version || deref(stored[rel.ID].Note) != deref(got.Note) {
			t.Errorf("%s: stored %+v, returned %+v", tc.name, stored[rel.ID], got)
		}
	}
	if _, err := s.UpdateRelationship(ctx, kg.RelationshipUpdate{ID: "rel:invested_in:none", Source: webSource("https://example.org/u")}, "t"); kg.ErrorCode(err) != kg.CodeNotFound {
		t.Errorf("updating a missing relationship: %v", err)
	}
	if ok, err := s.RemoveRelationship(ctx, rel.ID, ptr(2), nil, "t"); ok || kg.ErrorCode(err) != kg.CodeConflict {
		t.Errorf("removing at a stale version: %v, %v", ok, err)
	}
	if ok, err := s.RemoveRelationship(ctx, rel.ID, ptr(3), ptr("wrong"), "t"); !ok || err != nil {
		t.Errorf("removing: %v, %v", ok, err)
	}
	if ok, err := s.RemoveRelationship(ctx, rel.ID, nil, nil, "t"); ok || err != nil {
		t.Errorf("removing again: %v, %v", ok, err)
	}
}

// Audit paging: newest first, filtered by actor, cursors continue where the page ended.
func TestAuditLogPages(t *testing.T) {
	s := migrated(t)
	ctx := context.Background()
	for _, id := range []string{"a", "b", "c"} {
		upsert(t, s, id, kg.KindPerson, id)
	}
	if _, err := s.UpsertEntity(ctx, kg.EntityWrite{Entity: kg.Entity{ID: "d", Kind: kg.KindPerson, Name: "d"},
		Source: webSource("https://example.org/d")}, "other"); err != nil {
		t.Fatal(err)
	}
	p1, err := s.AuditLog(ctx, kg.AuditQuery{Actor: ptr("tester"), Window: kg.Window{First: 2}})
	if err != nil || len(p1.Items) != 2 || p1.Items[0].TargetID != "c" || p1.Items[1].TargetID != "b" || !p1.PageInfo.HasNextPage {
		t.Fatalf("first page %+v, %v", p1, err)
	}
	after, err := kg.DecodeCursor(*p1.PageInfo.EndCursor, "aud", 1, "after")
	if err != nil {
		t.Fatal(err)
	}
	p2, err := s.AuditLog(ctx, kg.AuditQuery{Actor: ptr("tester"), Window: kg.Window{First: 2, After: &after}})
	if err != nil || len(p2.Items) != 1 || p2.Items[0].TargetID != "a" || p2.PageInfo.HasNextPage {
		t.Errorf("second page %+v, %v", p2, err)
	}
	if evs, err := s.AuditEventsAfter(ctx, 3, 10); err != nil || len(evs) != 1 || evs[0].Actor != "other" || evs[0].Seq != 4 {
		t.Errorf("after 3: %+v, %v", evs, err)
	}
}
