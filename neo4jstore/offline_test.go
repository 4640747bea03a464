package neo4jstore

import (
	"encoding/csv"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

// readCSV reads one of the importer's files: its header and rows, by the path the arguments name.
func readCSV(t *testing.T, args []string, prefix string) (header []string, rows [][]string) {
	t.Helper()
	for _, a := range args {
		if path, ok := strings.CutPrefix(a, prefix); ok {
			f, err := os.Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			all, err := readImporterCSV(f)
			if err != nil {
				t.Fatal(err)
			}
			return all[0], all[1:]
		}
	}
	t.Fatalf("no argument %s… in %q", prefix, args)
	return nil, nil
}

// More relationships of one type than a part holds: every row is written once, in the input's
// order, its ends the entities' node ids (after the document's, one id space), with its kind's
// label and its string id.
func TestWriteOfflineCSVParts(t *testing.T) {
	b := kg.Batch{Documents: []*kg.Document{{ID: "doc:a", Title: "A", Language: "en", Text: "Alpha Org and Beta"}}}
	b.Entities = []*kg.Entity{{ID: "person-b", Kind: kg.KindPerson, Name: "Beta"}, {ID: "org-a", Kind: kg.KindOrganization, Name: "Alpha Org"}}
	b.Mentions = []kg.Mention{{DocumentID: "doc:a", EntityID: "person-b", Start: 14, End: 18, Quote: "Beta"}}
	const n = 8192*2 + 5
	for i := range n {
		b.Relationships = append(b.Relationships, &kg.Relationship{ID: fmt.Sprintf("rel:%d", i), Type: kg.RelType("WORKED_AT"),
			FromID: "person-b", ToID: "org-a", Status: kg.StatusCurrent})
	}
	out, err := WriteOfflineCSV(t.TempDir(), b)
	if err != nil {
		t.Fatal(err)
	}
	if out.Nodes != 3 || out.Relationships != n+1 {
		t.Errorf("counted %d nodes, %d relationships; want 3, %d", out.Nodes, out.Relationships, n+1)
	}
	_, entities := readCSV(t, out.Args, "--nodes=Entity=")
	// Organisations first (kg.Kinds' order), then people.
	if len(entities) != 2 || strings.Join(entities[0][:3], " ") != "1 Organization org-a" || strings.Join(entities[1][:3], " ") != "2 Person person-b" {
		t.Fatalf("entities: %q", entities)
	}
	header, rels := readCSV(t, out.Args, "--relationships=")
	id := -1
	for i, h := range header {
		if h == "id:string" {
			id = i
		}
	}
	if len(rels) != n || id < 0 {
		t.Fatalf("%d relationship rows (want %d), header %q", len(rels), n, header)
	}
	for i, r := range rels {
		if r[0] != "2" || r[1] != "1" || r[2] != "WORKED_AT" || r[id] != fmt.Sprintf("rel:%d", i) {
			t.Fatalf("relationship row %d: %q", i, r)
		}
	}
	_, mentions := readCSV(t, out.Args, "--relationships=MENTIONS=")
	if len(mentions) != 1 || mentions[0][0] != "0" || mentions[0][1] != "2" {
		t.Errorf("mentions: %q", mentions)
	}
	if !strings.Contains(strings.Join(out.Args, " "), "--id-type=actual") {
		t.Errorf("args %q", out.Args)
	}
}

// readImporterCSV reads the importer's dialect: fields split by delimiter, quotes only where needed.
func readImporterCSV(f *os.File) ([][]string, error) {
	r := csv.NewReader(f)
	r.Comma, r.LazyQuotes = delimiter, true
	return r.ReadAll()
}
