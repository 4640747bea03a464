package loaders

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/hkgraph/hkgraph/kg"
	"github.com/hkgraph/hkgraph/neo4jstore"
)

// lowerSuspendThreshold lets a test's few thousand rows take the path a first load of tens of
// thousands takes.
func lowerSuspendThreshold(t *testing.T, n int) {
	old := suspendMin
	suspendMin = n
	t.Cleanup(func() { suspendMin = old })
}

// onlineIndexes lists the ONLINE indexes of relationship type INVESTED_IN that a load may suspend.
func onlineIndexes(t *testing.T, d neo4j.DriverWithContext) []string {
	t.Helper()
	res, err := neo4j.ExecuteQuery(context.Background(), d,
		"SHOW INDEXES YIELD name, state WHERE name IN $names AND state = 'ONLINE' RETURN name ORDER BY name",
		map[string]any{"names": []string{"rel_id_INVESTED_IN", "rel_in_INVESTED_IN", "rel_out_INVESTED_IN"}}, neo4j.EagerResultTransformer)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, r := range res.Records {
		names = append(names, r.Values[0].(string))
	}
	return names
}

var allSuspendable = []string{"rel_id_INVESTED_IN", "rel_in_INVESTED_IN", "rel_out_INVESTED_IN"}

// indexWatcher records which suspendable indexes were online when each relationship batch ran.
type indexWatcher struct {
	*neo4jstore.Store
	t         *testing.T
	d         neo4j.DriverWithContext
	failAt    int
	duringRe  [][]string
	duringEnt []bool // whether entity_search was online during each entity batch
	// whether entity_search existed (online or filling) during each relationship batch
	searchDuringRe []bool
}

func searchOnline(t *testing.T, d neo4j.DriverWithContext) bool {
	return count(t, d, "SHOW INDEXES YIELD name, state WHERE name = 'entity_search' AND state = 'ONLINE' RETURN count(*)") == 1
}

func (w *indexWatcher) WriteBatch(ctx context.Context, b kg.Batch) (kg.WriteCounts, error) {
	if len(b.Relationships) > 0 {
		w.duringRe = append(w.duringRe, onlineIndexes(w.t, w.d))
	}
	if len(b.Entities) > 0 {
		w.duringEnt = append(w.duringEnt, searchOnline(w.t, w.d))
	}
	if len(b.Relationships) > 0 {
		w.searchDuringRe = append(w.searchDuringRe, count(w.t, w.d, "SHOW INDEXES YIELD name WHERE name = 'entity_search' RETURN count(*)") == 1)
	}
	if b.Mark != nil && b.Mark.Index == w.failAt {
		return kg.WriteCounts{}, errInjected
	}
	return w.Store.WriteBatch(ctx, b)
}

var errInjected = errors.New("connection reset (injected)")

