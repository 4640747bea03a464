package neo4jstore

import (
	"context"
	"io"
	"log/slog"
	"testing"
)

// Migrate records every version once; a second run applies nothing; the constraints it
// creates hold (a duplicate entity id is refused).
func TestMigrateIsIdempotent(t *testing.T) {
	s := migrated(t)
	ctx := context.Background()
	versions := func() []int {
		v, err := readAll(ctx, s, cypherMigrations, nil, func(r *cols) int { return count(r, "v") })
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	first := versions()
	if len(first) != len(migrations()) {
		t.Fatalf("%d migrations recorded, want %d", len(first), len(migrations()))
	}
	if err := s.Migrate(ctx, slog.New(slog.NewTextHandler(io.Discard, nil))); err != nil {
		t.Fatal(err)
	}
	if again := versions(); len(again) != len(first) {
		t.Errorf("a second run recorded %d migrations, want %d", len(again), len(first))
	}
	seen := map[int]bool{}
	for _, m := range migrations() {
		if seen[m.version] {
			t.Errorf("version %d used twice", m.version)
		}
		seen[m.version] = true
	}
	write(t, s, "CREATE (:Entity {id: 'dup'})", nil)
	if _, err := s.writeRows(ctx, "CREATE (:Entity {id: 'dup'})", nil); err == nil || !isConstraintViolation(err) {
		t.Errorf("a duplicate entity id: %v, want a constraint violation", err)
	}
}
