// Command evalextract scores the extractor on eval/ (dev and held-out texts, the seed article),
// prints the tables and what was missed, and writes eval/RESULTS.md (`make eval`).
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/hkgraph/hkgraph/eval"
)

func main() {
	root := flag.String("root", ".", "the repository")
	details := flag.Bool("details", false, "list missed and wrong facts per text")
	flag.Parse()
	cases, err := eval.LoadAll(*root)
	if err != nil {
		fmt.Fprintln(os.Stderr, "evalextract:", err)
		os.Exit(1)
	}
	rep := eval.Run(cases)
	var tables bytes.Buffer
	rep.Markdown(&tables)
	fmt.Print(tables.String())
	if *details {
		rep.Details(os.Stdout)
	}
	var md bytes.Buffer
	md.WriteString(eval.ResultsHeader)
	md.Write(tables.Bytes())
	md.WriteString("\n## Missed and wrong, per text\n\n```\n")
	rep.Details(&md)
	md.WriteString("```\n")
	if err := os.WriteFile(filepath.Join(*root, "eval", "RESULTS.md"), md.Bytes(), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "evalextract:", err)
		os.Exit(1)
	}
}
