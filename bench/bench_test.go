package bench

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/hkgraph/hkgraph/internal/testdb"
)

func TestMain(m *testing.M) { testdb.Main(m) }

type testLog struct{ t *testing.T }

func (l testLog) Write(p []byte) (int, error) {
	l.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}

// The bench in smoke mode: a tiny ecosystem (its hub still dense), a fraction of a second per
// workload, the peer only where Node is installed. Run checks that every server returns the
// same results for every workload before it times anything; timings are never asserted.
func TestBenchSmoke(t *testing.T) {
	if testing.Short() {
		t.Skip("builds hkgraph, imports and starts servers")
	}
	testdb.Wipe(t, testdb.Driver(t))
	repo, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	rep, err := Run(ctx, Options{Repo: repo, Mode: "smoke", Scale: SmokeScale, Seed: 1, Warmup: 100 * time.Millisecond,
		Duration: 400 * time.Millisecond, Rounds: 2, Neo4jURI: testdb.URI(t), Peer: "auto", Log: testLog{t}})
	if err != nil {
		t.Fatal(err)
	}
	for w, why := range rep.peerFailures {
		t.Errorf("the peer fails %s: %s", w, why)
	}
	if want := 2*len(readWorkloads(rep.meta.manifest)) + 1; len(rep.Workloads) != want {
		t.Errorf("%d workload results, want %d: the reads at 2 concurrencies, the writes at one", len(rep.Workloads), want)
	}
	for _, w := range rep.Workloads {
		for server, st := range map[string]*Stats{"hkgraph": w.Hkgraph, "neo4j_graphql": w.Neo4jGraphQL, "driver": w.Driver} {
			if st == nil {
				continue // no peer without Node
			}
			if st.Errors > 0 || st.requests == 0 {
				t.Errorf("%s %s c=%d: %d requests, %d errors (%s)", server, w.Name, w.Concurrency, st.requests, st.Errors, st.firstErr)
			}
		}
		if w.Hkgraph.RoundTrips == nil || *w.Hkgraph.RoundTrips < 1 {
			t.Errorf("%s: hkgraph's round trips per request not measured", w.Name)
		}
	}
	if rep.ImportRecordsPerS <= 0 || rep.HubPagingRatio <= 0 {
		t.Errorf("import %v records/s, hub paging ratio %v", rep.ImportRecordsPerS, rep.HubPagingRatio)
	}
	if md := rep.Markdown(); !strings.Contains(md, "| entity | 1 |") {
		t.Errorf("the results table lacks a row:\n%s", md)
	}
}

// The generator is deterministic for a seed and keeps its promises about the special entities.
func TestGenerateDeterministic(t *testing.T) {
	a, err := Generate(t.TempDir(), SmokeScale, 7)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Generate(t.TempDir(), SmokeScale, 7)
	if err != nil {
		t.Fatal(err)
	}
	a.Files, b.Files = nil, nil
	if a.EntityID != b.EntityID || a.Relationships != b.Relationships || a.MaxOtherDeg != b.MaxOtherDeg {
		t.Errorf("two runs with one seed differ: %+v / %+v", a, b)
	}
	if a.Entities != SmokeScale.Entities || a.Relationships != SmokeScale.Relationships || a.HubDegree != SmokeScale.HubDegree || a.Degree100 != 100 {
		t.Errorf("generated %+v for %+v", a, SmokeScale)
	}
}

// Rounds add up: requests, time and errors sum, percentiles come from every latency, and the
// peak RSS is the larger one.
func TestStatsRoundsAddUp(t *testing.T) {
	ms := func(v ...int) []time.Duration {
		out := make([]time.Duration, len(v))
		for i, x := range v {
			out[i] = time.Duration(x) * time.Millisecond
		}
		return out
	}
	rss := func(v float64) *float64 { return &v }
	a := &Stats{latencies: ms(1, 2, 3, 4), duration: time.Second, Errors: 1, firstErr: "boom", RSSMB: rss(40)}
	b := &Stats{latencies: ms(10, 20, 30, 40, 50, 60), duration: time.Second, RSSMB: rss(55)}
	sum := &Stats{}
	sum.add(a)
	sum.add(b)
	sum.finish()
	if sum.requests != 10 || sum.RPS != 5 || sum.Errors != 1 || sum.firstErr != "boom" || *sum.RSSMB != 55 {
		t.Errorf("merged: %d requests, %v req/s, %d errors (%q), RSS %v", sum.requests, sum.RPS, sum.Errors, sum.firstErr, *sum.RSSMB)
	}
	if sum.P50 != 20 || sum.P99 != 60 { // the 6th and 10th of 1 2 3 4 10 20 30 40 50 60
		t.Errorf("p50 %v p99 %v, want 20 and 60 over both rounds' latencies", sum.P50, sum.P99)
	}
}

// The bench reads the summary line `hkgraph import --offline` prints (internal/cli).
func TestParseOfflineImport(t *testing.T) {
	line := "imported offline 1 documents, 20000 entities, 200000 relationships (3 mentions) with Neo4j's importer in 4.2s " +
		"(52381 records/s, its JVM start included; 6.5s of CPU); beside it: validation 1.5s, CSV files 0.8s, Neo4j start 6.1s, " +
		"empty lists, migrations and index builds 12.3s; run id import-x\n"
	got, err := parseOfflineImport("some log\n" + line)
	if err != nil {
		t.Fatal(err)
	}
	want := offlineImport{rps: 52381, records: 220001, importer: 4.2, cpu: 6.5, validation: 1.5, csv: 0.8, neo4jStart: 6.1, migrations: 12.3}
	if got != want {
		t.Errorf("parsed %+v, want %+v", got, want)
	}
	if _, err := parseOfflineImport("imported 3 documents"); err == nil {
		t.Error("a line without the summary parsed")
	}
}
