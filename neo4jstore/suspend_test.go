package neo4jstore

import (
	"context"
	"io"
	"log/slog"
	"slices"
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

// onlineLoadIndexes lists, by name, the indexes a load may suspend that are online.
func onlineLoadIndexes(t *testing.T, s *Store) []string {
	t.Helper()
	names, err := readAll(context.Background(), s, "SHOW INDEXES YIELD name, state WHERE state = 'ONLINE' RETURN name ORDER BY name", nil,
		func(r *cols) string { return col[string](r, "name") })
	if err != nil {
		t.Fatal(err)
	}
	all := loadIndexes()
	return slices.DeleteFunc(names, func(n string) bool { _, ok := all[n]; return !ok })
}

// Suspended indexes are gone until RestoreIndexes (or Migrate, after a dead import) creates
// them; meanwhile search says its index is being built instead of failing inside.
func TestSuspendAndRestoreIndexes(t *testing.T) {
	s := migrated(t)
	ctx := context.Background()
	all := onlineLoadIndexes(t, s)
	if len(all) != len(loadIndexes()) {
		t.Fatalf("after Migrate %d of the %d load indexes are online: %v", len(all), len(loadIndexes()), all)
	}
	if err := s.StartImport(ctx, kg.ImportProgress{RunID: "run-1", Fingerprint: "f", BatchSize: 1, Total: 1}); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []struct {
		name  string
		run   string
		types []kg.RelType
	}{
		{"unknown type", "run-1", []kg.RelType{"LIKES"}},
		{"unknown run", "run-0", []kg.RelType{"INVESTED_IN"}},
	} {
		if err := s.SuspendIndexes(ctx, bad.run, bad.types, false); err == nil {
			t.Errorf("%s: SuspendIndexes succeeded", bad.name)
		}
	}
	if got := onlineLoadIndexes(t, s); !slices.Equal(got, all) {
		t.Fatalf("refused suspensions dropped indexes: online %v", got)
	}
	if err := s.SuspendIndexes(ctx, "run-1", []kg.RelType{"INVESTED_IN", "FUNDS"}, true); err != nil {
		t.Fatal(err)
	}
	want := slices.DeleteFunc(slices.Clone(all), func(n string) bool {
		return slices.Contains([]string{"entity_name", "entity_search", "rel_id_INVESTED_IN", "rel_out_INVESTED_IN", "rel_in_INVESTED_IN",
			"rel_id_FUNDS", "rel_out_FUNDS", "rel_in_FUNDS"}, n)
	})
	if got := onlineLoadIndexes(t, s); !slices.Equal(got, want) {
		t.Errorf("online while suspended: %v, want %v", got, want)
	}
	_, err := s.Search(ctx, kg.SearchQuery{Text: "cyberport", First: 5})
	if kg.ErrorCode(err) != kg.CodeDatabaseUnavailable {
		t.Errorf("search while its index is suspended: %v, want %s", err, kg.CodeDatabaseUnavailable)
	}
	// One type's load is written: its indexes are created, the rest stay down.
	if err := s.BuildIndexes(ctx, []kg.RelType{"FUNDS"}, false); err != nil {
		t.Fatal(err)
	}
	if err := s.BuildIndexes(ctx, []kg.RelType{"LIKES"}, false); err == nil {
		t.Error("BuildIndexes of an unknown type succeeded")
	}
	if err := s.autocommit(ctx, cypherAwaitIndexes); err != nil {
		t.Fatal(err)
	}
	want = slices.DeleteFunc(slices.Clone(all), func(n string) bool {
		return slices.Contains([]string{"entity_name", "entity_search", "rel_id_INVESTED_IN", "rel_out_INVESTED_IN", "rel_in_INVESTED_IN"}, n)
	})
	if got := onlineLoadIndexes(t, s); !slices.Equal(got, want) {
		t.Errorf("online after BuildIndexes(FUNDS): %v, want %v", got, want)
	}
	// The process died here: Migrate finds the note and creates them.
	if err := s.Migrate(ctx, slog.New(slog.NewTextHandler(io.Discard, nil))); err != nil {
		t.Fatal(err)
	}
	if got := onlineLoadIndexes(t, s); !slices.Equal(got, all) {
		t.Errorf("online after Migrate: %v, want %v", got, all)
	}
	if hits, err := s.Search(ctx, kg.SearchQuery{Text: "cyberport", First: 5}); err != nil || hits == nil {
		t.Errorf("search after Migrate: %v, %v", hits, err)
	}
	if n, err := s.RestoreIndexes(ctx); n != 0 || err != nil {
		t.Errorf("RestoreIndexes with nothing noted: %d, %v; want 0, nil", n, err)
	}
}
