package loaders

import (
	"strings"
	"testing"
	"testing/fstest"
)

const fuzzJSON = `{
  "documents": [{"id": "doc:fuzz", "title": "Fuzz", "language": "en", "textFile": "fuzz.txt", "textPublic": true}],
  "entities": [
    {"id": "acme", "kind": "ORGANIZATION", "name": "Acme", "aliases": ["ACME"], "roles": ["STARTUP"], "founded": 2020,
     "citations": [{"doc": "doc:fuzz", "start": 0, "end": 4, "quote": "Acme"}],
     "figures": [{"key": "staff", "value": 12, "unit": "people", "citations": [{"doc": "doc:fuzz", "start": 5, "end": 16, "quote": "employs 12."}]}]},
    {"id": "hk", "kind": "PLACE", "name": "Hong Kong"}
  ],
  "relationships": [{"type": "LOCATED_IN", "from": "acme", "to": "hk", "date": "2020-01",
    "citations": [{"doc": "doc:fuzz", "start": 0, "end": 4, "quote": "Acme"}]}]
}`

// Any bytes given to the JSON import parser either parse, and then compile or fail with
// problems, or fail: never a panic.
func FuzzParseJSON(f *testing.F) {
	f.Add([]byte(fuzzJSON))
	f.Add([]byte(`{"entities": [{"id": "x", "kind": "NOPE"}]}`))
	f.Add([]byte(`{"entities": [{"id": "a-b", "kind": "PERSON", "name": "A", "founded": 1e99}]}`))
	f.Add([]byte(`{"relationships": [{"type": "FUNDS", "from": "a", "to": "a", "amountHKD": -1}]}`))
	f.Add([]byte(`{"documents": [{"id": "doc:x", "textFile": "../../etc/passwd"}]}`))
	f.Add([]byte(`{"unknown": 1}`))
	f.Add([]byte(`[`))
	files := fstest.MapFS{"fuzz.txt": {Data: []byte("Acme employs 12. It is in Hong Kong.")}}
	f.Fuzz(func(t *testing.T, b []byte) {
		ds, err := ParseJSON(b, files, "fuzz.json")
		if err != nil {
			return
		}
		_, _ = ds.Compile("fuzz.json", Known{})
	})
}

// Any text given to the CSV import parser either parses, and then compiles or fails with
// problems, or fails: never a panic.
func FuzzParseCSV(f *testing.F) {
	f.Add(strings.Join(EntityColumns, ",") + "\nacme,ORGANIZATION,Acme,,,ACME|Acme Ltd,A company,STARTUP|CORPORATE,2020,Hong Kong,AI,,\n")
	f.Add("id,kind,name\nhk,PLACE,Hong Kong\n\"bad,PLACE,\"x\"\n")
	f.Add(strings.Join(RelationshipColumns, ",") + "\nINVESTED_IN,hkic,acme,2024-06,,1e6,,,CURRENT,SEED,1e6,HKD,true,doc:fuzz,0,4,Acme\n")
	f.Add("type,from,to,citeDoc,citeStart,citeEnd,citeQuote\nFUNDS,a,b,doc:x,-1,99999999999999999999,q\n")
	f.Add("\ufeffid,kind,name,founded\nx1,PERSON,X,nineteen\n")
	f.Add("")
	f.Fuzz(func(t *testing.T, s string) {
		ds, err := ParseCSV(strings.NewReader(s), "fuzz.csv")
		if err != nil {
			return
		}
		_, _ = ds.Compile("fuzz.csv", Known{})
	})
}
