package loaders

import (
	"fmt"
	"reflect"
	"runtime"
	"testing"
)

// Compiling relationships on every core gives what one pass gives: the same relationships in
// the same order (duplicates merged into the first), and the same problems in record order.
func TestCompileRelationshipsInParallelAsInOnePass(t *testing.T) {
	text := "Alpha invested in Beta. Gamma backed Delta."
	doc := DocumentRecord{ID: "doc:test", Title: "X", Language: "en", Text: text}
	hans := "甲"
	ents := []EntityRecord{}
	for i := range 100 {
		ents = append(ents, EntityRecord{ID: fmt.Sprintf("alpha-%d", i), Kind: "ORGANIZATION", Name: "Alpha", NameZhHans: &hans})
	}
	n := 3 * minParallelRelationships
	var rels []RelationshipRecord
	for i := range n {
		// (from, to, date) differs for every i, but every 1000th record states the fact of
		// one two parts before it again, citing another span: one relationship, two citations.
		k := i
		cite := CitationRecord{Doc: "doc:test", Start: 0, End: 23, Quote: "Alpha invested in Beta."}
		if i%1000 == 999 && i >= 2*n/3 {
			k, cite = i-2*n/3, CitationRecord{Doc: "doc:test", Start: 0, End: 5, Quote: "Alpha"}
		}
		from, to := k%50, 50+(k/50)%50
		date := fmt.Sprint(1900 + k/2500)
		r := RelationshipRecord{Type: "INVESTED_IN", From: fmt.Sprintf("alpha-%d", from), To: fmt.Sprintf("alpha-%d", to), Date: &date,
			Citations: []CitationRecord{cite}}
		switch i {
		case 7, n/2 - 1, n / 2, n - 1: // problems on both sides of every part's edge
			r.Type = "LIKES"
		case n/3 + 1:
			r.Citations[0].Quote = "Gamma"
		}
		rels = append(rels, r)
	}
	ds := &Dataset{Documents: []DocumentRecord{doc}, Entities: ents, Relationships: rels}
	compile := func(procs int) (*Compiled, error) {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		return ds.Compile("x.json", Known{})
	}
	_, serialErr := compile(1)
	_, parallelErr := compile(3)
	if serialErr == nil || parallelErr == nil || serialErr.Error() != parallelErr.Error() {
		t.Fatalf("problems differ:\none pass: %v\nparallel: %v", serialErr, parallelErr)
	}
	// Without the problems, the compiled data.
	for _, i := range []int{7, n/2 - 1, n / 2, n - 1} {
		rels[i].Type = "INVESTED_IN"
	}
	rels[n/3+1].Citations[0].Quote = "Alpha invested in Beta."
	serial, err := compile(1)
	if err != nil {
		t.Fatal(err)
	}
	parallel, err := compile(3)
	if err != nil {
		t.Fatal(err)
	}
	if merged := n - len(serial.Relationships); merged != n/3/1000 {
		t.Fatalf("%d relationships of %d records: want %d merged", len(serial.Relationships), n, n/3/1000)
	}
	if !reflect.DeepEqual(serial, parallel) {
		t.Errorf("parallel compile differs from one pass (%d vs %d relationships)", len(parallel.Relationships), len(serial.Relationships))
	}
}
