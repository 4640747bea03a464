// Command extractdemo prints what the extractor proposes for a text file (for trying cues).
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"

	"github.com/hkgraph/hkgraph/extract"
	"github.com/hkgraph/hkgraph/kg"
	"github.com/hkgraph/hkgraph/loaders"
)

func main() {
	lang := flag.String("lang", "zh-Hans", "language")
	pub := flag.String("published", "", "publication date")
	seed := flag.Bool("seed", false, "know the seed's entities")
	flag.Parse()
	b, err := os.ReadFile(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	var known []extract.Known
	if *seed {
		ds, err := loaders.SeedDataset()
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		for _, e := range ds.Entities {
			names := append([]string{e.Name}, e.Aliases...)
			for _, n := range []*string{e.NameZhHans, e.NameZhHant} {
				if n != nil {
					names = append(names, *n)
				}
			}
			known = append(known, extract.Known{ID: e.ID, Kind: kg.Kind(e.Kind), Names: names})
		}
	}
	for _, p := range extract.Extract(extract.Input{Text: string(b), Language: *lang, Published: *pub, Known: known}) {
		var body any
		switch p.Kind {
		case extract.KindEntity:
			body = p.Entity
		case extract.KindRelationship:
			body = p.Relationship
		default:
			body = p.Figure
		}
		j, _ := json.Marshal(body)
		fmt.Printf("%s [%d,%d) %q %.2f %s\n   %s\n", p.Kind, p.Start, p.End, p.Trigger, p.Confidence, j, p.Quote)
	}
}
