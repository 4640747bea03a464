package loaders

import (
	"context"
	"encoding/csv"
	"encoding/json"
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

	"github.com/hkgraph/hkgraph/internal/testdb"
	"github.com/hkgraph/hkgraph/kg"
	"github.com/hkgraph/hkgraph/neo4jstore"
)

func TestMain(m *testing.M) { testdb.Main(m) }

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

// freshStore wipes the test database and migrates it.
func freshStore(t *testing.T) (*neo4jstore.Store, neo4j.DriverWithContext) {
	t.Helper()
	d := testdb.Driver(t)
	testdb.Wipe(t, d)
	st := neo4jstore.New(d, neo4jstore.Options{TxTimeout: 5 * time.Minute})
	if err := st.Migrate(context.Background(), quiet); err != nil {
		t.Fatal(err)
	}
	return st, d
}

func count(t *testing.T, d neo4j.DriverWithContext, cypher string) int64 {
	t.Helper()
	res, err := neo4j.ExecuteQuery(context.Background(), d, cypher, nil, neo4j.EagerResultTransformer)
	if err != nil {
		t.Fatal(err)
	}
	n, _ := res.Records[0].Values[0].(int64)
	return n
}

// graphFingerprint counts everything seed writes and sums the versions, so a second seed that
// changed any property or count would show.
func graphFingerprint(t *testing.T, d neo4j.DriverWithContext) string {
	return fmt.Sprint(
		count(t, d, "MATCH (n:Entity) RETURN count(n)"),
		count(t, d, "MATCH ()-[r]->() RETURN count(r)"),
		count(t, d, "MATCH ()-[m:MENTIONS]->() RETURN count(m)"),
		count(t, d, "MATCH (n:Entity) RETURN sum(n.version)"),
		count(t, d, "MATCH ()-[r]->() WHERE r.version IS NOT NULL RETURN sum(r.version)"),
	)
}

func TestSeedCountsAndIdempotence(t *testing.T) {
	st, d := freshStore(t)
	ctx := context.Background()
	first, err := Seed(ctx, st, quiet)
	if err != nil {
		t.Fatal(err)
	}
	ds, _ := SeedDataset()
	perKind := map[string]int64{}
	for _, e := range ds.Entities {
		perKind[e.Kind]++
	}
	for kind, want := range perKind {
		if got := count(t, d, "MATCH (n:`"+kg.Kind(kind).Label()+"`) RETURN count(n)"); got != want {
			t.Errorf("%s: %d in Neo4j, %d in the dataset", kind, got, want)
		}
	}
	if got := count(t, d, "MATCH (:Entity)-[r]->(:Entity) RETURN count(r)"); got != int64(len(ds.Relationships)) {
		t.Errorf("%d relationships in Neo4j, %d in the dataset", got, len(ds.Relationships))
	}
	// Every entity the article names on its own is mentioned where it is named. The article
	// does not name the stand-ins for unnamed partners nor HKEX (only its exchange, 香港联交所),
	// and names the others only inside longer names (北京 in 北京中关村, 淡马锡 in 港版淡马锡),
	// which the matcher does not link.
	unnamed := []string{"hkex", "uae-parks-and-companies", "thailand-parks-and-companies", "japan-parks-and-companies",
		"malaysia-parks-and-companies", "temasek", "qianhai", "beijing", "hefei", "shangcheng-district", "united-kingdom", "australia"}
	recs, err := neo4j.ExecuteQuery(ctx, d, "MATCH (n:Entity) WHERE NOT EXISTS { (:Document)-[:MENTIONS]->(n) } RETURN n.id AS id ORDER BY id",
		nil, neo4j.EagerResultTransformer)
	if err != nil {
		t.Fatal(err)
	}
	var unmentioned []string
	for _, r := range recs.Records {
		unmentioned = append(unmentioned, r.Values[0].(string))
	}
	slices.Sort(unnamed)
	if !slices.Equal(unmentioned, unnamed) {
		t.Errorf("entities without a mention: %v, want %v", unmentioned, unnamed)
	}
	if !first.Changed() {
		t.Fatal("the first seed wrote nothing")
	}
	before := graphFingerprint(t, d)
	again, err := Seed(ctx, st, quiet)
	if err != nil {
		t.Fatal(err)
	}
	if again.Changed() {
		t.Errorf("a second seed wrote %+v; it must be a no-op", again)
	}
	if after := graphFingerprint(t, d); after != before {
		t.Errorf("a second seed changed the graph: %s → %s", before, after)
	}
}

