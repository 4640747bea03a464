package neo4jstore

import (
	"context"
	"io"
	"log/slog"
	"strings"
	"testing"

	"github.com/hkgraph/hkgraph/kg"
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

// Migration 12 rewrites keys an older Fold left with Hong Kong standard characters into what
// SearchKeys gives now (deduplicated, sorted), so search finds 衞生署 by 卫生署 and 衛生署;
// entities without such a character are not touched.
func TestRefoldSearchKeys(t *testing.T) {
	s := migrated(t)
	ctx := context.Background()
	write(t, s, `CREATE (:Entity {id: 'dh', searchNames: ['dh', '衞生署', '卫生署'], searchText: 'dh\n衞生署\n卫生署'}),
		(:Entity {id: 'plain', searchNames: ['zeta', 'alpha'], searchText: 'zeta\nalpha'})`, nil)
	if err := s.autocommit(ctx, refoldSearchKeysMigration()); err != nil {
		t.Fatal(err)
	}
	type keys struct {
		names []string
		text  string
	}
	got, err := readAll(ctx, s, "MATCH (n:Entity) WHERE n.id IN ['dh', 'plain'] RETURN n.id AS id, n.searchNames AS names, n.searchText AS text ORDER BY id",
		nil, func(r *cols) keys { return keys{list[string](r, "names"), col[string](r, "text")} })
	if err != nil {
		t.Fatal(err)
	}
	want := SearchKeys(&kg.Entity{Name: "衞生署", Aliases: []string{"DH", "卫生署"}})
	if len(got) != 2 || strings.Join(got[0].names, "|") != strings.Join(want, "|") || got[0].text != strings.Join(want, "\n") {
		t.Errorf("refolded keys = %+v, want %q", got, want)
	}
	if len(got) == 2 && (strings.Join(got[1].names, "|") != "zeta|alpha" || got[1].text != "zeta\nalpha") {
		t.Errorf("an entity without a Hong Kong variant was rewritten: %+v", got[1])
	}
}
