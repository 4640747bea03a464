package neo4jstore

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

// An upsert creates at version 1 and cites its source; an update keeps what it does not give,
// bumps the version and adds the new source; a stale expected version is a CONFLICT that
// writes nothing; each change is one audit event, in order.
func TestUpsertEntity(t *testing.T) {
	s := migrated(t)
	ctx := context.Background()
	created := upsert(t, s, "org:acme", kg.KindOrganization, "Acme")
	if created.Version != 1 || len(created.Citations) != 1 || created.Citations[0].Quote != "https://example.org/org:acme" {
		t.Fatalf("created %+v", created)
	}
	updated, err := s.UpsertEntity(ctx, kg.EntityWrite{Entity: kg.Entity{ID: "org:acme", Kind: kg.KindOrganization, Name: "Acme Ltd",
		Region: ptr("Kowloon"), Roles: []kg.Role{"STARTUP"}}, Source: webSource("https://example.org/2"), ExpectedVersion: ptr(1)}, "editor")
	if err != nil {
		t.Fatal(err)
	}
	if updated.Version != 2 || updated.Name != "Acme Ltd" || *updated.Region != "Kowloon" || len(updated.Citations) != 2 ||
		*updated.UpdatedBy != "editor" || !slices.Equal(updated.Roles, []kg.Role{"STARTUP"}) {
		t.Errorf("updated %+v", updated)
	}
	_, err = s.UpsertEntity(ctx, kg.EntityWrite{Entity: kg.Entity{ID: "org:acme", Kind: kg.KindOrganization, Name: "Lost"},
		Source: webSource("https://example.org/3"), ExpectedVersion: ptr(1)}, "editor")
	if kg.ErrorCode(err) != kg.CodeConflict {
		t.Fatalf("stale version: %v, want CONFLICT", err)
	}
	got, err := s.EntitiesByID(ctx, []string{"org:acme"})
	if err != nil || got["org:acme"].Name != "Acme Ltd" || got["org:acme"].Version != 2 {
		t.Errorf("after the conflict: %+v, %v", got["org:acme"], err)
	}
	if ops := auditOps(t, s); !slices.Equal(ops, []string{"upsertEntity", "upsertEntity"}) {
		t.Errorf("audit %v", ops)
	}
	seq, err := s.LatestAuditSeq(ctx)
	if err != nil || seq != 2 {
		t.Errorf("latest audit seq %d, %v; want 2 (the conflict gave its number back)", seq, err)
	}
}

// A kind change relabels the node: the entity is found under its new kind only.
func TestUpsertEntityChangesKind(t *testing.T) {
	s := migrated(t)
	upsert(t, s, "x", kg.KindOrganization, "X")
	if _, err := s.UpsertEntity(context.Background(), kg.EntityWrite{Entity: kg.Entity{ID: "x", Kind: kg.KindFund, Name: "X"},
		Source: webSource("https://example.org/x")}, "t"); err != nil {
		t.Fatal(err)
	}
	for kind, want := range map[kg.Kind]int{kg.KindOrganization: 0, kg.KindFund: 1} {
		top, err := s.MostConnected(context.Background(), &kind, 10)
		if err != nil || len(top) != want {
			t.Errorf("%s: %d entities (%v), want %d", kind, len(top), err, want)
		}
	}
}

