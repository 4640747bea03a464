// Command extractdemo prints what the extractor proposes for a text file, one proposal a line
// with its quote (for trying cues): go run ./internal/tools/extractdemo -lang zh-Hant FILE.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"

	"github.com/hkgraph/hkgraph/eval"
	"github.com/hkgraph/hkgraph/extract"
)

func main() {
	lang := flag.String("lang", "zh-Hans", "language: zh-Hans, zh-Hant or en")
	pub := flag.String("published", "", "publication date (ISO 8601)")
	seed := flag.Bool("seed", false, "know the seed's entities")
	flag.Parse()
	b, err := os.ReadFile(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, "extractdemo:", err)
		os.Exit(1)
	}
	var known []extract.Known
	if *seed {
		ds, err := eval.LoadSeed(".")
		if err != nil {
			fmt.Fprintln(os.Stderr, "extractdemo:", err)
			os.Exit(1)
		}
		known = eval.SeedKnown(ds)
	}
	for _, p := range extract.Extract(extract.Input{Text: string(b), Language: *lang, Published: *pub, Known: known}) {
		var body any = p.Figure
		switch p.Kind {
		case extract.KindEntity:
			body = p.Entity
		case extract.KindRelationship:
			body = p.Relationship
		}
		j, _ := json.Marshal(body)
		fmt.Printf("%s [%d,%d) %q %.2f %s\n   %s\n", p.Kind, p.Start, p.End, p.Trigger, p.Confidence, j, p.Quote)
	}
}