// A first load of a type drops its id and key indexes while it writes and creates them
// again before it reports done; the graph is the one the indexed path writes.
func TestImportSuspendsTheIndexesOfAnEmptyType(t *testing.T) {
	lowerSuspendThreshold(t, 1000)
	st, d := freshStore(t)
	ctx := context.Background()
	files := writeCSVs(t, t.TempDir(), 3000)
	w := &indexWatcher{Store: st, t: t, d: d, failAt: -1}
	sum, err := Import(ctx, w, files, ImportOptions{Log: quiet, BatchSize: 500, Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(w.duringRe) != 6 || slices.ContainsFunc(w.duringRe, func(names []string) bool { return len(names) > 0 }) {
		t.Errorf("online during the relationship batches: %v; want none in each of 6", w.duringRe)
	}
	if got := onlineIndexes(t, d); !slices.Equal(got, allSuspendable) {
		t.Errorf("online after the import: %v, want %v", got, allSuspendable)
	}
	if !slices.Equal(w.duringEnt, []bool{false, false, false, false, false, false}) || !searchOnline(t, d) {
		t.Errorf("entity_search online during the 6 entity batches: %v, after: %v; want false each time, then true", w.duringEnt, searchOnline(t, d))
	}
	if !slices.Equal(w.searchDuringRe, []bool{true, true, true, true, true, true}) {
		t.Errorf("entity_search existed during the relationship batches: %v; want it created once the entities were written", w.searchDuringRe)
	}
	if got := count(t, d, `CALL db.index.fulltext.queryNodes('entity_search', 'startup') YIELD node RETURN count(node)`); got != 3000 {
		t.Errorf("search finds %d startups after the import, want 3000", got)
	}
	if sum.Counts.RelationshipsCreated != 3000 {
		t.Errorf("created %d relationships, want 3000", sum.Counts.RelationshipsCreated)
	}
	for q, want := range map[string]int64{
		"MATCH ()-[r:INVESTED_IN]->() RETURN count(DISTINCT r.id)":                               3000,
		"MATCH ()-[r:INVESTED_IN]->() WHERE r.outKey IS NULL OR r.inKey IS NULL RETURN count(r)": 0,
		"MATCH (r:ImportRun) WHERE r.suspendedTypes IS NOT NULL RETURN count(r)":                 0,
	} {
		if got := count(t, d, q); got != want {
			t.Errorf("%s = %d, want %d", q, got, want)
		}
	}
	// The type is no longer empty: a second import looks each row up (through the index) and
	// writes nothing.
	w.duringRe = nil
	again, err := Import(ctx, w, files, ImportOptions{Log: quiet, BatchSize: 500})
	if err != nil {
		t.Fatal(err)
	}
	if again.Counts != (kg.WriteCounts{}) {
		t.Errorf("importing again wrote %+v, want nothing", again.Counts)
	}
	if len(w.duringRe) == 0 || !slices.Equal(w.duringRe[0], allSuspendable) {
		t.Errorf("online while the second import wrote: %v, want %v", w.duringRe, allSuspendable)
	}
}

// A load that fails part-way creates the indexes again before it returns, and the resumed
// run (which looks its rows up by id) ends with every relationship written once.
func TestImportRestoresSuspendedIndexesWhenALoadFails(t *testing.T) {
	lowerSuspendThreshold(t, 1000)
	st, d := freshStore(t)
	ctx := context.Background()
	files := writeCSVs(t, t.TempDir(), 3000)
	w := &indexWatcher{Store: st, t: t, d: d, failAt: 10}
	_, err := Import(ctx, w, files, ImportOptions{Log: quiet, BatchSize: 500, Workers: 1})
	if err == nil || !strings.Contains(err.Error(), "injected") {
		t.Fatalf("the failed run's error: %v", err)
	}
	if len(w.duringRe) == 0 || len(w.duringRe[0]) != 0 {
		t.Fatalf("online during the failed load: %v; want the indexes suspended", w.duringRe)
	}
	if got := onlineIndexes(t, d); !slices.Equal(got, allSuspendable) {
		t.Errorf("online after the failed import: %v, want %v", got, allSuspendable)
	}
	runID := strings.Fields(err.Error()[strings.Index(err.Error(), "--run-id "):])[1]
	if _, err := Import(ctx, st, files, ImportOptions{Log: quiet, RunID: runID}); err != nil {
		t.Fatal(err)
	}
	if got := count(t, d, "MATCH ()-[r:INVESTED_IN]->() RETURN count(r) - count(DISTINCT r.id) + 10000 * (3000 - count(r))"); got != 0 {
		t.Errorf("after the resumed run: %d duplicate or missing relationships (missing ×10000)", got)
	}
}

// An import whose process died with indexes suspended leaves a note on its run; the next
// import (like `hkgraph migrate`) creates them before it writes.
func TestImportRestoresIndexesAnEarlierRunLeftSuspended(t *testing.T) {
	st, d := freshStore(t)
	ctx := context.Background()
	if err := st.StartImport(ctx, kg.ImportProgress{RunID: "import-died", Fingerprint: "x", BatchSize: 1, Total: 1}); err != nil {
		t.Fatal(err)
	}
	if err := st.SuspendIndexes(ctx, "import-died", []kg.RelType{"INVESTED_IN"}, false); err != nil {
		t.Fatal(err)
	}
	if got := onlineIndexes(t, d); len(got) != 0 {
		t.Fatalf("online after SuspendIndexes: %v", got)
	}
	// Too few rows to suspend anything itself.
	if _, err := Import(ctx, st, writeCSVs(t, t.TempDir(), 10), ImportOptions{Log: quiet}); err != nil {
		t.Fatal(err)
	}
	if got := onlineIndexes(t, d); !slices.Equal(got, allSuspendable) {
		t.Errorf("online after the next import: %v, want %v", got, allSuspendable)
	}
}

// buildRecorder records BuildIndexes calls.
type buildRecorder struct {
	ImportStore
	mu    sync.Mutex
	calls []string
}

func (b *buildRecorder) BuildIndexes(_ context.Context, types []kg.RelType, entities bool) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.calls = append(b.calls, fmt.Sprint(types, entities))
	return nil
}

// A suspended type's indexes are created once its last relationship is written, once, and
// only a suspended type's.
func TestSuspensionBuildsEachTypeWhenItsLoadIsWritten(t *testing.T) {
	rec := &buildRecorder{}
	s := &suspension{st: rec, log: quiet, left: map[kg.RelType]int{"INVESTED_IN": 3, "FUNDS": 2}}
	batch := func(types ...kg.RelType) kg.Batch {
		var b kg.Batch
		for _, t := range types {
			b.Relationships = append(b.Relationships, &kg.Relationship{Type: t})
		}
		return b
	}
	ctx := context.Background()
	for i, step := range []struct {
		b    kg.Batch
		want []string
	}{
		{batch("INVESTED_IN", "LOCATED_IN"), nil},
		{batch("INVESTED_IN", "FUNDS"), nil},
		{batch("INVESTED_IN", "FUNDS", "LOCATED_IN"), []string{"[INVESTED_IN FUNDS] false"}},
		{batch("LOCATED_IN"), []string{"[INVESTED_IN FUNDS] false"}},
	} {
		s.written(ctx, step.b)
		if !slices.Equal(rec.calls, step.want) {
			t.Errorf("after batch %d: BuildIndexes calls %q, want %q", i, rec.calls, step.want)
		}
	}
	var none *suspension
	none.written(ctx, batch("FUNDS")) // no suspension: nothing to count
}