func TestDeleteEntity(t *testing.T) {
	s := migrated(t)
	ctx := context.Background()
	upsert(t, s, "a", kg.KindOrganization, "A")
	upsert(t, s, "b", kg.KindOrganization, "B")
	rel := relate(t, s, "PARTNERED_WITH", "a", "b", "https://example.org/ab")
	for _, tc := range []struct {
		name     string
		id       string
		expected *int
		want     bool
		code     string
	}{
		{"stale version", "a", ptr(5), false, kg.CodeConflict},
		{"deleted", "a", ptr(1), true, ""},
		{"gone", "a", nil, false, ""},
	} {
		ok, err := s.DeleteEntity(ctx, tc.id, tc.expected, ptr("test"), "t")
		if ok != tc.want || (tc.code == "") != (err == nil) || (err != nil && kg.ErrorCode(err) != tc.code) {
			t.Errorf("%s: %v, %v; want %v, %q", tc.name, ok, err, tc.want, tc.code)
		}
	}
	rels, err := s.RelationshipsByID(ctx, []string{rel.ID})
	if err != nil || len(rels) != 0 {
		t.Errorf("the relationship outlived its entity: %v, %v", rels, err)
	}
	evs, err := s.AuditLog(ctx, kg.AuditQuery{EntityID: ptr("a"), Window: kg.Window{First: 10}})
	if err != nil || len(evs.Items) != 3 || evs.Items[0].Operation != "deleteEntity" || *evs.Items[0].Reason != "test" {
		t.Fatalf("audit of a: %+v, %v", evs, err)
	}
	if before := *evs.Items[0].Before; !strings.Contains(before, `"relationships":["`+rel.ID+`"]`) {
		t.Errorf("the delete event does not list the relationship: %s", before)
	}
}

// Figures: add one, replace it by key, remove it; removing a missing key is BAD_USER_INPUT.
func TestFigures(t *testing.T) {
	s := migrated(t)
	ctx := context.Background()
	upsert(t, s, "f", kg.KindFund, "F")
	add := func(value float64) *kg.Entity {
		e, err := s.AddFigure(ctx, kg.FigureWrite{EntityID: "f", Figure: kg.Figure{Key: "size", Value: value},
			Source: webSource("https://example.org/f")}, "t")
		if err != nil {
			t.Fatal(err)
		}
		return e
	}
	add(1)
	if e := add(2); len(e.Figures) != 1 || e.Figures[0].Value != 2 || e.Version != 3 {
		t.Errorf("after replacing: %+v", e)
	}
	e, err := s.RemoveFigure(ctx, "f", "size", ptr(3), nil, "t")
	if err != nil || len(e.Figures) != 0 || e.Version != 4 {
		t.Errorf("after removing: %+v, %v", e, err)
	}
	if _, err := s.RemoveFigure(ctx, "f", "size", nil, nil, "t"); kg.ErrorCode(err) != kg.CodeBadUserInput {
		t.Errorf("removing a missing figure: %v", err)
	}
}

// The same text is one document; a span citation must lie inside it and quote it exactly.
func TestCreateDocumentAndSpanCitations(t *testing.T) {
	s := migrated(t)
	ctx := context.Background()
	d1, err := s.CreateDocument(ctx, kg.Document{Title: "T", Language: "en", Text: "Acme raised money."}, "t")
	if err != nil {
		t.Fatal(err)
	}
	d2, err := s.CreateDocument(ctx, kg.Document{Title: "Other title", Language: "en", Text: "Acme raised money."}, "t")
	if err != nil || d2.ID != d1.ID || d2.Title != "T" {
		t.Fatalf("the same text again: %+v, %v", d2, err)
	}
	for _, tc := range []struct {
		name       string
		start, end int
		quote      *string
		code       string
	}{
		{"inside", 0, 4, ptr("Acme"), ""},
		{"outside", 10, 99, nil, kg.CodeBadUserInput},
		{"wrong quote", 0, 4, ptr("Beta"), kg.CodeBadUserInput},
	} {
		src := kg.Source{DocumentID: &d1.ID, Start: ptr(tc.start), End: ptr(tc.end), Quote: tc.quote}
		e, err := s.UpsertEntity(ctx, kg.EntityWrite{Entity: kg.Entity{ID: "acme", Kind: kg.KindOrganization, Name: "Acme"}, Source: src}, "t")
		if tc.code != "" {
			if kg.ErrorCode(err) != tc.code {
				t.Errorf("%s: %v, want %s", tc.name, err, tc.code)
			}
			continue
		}
		if err != nil || e.Citations[0].Quote != "Acme" || e.Citations[0].DocumentID != d1.ID {
			t.Errorf("%s: %+v, %v", tc.name, e, err)
		}
	}
	if ops := auditOps(t, s); !slices.Equal(ops, []string{"createDocument", "upsertEntity"}) {
		t.Errorf("audit %v: the repeated document and the refused citations record nothing", ops)
	}
}
