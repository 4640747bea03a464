package neo4jstore

import (
	"context"
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

// Fixtures for the store-level tests: they write through the Store's own API, so each test
// also runs the writes it builds on.

func ptr[T any](v T) *T { return &v }

func webSource(url string) kg.Source { return kg.Source{URL: &url} }

func upsert(t *testing.T, s *Store, id string, kind kg.Kind, name string) *kg.Entity {
	t.Helper()
	e, err := s.UpsertEntity(context.Background(), kg.EntityWrite{Entity: kg.Entity{ID: id, Kind: kind, Name: name},
		Source: webSource("https://example.org/" + id)}, "tester")
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func relate(t *testing.T, s *Store, typ kg.RelType, from, to, url string) *kg.Relationship {
	t.Helper()
	r, err := s.AddRelationship(context.Background(), kg.RelationshipWrite{Relationship: kg.Relationship{
		ID: kg.RelationshipID(typ, from, to, nil), Type: typ, FromID: from, ToID: to}, Source: webSource(url)}, "tester")
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func auditOps(t *testing.T, s *Store) []string {
	t.Helper()
	evs, err := s.AuditEventsAfter(context.Background(), 0, 1000)
	if err != nil {
		t.Fatal(err)
	}
	ops := make([]string, len(evs))
	for i, ev := range evs {
		ops[i] = ev.Operation
	}
	return ops
}
