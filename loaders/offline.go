package loaders

import (
	"context"
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// OfflinePlan is a dataset validated for an empty database, in the form Neo4j's offline
// importer is fed (`hkgraph import --offline`): the same files, the same validation and the
// same mentions as an online import into an empty database.
type OfflinePlan struct {
	RunID, Fingerprint string
	Graph              kg.Batch // documents, entities, relationships and the documents' mentions
}

// PrepareOffline reads and validates paths as an import into an empty database would.
func PrepareOffline(paths []string) (*OfflinePlan, error) {
	fp, err := fingerprint(paths)
	if err != nil {
		return nil, err
	}
	ds, err := LoadFiles(paths)
	if err != nil {
		return nil, err
	}
	// An empty database knows nothing a dataset could refer to: Prepare would look up its
	// references and find none.
	c, err := ds.Compile(strings.Join(paths, ", "), Known{})
	if err != nil {
		return nil, err
	}
	return &OfflinePlan{RunID: newRunID(fp), Fingerprint: fp, Graph: kg.Batch{Documents: c.Documents, Entities: c.Entities,
		Relationships: c.Relationships, Mentions: c.Mentions}}, nil
}

// Records is what the import counts as records (as ImportSummary does): documents, entities
// and relationships.
func (p *OfflinePlan) Records() int {
	return len(p.Graph.Documents) + len(p.Graph.Entities) + len(p.Graph.Relationships)
}

// Record records the finished offline import as an import run, as an online import leaves
// it: one batch (the importer's), committed.
func (p *OfflinePlan) Record(ctx context.Context, st ImportStore) error {
	if err := st.StartImport(ctx, kg.ImportProgress{RunID: p.RunID, Fingerprint: p.Fingerprint, BatchSize: p.Records(), Total: 1}); err != nil {
		return err
	}
	return st.FinishImport(ctx, p.RunID)
}
