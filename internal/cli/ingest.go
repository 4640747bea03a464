package cli

import (
	"fmt"
	"io"
	"strings"

	"github.com/hkgraph/hkgraph/kg"
	"github.com/hkgraph/hkgraph/loaders"
)

// cliActor is who the audit log says ingested from the command line.
const cliActor = "cli"

// printIngest prints what `hkgraph ingest` stored: mentions, then proposals by kind.
func printIngest(w io.Writer, res loaders.IngestResult, proposed bool) {
	fmt.Fprintf(w, "stored %s: %d mentions of %d entities\n", res.Document.ID, len(res.Mentions), res.Entities)
	if !proposed {
		fmt.Fprintln(w, "proposals: none read (--no-propose)")
		return
	}
	byKind := map[kg.ProposalKind]int{}
	for _, p := range res.Proposals {
		byKind[p.Kind]++
	}
	parts := make([]string, 0, 3)
	for _, k := range []kg.ProposalKind{kg.ProposalEntity, kg.ProposalRelationship, kg.ProposalFigure} {
		parts = append(parts, fmt.Sprintf("%d %s", byKind[k], strings.ToLower(string(k))))
	}
	fmt.Fprintf(w, "proposals: %d (%s), %d new\n", len(res.Proposals), strings.Join(parts, ", "), res.NewProposals)
	if len(res.Proposals) > 0 {
		fmt.Fprintf(w, "review them: { proposals(documentId: %q, status: PENDING) { … } } or the explorer's review page\n", res.Document.ID)
	}
}
