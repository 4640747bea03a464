package cli

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/hkgraph/hkgraph/config"
	"github.com/hkgraph/hkgraph/internal/devdb"
	"github.com/hkgraph/hkgraph/internal/testdb"
	"github.com/hkgraph/hkgraph/loaders"
)

// localApp is the CLI with NEO4J_URI unset: its local database lives in dataDir.
func localApp(t *testing.T, dataDir string, out io.Writer) *App {
	t.Helper()
	env := map[string]string{"HKGRAPH_DATA_DIR": dataDir, "NEO4J_PASSWORD": os.Getenv("NEO4J_PASSWORD")}
	cfg, err := config.Load(func(k string) string { return env[k] })
	if err != nil {
		t.Fatal(err)
	}
	return &App{Config: cfg, Log: slog.New(slog.NewTextHandler(io.Discard, nil)), Stdout: out, Stderr: io.Discard}
}

// TestOfflineImportMatchesOnline imports the seed both ways, online into the test database
// and offline into a local database of its own, and finds the same exports, byte for byte, and
// the same nodes and relationships with the same properties of the same types.
func TestOfflineImportMatchesOnline(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Neo4j's importer and a Neo4j")
	}
	seed := filepath.Join("..", "..", "loaders", "data", "seed.json")
	dir := t.TempDir()

	online := testApp(t)
	d := testdb.Driver(t)
	testdb.Wipe(t, d)
	run(t, online, "import", seed)
	run(t, online, "export", "--out", filepath.Join(dir, "online.json"))
	wantGraph := dumpGraph(t, d)

	dataDir := filepath.Join(dir, "local")
	var out bytes.Buffer
	run(t, localApp(t, dataDir, &out), "import", "--offline", seed)
	ds, err := loaders.LoadFiles([]string{seed})
	if err != nil {
		t.Fatal(err)
	}
	summary := fmt.Sprintf("imported offline 1 documents, %d entities", len(ds.Entities))
	if !strings.Contains(out.String(), summary) || !strings.Contains(out.String(), "records/s") {
		t.Errorf("import --offline printed %q", out.String())
	}

	inst, err := devdb.Start(context.Background(), devdb.Options{DataDir: dataDir})
	if err != nil {
		t.Fatal(err)
	}
	defer inst.Stop()
	local := localApp(t, dataDir, io.Discard)
	local.Config.Neo4jURI, local.Config.Neo4jSet = inst.URI(), true
	run(t, local, "export", "--out", filepath.Join(dir, "offline.json"))
	want, got := read(t, filepath.Join(dir, "online.json")), read(t, filepath.Join(dir, "offline.json"))
	if !bytes.Equal(got, want) {
		t.Fatalf("export after import --offline differs from the export after an online import:\n%s", firstDiff(want, got))
	}
	ld, err := local.connect(context.Background(), time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	defer ld.Close(context.Background())
	if gotGraph := dumpGraph(t, ld); !slices.Equal(gotGraph, wantGraph) {
		t.Fatalf("the offline graph differs from the online one:\nonly online:\n%s\nonly offline:\n%s",
			strings.Join(missing(wantGraph, gotGraph), "\n"), strings.Join(missing(gotGraph, wantGraph), "\n"))
	}
	// The dumps compare labels too; the seed's organisations hold roles, so their role labels
	// came through the importer's :LABEL column.
	if n := query(t, ld, `MATCH (n:Organization) WHERE size(n.roles) > 0
RETURN count(*) AS orgs, count(CASE WHEN size([l IN labels(n) WHERE l STARTS WITH 'Role']) = size(n.roles)
  AND n:RoleInvestor = ('INVESTOR' IN n.roles) AND n:RoleCorporate = ('CORPORATE' IN n.roles) THEN 1 END) AS labelled`); len(n) != 1 ||
		strings.Fields(n[0])[0] == "0" || strings.Fields(n[0])[0] != strings.Fields(n[0])[1] {
		t.Errorf("organisations with roles, and those with their roles' labels, after import --offline: %q", n)
	}
	runs := query(t, ld, "MATCH (r:ImportRun) RETURN r.finished AS f, r.total AS total, size(r.fingerprint) AS fp")
	if len(runs) != 1 || runs[0] != "true 1 64" {
		t.Errorf("import runs recorded: %q, want one finished run of one batch with a fingerprint", runs)
	}
	for _, idx := range []string{"entity_id", "entity_search", "rel_out_LOCATED_IN", "rel_in_LOCATED_IN"} {
		if n := query(t, ld, "SHOW INDEXES YIELD name, state WHERE name = '"+idx+"' AND state = 'ONLINE' RETURN count(*) AS n"); n[0] != "1" {
			t.Errorf("index %s is not online after import --offline", idx)
		}
	}
	inst.Stop()

	// A second offline import finds the database not empty; a remote NEO4J_URI is refused.
	err = localApp(t, dataDir, io.Discard).Run(context.Background(), []string{"import", "--offline", seed})
	if err == nil || !strings.Contains(err.Error(), "only fills an empty database") || !strings.Contains(err.Error(), "without --offline") {
		t.Errorf("offline import into a full database: %v", err)
	}
	err = online.Run(context.Background(), []string{"import", "--offline", seed})
	if err == nil || !strings.Contains(err.Error(), "NEO4J_URI is set") {
		t.Errorf("offline import with NEO4J_URI set: %v", err)
	}
}

// dumpGraph lists every data node and relationship with its labels (sorted: their order is
// the order Neo4j first met them) or type and every
// property's Go type and value, sorted: two graphs with the same dump hold the same data.
func dumpGraph(t *testing.T, d neo4j.DriverWithContext) []string {
	t.Helper()
	lines := query(t, d, `MATCH (n) WHERE NOT n:Migration AND NOT n:ImportRun AND NOT n:AuditSequence
RETURN COLLECT { UNWIND labels(n) AS l RETURN l ORDER BY l } AS what, properties(n) AS props`)
	lines = append(lines, query(t, d, `MATCH (a)-[r]->(b) RETURN [a.id, type(r), b.id] AS what, properties(r) AS props`)...)
	slices.Sort(lines)
	return lines
}

// missing returns the lines of a that b lacks (both sorted).
func missing(a, b []string) []string {
	var out []string
	for _, l := range a {
		if _, found := slices.BinarySearch(b, l); !found {
			out = append(out, l)
		}
	}
	return out
}

// query returns each record as one line: its values, maps as sorted key=type:value pairs.
func query(t *testing.T, d neo4j.DriverWithContext, cypher string) []string {
	t.Helper()
	res, err := neo4j.ExecuteQuery(context.Background(), d, cypher, nil, neo4j.EagerResultTransformer)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, rec := range res.Records {
		var parts []string
		for _, v := range rec.Values {
			m, ok := v.(map[string]any)
			if !ok {
				parts = append(parts, fmt.Sprint(v))
				continue
			}
			var props []string
			for k, pv := range m {
				props = append(props, fmt.Sprintf("%s=%T:%v", k, pv, pv))
			}
			slices.Sort(props)
			parts = append(parts, strings.Join(props, " "))
		}
		out = append(out, strings.Join(parts, " "))
	}
	return out
}
