package cli

import (
	"bytes"
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/hkgraph/hkgraph/config"
	"github.com/hkgraph/hkgraph/curation"
	"github.com/hkgraph/hkgraph/internal/testdb"
	"github.com/hkgraph/hkgraph/kg"
	"github.com/hkgraph/hkgraph/loaders"
	"github.com/hkgraph/hkgraph/neo4jstore"
)

func TestMain(m *testing.M) { testdb.Main(m) }

// testApp is the CLI pointed at the test database.
func testApp(t *testing.T) *App {
	t.Helper()
	env := map[string]string{"NEO4J_URI": testdb.URI(t), "NEO4J_PASSWORD": os.Getenv("NEO4J_PASSWORD")}
	cfg, err := config.Load(func(k string) string { return env[k] })
	if err != nil {
		t.Fatal(err)
	}
	return &App{Config: cfg, Log: slog.New(slog.NewTextHandler(io.Discard, nil)), Stdout: io.Discard, Stderr: io.Discard}
}

func run(t *testing.T, a *App, args ...string) {
	t.Helper()
	if err := a.Run(context.Background(), args); err != nil {
		t.Fatalf("hkgraph %s: %v", strings.Join(args, " "), err)
	}
}

func read(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// writeThroughAPI changes the seeded graph the way the API does, including writes the
// hand-made dataset rules would refuse (a quote that names neither end, no Chinese name), so
// the round trip shows a backup keeps what the API wrote.
func writeThroughAPI(t *testing.T, st *neo4jstore.Store) {
	t.Helper()
	ctx := context.Background()
	url, quote := "https://example.org/news/1", "A new lab opened on the campus this week."
	desc := "A lab added through the API."
	lab := kg.EntityWrite{Entity: kg.Entity{ID: "api-lab", Kind: kg.KindFacility, Name: "API Lab", Description: &desc,
		Aliases: []string{"The Lab"}}, Source: kg.Source{URL: &url, Quote: &quote}}
	if err := curation.Entity(&lab); err != nil {
		t.Fatal(err)
	}
	if _, err := st.UpsertEntity(ctx, lab, "alice"); err != nil {
		t.Fatal(err)
	}
	amount := 1.5e6
	rel := kg.RelationshipWrite{Relationship: kg.Relationship{Type: kg.RelType("OPERATES"), FromID: "cyberport", ToID: "api-lab",
		AmountHKD: &amount}, Source: kg.Source{URL: &url, Quote: &quote}}
	if err := curation.Relationship(&rel); err != nil {
		t.Fatal(err)
	}
	if _, err := st.AddRelationship(ctx, rel, "alice"); err != nil {
		t.Fatal(err)
	}
	if _, err := st.MergeEntities(ctx, kg.Merge{Keep: "hku", Remove: "cuhk"}, "alice"); err != nil {
		t.Fatal(err)
	}
}

// Export → wipe → import → export gives the same file: the JSON export is lossless, and
// `import --replace` restores it over a graph that has moved on.
func TestExportImportRoundTrip(t *testing.T) {
	start := time.Now()
	defer func() { t.Logf("round trip took %s", time.Since(start)) }()
	a := testApp(t)
	d := testdb.Driver(t)
	testdb.Wipe(t, d)
	run(t, a, "seed")
	writeThroughAPI(t, neo4jstore.New(d, neo4jstore.Options{TxTimeout: time.Minute}))

	dir := t.TempDir()
	first, second, third := filepath.Join(dir, "a.json"), filepath.Join(dir, "b.json"), filepath.Join(dir, "c.json")
	run(t, a, "export", "--out", first)
	backup := read(t, first)
	ds, err := loaders.ParseJSON(backup, nil, first)
	if err != nil {
		t.Fatal(err)
	}
	if ds.Export == nil || len(ds.Documents) != 2 || len(ds.Entities) < 90 || len(ds.Relationships) < 100 {
		t.Fatalf("export has %d documents, %d entities, %d relationships (marker %v)", len(ds.Documents), len(ds.Entities), len(ds.Relationships), ds.Export)
	}
	if !bytes.Contains(backup, []byte(`"text": "人工智能`)) && !bytes.Contains(backup, []byte(`"figures"`)) {
		t.Error("export lacks document texts or figures")
	}

	t.Logf("seeded and exported after %s", time.Since(start))
	testdb.Wipe(t, d)
	run(t, a, "import", first)
	t.Logf("imported after %s", time.Since(start))
	run(t, a, "export", "--out", second)
	if got := read(t, second); !bytes.Equal(got, backup) {
		t.Fatalf("export after wipe and import differs from the first export:\n%s", firstDiff(backup, got))
	}

	// The graph moves on; import --replace puts it back exactly.
	st := neo4jstore.New(d, neo4jstore.Options{TxTimeout: time.Minute})
	if _, err := st.DeleteEntity(context.Background(), "hkex", nil, nil, "alice"); err != nil {
		t.Fatal(err)
	}
	if _, err := st.MergeEntities(context.Background(), kg.Merge{Keep: "api-lab", Remove: "cyberport-campus"}, "alice"); err != nil {
		t.Fatal(err)
	}
	run(t, a, "import", "--replace", first)
	run(t, a, "export", "--out", third)
	if got := read(t, third); !bytes.Equal(got, backup) {
		t.Fatalf("export after import --replace differs from the backup:\n%s", firstDiff(backup, got))
	}
}

func TestExportGraphMLAndCSV(t *testing.T) {
	a := testApp(t)
	d := testdb.Driver(t)
	testdb.Wipe(t, d)
	run(t, a, "seed")
	dir := t.TempDir()
	gml := filepath.Join(dir, "g.graphml")
	run(t, a, "export", "--format", "graphml", "--out", gml)
	var doc struct {
		Graph struct {
			Nodes []struct {
				ID   string `xml:"id,attr"`
				Data []struct {
					Key   string `xml:"key,attr"`
					Value string `xml:",chardata"`
				} `xml:"data"`
			} `xml:"node"`
			Edges []struct {
				Source string `xml:"source,attr"`
			} `xml:"edge"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal(read(t, gml), &doc); err != nil {
		t.Fatalf("GraphML is not XML: %v", err)
	}
	ds, _ := loaders.SeedDataset()
	if len(doc.Graph.Nodes) != len(ds.Entities) || len(doc.Graph.Edges) != len(ds.Relationships) {
		t.Errorf("GraphML has %d nodes and %d edges, want %d and %d", len(doc.Graph.Nodes), len(doc.Graph.Edges), len(ds.Entities), len(ds.Relationships))
	}
	labels := map[string]string{}
	for _, n := range doc.Graph.Nodes {
		for _, dt := range n.Data {
			if dt.Key == "n_label" {
				labels[n.ID] = dt.Value
			}
		}
	}
	if labels["cyberport"] != "Hong Kong Cyberport Management Company Limited" {
		t.Errorf("cyberport's label is %q", labels["cyberport"])
	}

	// --kinds keeps those kinds and the relationships among them.
	run(t, a, "export", "--format", "graphml", "--kinds", "person,organization", "--out", gml)
	doc.Graph.Nodes, doc.Graph.Edges = nil, nil
	if err := xml.Unmarshal(read(t, gml), &doc); err != nil {
		t.Fatal(err)
	}
	kinds := map[string]string{}
	for _, e := range ds.Entities {
		kinds[e.ID] = e.Kind
	}
	for _, n := range doc.Graph.Nodes {
		if k := kinds[n.ID]; k != "PERSON" && k != "ORGANIZATION" {
			t.Errorf("--kinds person,organization exported %s (%s)", n.ID, k)
		}
	}
	people := 0
	for _, k := range kinds {
		if k == "PERSON" || k == "ORGANIZATION" {
			people++
		}
	}
	if len(doc.Graph.Nodes) != people || len(doc.Graph.Edges) == 0 {
		t.Errorf("--kinds: %d nodes, %d edges", len(doc.Graph.Nodes), len(doc.Graph.Edges))
	}

	// CSV: the columns import reads; re-importing the files over the seed changes nothing.
	csvDir := filepath.Join(dir, "csv")
	run(t, a, "export", "--format", "csv", "--out", csvDir)
	for _, name := range []string{"entities.csv", "relationships.csv"} {
		if _, err := loaders.LoadCSV(filepath.Join(csvDir, name)); err != nil {
			t.Errorf("%s does not load: %v", name, err)
		}
	}
	run(t, a, "import", filepath.Join(csvDir, "entities.csv"), filepath.Join(csvDir, "relationships.csv"))
}

func TestExportFlags(t *testing.T) {
	a := testApp(t)
	for _, args := range [][]string{
		{"export", "--format", "xml"},
		{"export", "--kinds", "COMPANY"},
		{"export", "--format", "csv"},
		{"export", "extra"},
	} {
		if err := a.Run(context.Background(), args); err == nil {
			t.Errorf("hkgraph %s succeeded", strings.Join(args, " "))
		}
	}
}

// firstDiff shows the first line where two exports differ.
func firstDiff(a, b []byte) string {
	al, bl := strings.Split(string(a), "\n"), strings.Split(string(b), "\n")
	for i := range min(len(al), len(bl)) {
		if al[i] != bl[i] {
			return fmt.Sprintf("line %d:\n- %s\n+ %s", i+1, al[i], bl[i])
		}
	}
	return fmt.Sprintf("lengths differ: %d and %d lines", len(al), len(bl))
}
