package neo4jstore

import (
	"context"
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

// Deleting a cited document is refused unless forced; forced, it removes the citations, the
// relationships and figures left with none, and the document's proposals; an uncited
// document just goes.
func TestDeleteDocument(t *testing.T) {
	s := migrated(t)
	ctx := context.Background()
	doc, err := s.CreateDocument(ctx, kg.Document{Title: "D", Language: "en", Text: "Acme partners Beta. Acme has 10 staff."}, "t")
	if err != nil {
		t.Fatal(err)
	}
	span := func(start, end int) kg.Source {
		return kg.Source{DocumentID: &doc.ID, Start: ptr(start), End: ptr(end)}
	}
	for _, id := range []string{"acme", "beta"} {
		if _, err := s.UpsertEntity(ctx, kg.EntityWrite{Entity: kg.Entity{ID: id, Kind: kg.KindOrganization, Name: id},
			Source: webSource("https://example.org/" + id)}, "t"); err != nil {
			t.Fatal(err)
		}
	}
	// Acme also cites the document; the partnership cites only it; the figure cites only it.
	if _, err := s.UpsertEntity(ctx, kg.EntityWrite{Entity: kg.Entity{ID: "acme", Kind: kg.KindOrganization, Name: "acme"}, Source: span(0, 4)}, "t"); err != nil {
		t.Fatal(err)
	}
	rel, err := s.AddRelationship(ctx, kg.RelationshipWrite{Relationship: kg.Relationship{ID: kg.RelationshipID("PARTNERED_WITH", "acme", "beta", nil),
		Type: "PARTNERED_WITH", FromID: "acme", ToID: "beta"}, Source: span(0, 18)}, "t")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddFigure(ctx, kg.FigureWrite{EntityID: "beta", Figure: kg.Figure{Key: "staff", Value: 10}, Source: span(20, 37)}, "t"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.DeleteDocument(ctx, doc.ID, false, "admin"); kg.ErrorCode(err) != kg.CodeConflict {
		t.Fatalf("deleting a cited document: %v, want CONFLICT", err)
	}
	del, err := s.DeleteDocument(ctx, doc.ID, true, "admin")
	if err != nil {
		t.Fatal(err)
	}
	if !del.Forced || del.CitationsRemoved != 3 || len(del.RelationshipsDeleted) != 1 || del.RelationshipsDeleted[0] != rel.ID ||
		len(del.FiguresRemoved) != 1 {
		t.Errorf("deletion %+v", del)
	}
	es, err := s.EntitiesByID(ctx, []string{"acme", "beta"})
	if err != nil || len(es["acme"].Citations) != 1 || len(es["beta"].Figures) != 0 {
		t.Errorf("after: acme %+v, beta %+v (%v)", es["acme"], es["beta"], err)
	}
	if rels, err := s.RelationshipsByID(ctx, []string{rel.ID}); err != nil || len(rels) != 0 {
		t.Errorf("the relationship left without a citation survived: %v, %v", rels, err)
	}
	if docs, err := s.DocumentsByID(ctx, []string{doc.ID}); err != nil || len(docs) != 0 {
		t.Errorf("the document survived: %v, %v", docs, err)
	}
	if del, err := s.DeleteDocument(ctx, doc.ID, false, "admin"); del != nil || err != nil {
		t.Errorf("deleting it again: %+v, %v; want nil", del, err)
	}
	plain, err := s.CreateDocument(ctx, kg.Document{Title: "U", Language: "en", Text: "Nobody cites this."}, "t")
	if err != nil {
		t.Fatal(err)
	}
	if del, err := s.DeleteDocument(ctx, plain.ID, false, "admin"); err != nil || del.CitationsRemoved != 0 {
		t.Errorf("an uncited document: %+v, %v", del, err)
	}
}