// A corrupted copy of the dataset fails with one error per problem and writes nothing.
func TestCorruptedDatasetWritesNothing(t *testing.T) {
	st, d := freshStore(t)
	raw, err := seedFiles.ReadFile("data/seed.json")
	if err != nil {
		t.Fatal(err)
	}
	var ds map[string]any
	if err := json.Unmarshal(raw, &ds); err != nil {
		t.Fatal(err)
	}
	ents := ds["entities"].([]any)
	rels := ds["relationships"].([]any)
	ents[0].(map[string]any)["kind"] = "COMPANY"                           // unknown kind
	ents[1].(map[string]any)["id"] = ents[2].(map[string]any)["id"]        // duplicate id
	delete(ents[3].(map[string]any), "nameZhHans")                         // missing Chinese names
	delete(ents[3].(map[string]any), "nameZhHant")                         //
	ents[4].(map[string]any)["roles"] = []any{"DRAGON"}                    // unknown role
	rels[0].(map[string]any)["type"] = "OWNS"                              // unknown relationship type
	rels[1].(map[string]any)["to"] = "no-such-entity"                      // dangling endpoint
	rels[2].(map[string]any)["date"] = "2024-13-01"                        // bad date
	rels[3].(map[string]any)["amountHKD"] = -5                             // bad amount
	c := rels[4].(map[string]any)["citations"].([]any)[0].(map[string]any) // citation out of range
	c["start"], c["end"] = 99999, 100000
	c5 := rels[5].(map[string]any)["citations"].([]any)[0].(map[string]any) // quote not at the span
	c5["quote"] = "不是这句话"
	c6 := rels[6].(map[string]any)["citations"].([]any)[0].(map[string]any) // span longer than the cap
	c6["start"], c6["end"] = 0, kg.MaxCitationLen+1
	bad, _ := json.Marshal(ds)
	dir := t.TempDir()
	path := filepath.Join(dir, "bad.json")
	if err := os.WriteFile(path, bad, 0o644); err != nil {
		t.Fatal(err)
	}
	txt, _ := seedFiles.ReadFile("data/cbj-2024-cyberport-ai-ecosystem.zh-Hans.txt")
	if err := os.WriteFile(filepath.Join(dir, "cbj-2024-cyberport-ai-ecosystem.zh-Hans.txt"), txt, 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = Import(context.Background(), st, []string{path}, ImportOptions{Log: quiet})
	if err == nil {
		t.Fatal("a corrupted dataset was accepted")
	}
	msg := err.Error()
	for _, want := range []string{"unknown kind \"COMPANY\"", "duplicate entity id", "a Chinese name is required",
		"unknown role \"DRAGON\"", "unknown relationship type \"OWNS\"", "no entity \"no-such-entity\"",
		"date \"2024-13-01\"", "amountHKD", "is outside document", "not the quote",
		fmt.Sprintf("a citation spans at most %d", kg.MaxCitationLen)} {
		if !strings.Contains(msg, want) {
			t.Errorf("the errors do not mention %q", want)
		}
	}
	if !strings.Contains(msg, path+": entities[0]") {
		t.Errorf("errors must name the file and the record: %s", msg)
	}
	if n := count(t, d, "MATCH (n) WHERE NOT n:Migration AND NOT n:AuditSequence RETURN count(n)"); n != 0 {
		t.Errorf("a refused import wrote %d nodes", n)
	}
}

// writeCSVs generates an ecosystem of n entities and n relationships (ring + hub), all cited.
func writeCSVs(t *testing.T, dir string, n int) []string {
	t.Helper()
	doc := `{"documents": [{"id": "doc:synthetic", "title": "Synthetic", "language": "en",
	  "text": "Startups invested in startups. Org funds org.", "textPublic": true}]}`
	docPath := filepath.Join(dir, "doc.json")
	if err := os.WriteFile(docPath, []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	ef, _ := os.Create(filepath.Join(dir, "entities.csv"))
	rf, _ := os.Create(filepath.Join(dir, "relationships.csv"))
	ew, rw := csv.NewWriter(ef), csv.NewWriter(rf)
	_ = ew.Write([]string{"id", "kind", "name", "nameZhHans", "aliases", "roles", "founded"})
	_ = rw.Write([]string{"type", "from", "to", "date", "citeDoc", "citeStart", "citeEnd", "citeQuote"})
	for i := range n {
		_ = ew.Write([]string{fmt.Sprintf("startup-%d", i), "ORGANIZATION", fmt.Sprintf("Startup %d", i),
			fmt.Sprintf("初创企业%d", i), "Startups", "STARTUP|CORPORATE", fmt.Sprint(2000 + i%25)})
		to := (i + 1) % n
		if i%2 == 0 {
			to = 0 // a hub
		}
		if to == i {
			to = 1
		}
		_ = rw.Write([]string{"INVESTED_IN", fmt.Sprintf("startup-%d", i), fmt.Sprintf("startup-%d", to), "2024",
			"doc:synthetic", "0", "8", "Startups"})
	}
	ew.Flush()
	rw.Flush()
	ef.Close()
	rf.Close()
	return []string{docPath, ef.Name(), rf.Name()}
}

// 100k rows (50k entities + 50k relationships) import in batches, and a resumed run skips
// what committed.
func TestImportCSV100k(t *testing.T) {
	if testing.Short() {
		t.Skip("imports 100k rows")
	}
	st, d := freshStore(t)
	files := writeCSVs(t, t.TempDir(), 50_000)
	start := time.Now()
	sum, err := Import(context.Background(), st, files, ImportOptions{Log: quiet, BatchSize: 5000})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("imported %d entities and %d relationships in %s (%.0f records/s)", sum.Entities, sum.Relationships, time.Since(start), sum.RecordsPerSecond())
	if got := count(t, d, "MATCH (n:Organization) RETURN count(n)"); got != 50_000 {
		t.Errorf("%d organisations, want 50000", got)
	}
	if got := count(t, d, "MATCH ()-[r:INVESTED_IN]->() RETURN count(r)"); got != 50_000 {
		t.Errorf("%d relationships, want 50000", got)
	}
	if got := count(t, d, "MATCH (n:Entity {id: 'startup-0'}) RETURN COUNT { (n)<-[:INVESTED_IN]-() }"); got < 25_000 {
		t.Errorf("the hub has %d investors", got)
	}
	// Resuming the finished run does nothing.
	again, err := Import(context.Background(), st, files, ImportOptions{Log: quiet, RunID: sum.RunID})
	if err != nil {
		t.Fatal(err)
	}
	if again.Batches != 0 || again.Skipped != sum.Batches {
		t.Errorf("resumed run wrote %d batches, skipped %d; want 0 and %d", again.Batches, again.Skipped, sum.Batches)
	}
	// A run id cannot resume other files.
	other := writeCSVs(t, t.TempDir(), 10)
	if _, err := Import(context.Background(), st, other, ImportOptions{Log: quiet, RunID: sum.RunID}); err == nil || !strings.Contains(err.Error(), "other files") {
		t.Errorf("resuming with other files: %v", err)
	}
}

func TestCSVErrorsNameLineAndColumn(t *testing.T) {
	_, err := ParseCSV(strings.NewReader("id,kind,name,founded,colour\nacme,ORGANIZATION,Acme,nineteen,red\n"), "entities.csv")
	if err == nil || !strings.Contains(err.Error(), `unknown column "colour"`) {
		t.Errorf("unknown column: %v", err)
	}
	_, err = ParseCSV(strings.NewReader("id,kind,name,founded\nacme,ORGANIZATION,Acme,nineteen\n"), "entities.csv")
	if err == nil || !strings.Contains(err.Error(), "entities.csv: line 2: column founded") {
		t.Errorf("bad number: %v", err)
	}
}

// A Traditional-Chinese article links the entities it names, whichever script they were
// stored in; ingesting it again changes nothing.
func TestIngestTraditionalChinese(t *testing.T) {
	st, d := freshStore(t)
	ctx := context.Background()
	if _, err := Seed(ctx, st, quiet); err != nil {
		t.Fatal(err)
	}
	text := "香港數碼港與港投公司合作，支持人工智能初創企業。GOGOX 曾參加數碼港培育計劃，並在香港聯交所上市。陳細明表示，北部都會區將提供更多科創用地。"
	a := Article{Title: "測試文章", Language: "zh-Hant", Text: text}
	res, err := Ingest(ctx, st, a)
	if err != nil {
		t.Fatal(err)
	}
	named := map[string]string{}
	for _, m := range res.Mentions {
		named[m.EntityID] = m.Quote
		if got := string([]rune(text)[m.Start:m.End]); got != m.Quote {
			t.Errorf("mention [%d,%d) quotes %q but the text has %q", m.Start, m.End, m.Quote, got)
		}
	}
	for _, want := range []string{"cyberport", "hkic", "gogox", "sehk", "chan-sai-ming", "northern-metropolis", "cyberport-incubation-programme"} {
		if _, ok := named[want]; !ok {
			t.Errorf("%s not linked; linked: %v", want, named)
		}
	}
	before := graphFingerprint(t, d)
	again, err := Ingest(ctx, st, a)
	if err != nil {
		t.Fatal(err)
	}
	if again.NewProposals != 0 || graphFingerprint(t, d) != before {
		t.Errorf("re-ingesting changed the graph: %d new proposals", again.NewProposals)
	}
}

// failingStore is the real store with one batch made to fail, as a dropped connection would
// fail it.
type failingStore struct {
	*neo4jstore.Store
	failAt int
}

func (f failingStore) WriteBatch(ctx context.Context, b kg.Batch) (kg.WriteCounts, error) {
	if b.Mark != nil && b.Mark.Index == f.failAt {
		return kg.WriteCounts{}, fmt.Errorf("connection reset (injected)")
	}
	return f.Store.WriteBatch(ctx, b)
}

// Batches commit concurrently and in any order; a run that failed part-way resumes by
// skipping exactly the batches that committed, whichever they were, and ends with every
// record written once.
func TestImportResumesAfterAFailedBatch(t *testing.T) {
	st, d := freshStore(t)
	ctx := context.Background()
	files := writeCSVs(t, t.TempDir(), 3000)
	// Batches of 500: documents, 6 of entities, 6 of relationships; one in the middle of the
	// relationships fails while the others are written by 3 workers.
	_, err := Import(ctx, failingStore{Store: st, failAt: 10}, files, ImportOptions{Log: quiet, BatchSize: 500, Workers: 3})
	if err == nil || !strings.Contains(err.Error(), "batch 11 of 13 failed") || !strings.Contains(err.Error(), "resume with: hkgraph import --run-id import-") {
		t.Fatalf("the failed run's error: %v", err)
	}
	runID := strings.Fields(err.Error()[strings.Index(err.Error(), "--run-id "):])[1]
	before := count(t, d, "MATCH ()-[r:INVESTED_IN]->() RETURN count(r)")
	if before >= 3000 {
		t.Fatalf("the failed batch's relationships were written: %d", before)
	}
	committed := count(t, d, fmt.Sprintf("MATCH (b:ImportBatch {runId: %q}) RETURN count(b)", runID))
	if committed == 0 {
		t.Fatal("no batch recorded as committed")
	}

	// Resumed with another batch size: the run's own (500) is used, or the batches would not line up.
	sum, err := Import(ctx, st, files, ImportOptions{Log: quiet, RunID: runID, BatchSize: 1000, Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	if int64(sum.Skipped) != committed || sum.Skipped+sum.Batches != 13 {
		t.Errorf("resumed run skipped %d and wrote %d batches; want %d skipped and 13 in all", sum.Skipped, sum.Batches, committed)
	}
	if sum.Counts.RelationshipsCreated != int(3000-before) {
		t.Errorf("resumed run created %d relationships, want the %d missing", sum.Counts.RelationshipsCreated, 3000-before)
	}
	for q, want := range map[string]int64{
		"MATCH ()-[r:INVESTED_IN]->() RETURN count(r)":             3000,
		"MATCH ()-[r:INVESTED_IN]->() RETURN count(DISTINCT r.id)": 3000,
		"MATCH (n:Organization) RETURN count(n)":                   3000,
		"MATCH (b:ImportBatch) RETURN count(b)":                    0,
		"MATCH (r:ImportRun {finished: true}) RETURN count(r)":     1,
	} {
		if got := count(t, d, q); got != want {
			t.Errorf("%s = %d, want %d", q, got, want)
		}
	}
}

// An import into a type that has relationships looks each row up by id (only a type empty at
// the start creates without looking): a file that overlaps what an earlier import wrote adds
// only what is new, and importing it again writes nothing.
func TestImportIntoTypesWithRelationships(t *testing.T) {
	st, d := freshStore(t)
	ctx := context.Background()
	if _, err := Import(ctx, st, writeCSVs(t, t.TempDir(), 1000), ImportOptions{Log: quiet, BatchSize: 400}); err != nil {
		t.Fatal(err)
	}
	files := writeCSVs(t, t.TempDir(), 3000) // the first 999 relationships are the first import's
	sum, err := Import(ctx, st, files, ImportOptions{Log: quiet, BatchSize: 400})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Counts.RelationshipsCreated != 3000-999 {
		t.Errorf("the second import created %d relationships, want %d", sum.Counts.RelationshipsCreated, 3000-999)
	}
	for q, want := range map[string]int64{
		"MATCH ()-[r:INVESTED_IN]->() RETURN count(r)":             3001,
		"MATCH ()-[r:INVESTED_IN]->() RETURN count(DISTINCT r.id)": 3001,
	} {
		if got := count(t, d, q); got != want {
			t.Errorf("%s = %d, want %d", q, got, want)
		}
	}
	again, err := Import(ctx, st, files, ImportOptions{Log: quiet, BatchSize: 400})
	if err != nil {
		t.Fatal(err)
	}
	if again.Counts != (kg.WriteCounts{}) {
		t.Errorf("importing the same files again wrote %+v, want nothing", again.Counts)
	}
}

// A document imported with the entities it names gets its mentions of them, though they are
// written in later transactions than the document.
func TestImportLinksDocumentsToEntitiesOfTheSameRun(t *testing.T) {
	st, d := freshStore(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "ds.json")
	ds := `{"documents": [{"id": "doc:alpha", "title": "A", "language": "en", "textPublic": true,
	   "text": "Acme Robotics joined Cyberport. Later, Beta Labs joined too."}],
	 "entities": [
	   {"id": "acme", "kind": "ORGANIZATION", "name": "Acme Robotics", "nameZhHans": "顶峰机器人", "roles": ["STARTUP"]},
	   {"id": "beta", "kind": "ORGANIZATION", "name": "Beta Labs", "nameZhHans": "贝塔实验室", "roles": ["STARTUP"]},
	   {"id": "gamma", "kind": "ORGANIZATION", "name": "Gamma Works", "nameZhHans": "伽马工场", "roles": ["STARTUP"]}]}`
	if err := os.WriteFile(path, []byte(ds), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Import(context.Background(), st, []string{path}, ImportOptions{Log: quiet, BatchSize: 1}); err != nil {
		t.Fatal(err)
	}
	got := count(t, d, "MATCH (:Document {id: 'doc:alpha'})-[m:MENTIONS]->(e:Entity) WHERE e.id IN ['acme', 'beta'] RETURN count(m)")
	if got != 2 {
		t.Errorf("%d mentions of acme and beta, want 2", got)
	}
	if n := count(t, d, "MATCH (:Document)-[m:MENTIONS]->(:Entity {id: 'gamma'}) RETURN count(m)"); n != 0 {
		t.Errorf("gamma is not named but has %d mentions", n)
	}
}
