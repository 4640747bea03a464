package neo4jstore

import (
	"context"
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

// Export reads documents, entities and relationships (of the given kinds only); DeleteGraph
// removes the graph, the documents' proposals and import records but keeps API keys and the
// audit log.
func TestExportAndDeleteGraph(t *testing.T) {
	s := migrated(t)
	ctx := context.Background()
	upsert(t, s, "o1", kg.KindOrganization, "O1")
	upsert(t, s, "o2", kg.KindOrganization, "O2")
	upsert(t, s, "p", kg.KindPerson, "P")
	relate(t, s, "PARTNERED_WITH", "o1", "o2", "https://example.org/o")
	relate(t, s, "LEADS", "p", "o1", "https://example.org/p-leads")
	if err := s.CreateAPIKey(ctx, "kept", "admin", "h", "hk"); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name                     string
		kinds                    []kg.Kind
		docs, entities, relships int
	}{
		// Each upsert and relationship cites a URL: one web document each.
		{"everything", nil, 5, 3, 2},
		{"organizations", []kg.Kind{kg.KindOrganization}, 5, 2, 1},
	} {
		snap, err := s.Export(ctx, tc.kinds)
		if err != nil {
			t.Fatal(err)
		}
		if len(snap.Documents) != tc.docs || len(snap.Entities) != tc.entities || len(snap.Relationships) != tc.relships {
			t.Errorf("%s: %d documents, %d entities, %d relationships; want %d, %d, %d", tc.name,
				len(snap.Documents), len(snap.Entities), len(snap.Relationships), tc.docs, tc.entities, tc.relships)
		}
		for i := 1; i < len(snap.Entities); i++ {
			if snap.Entities[i-1].ID >= snap.Entities[i].ID {
				t.Errorf("%s: entities out of id order", tc.name)
			}
		}
	}
	if err := s.StartImport(ctx, kg.ImportProgress{RunID: "run", Fingerprint: "fp", BatchSize: 1, Total: 1}); err != nil {
		t.Fatal(err)
	}
	upsert(t, s, "acme", kg.KindOrganization, "Acme")
	in := ingestion() // a document with two proposals
	if _, err := s.IngestDocument(ctx, in, "reader"); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteGraph(ctx); err != nil {
		t.Fatal(err)
	}
	if got, err := s.ProposalsByID(ctx, []string{in.Proposals[0].ID, in.Proposals[1].ID}); err != nil || len(got) != 0 {
		t.Errorf("proposals of deleted documents survived: %v, %v", got, err)
	}
	if n, err := s.CountData(ctx); err != nil || n != 1+7 { // the key and the seven audit events
		t.Errorf("after DeleteGraph %d nodes remain (%v), want the API key and the audit events", n, err)
	}
	if p, err := s.ImportProgress(ctx, "run"); p != nil || err != nil {
		t.Errorf("the import run survived: %+v, %v", p, err)
	}
	if keys, err := s.APIKeys(ctx); err != nil || len(keys) != 1 {
		t.Errorf("API keys after DeleteGraph: %v, %v", keys, err)
	}
}
