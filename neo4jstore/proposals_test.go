package neo4jstore

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"testing"

	"github.com/hkgraph/hkgraph/curation"
	"github.com/hkgraph/hkgraph/kg"
)

const proposalText = "Qidian Capital invested in Acme."

// ingestion is a document with a mention of acme, an entity proposal (Qidian Capital) and a
// relationship proposal from it to acme.
func ingestion() kg.Ingestion {
	sum := sha256.Sum256([]byte(proposalText))
	doc := &kg.Document{ID: "doc:p", Title: "P", Language: "en", Text: proposalText, TextPublic: true, SHA256: hex.EncodeToString(sum[:])}
	ent := &kg.Proposal{DocumentID: doc.ID, Kind: kg.ProposalEntity, Start: 0, End: 14, Quote: "Qidian Capital", Confidence: 0.9,
		Entity: &kg.ProposedEntity{Kind: kg.KindOrganization, Slug: "qidian", Name: "Qidian Capital", Roles: []kg.Role{"INVESTOR"}}}
	ent.ID = kg.ProposalID(doc.ID, ent.Kind, ent.Start, ent.End, ent.Entity)
	rel := &kg.Proposal{DocumentID: doc.ID, Kind: kg.ProposalRelationship, Start: 0, End: 31, Quote: "Qidian Capital invested in Acme",
		Relationship: &kg.ProposedRelationship{Type: "INVESTED_IN", From: kg.ProposedEnd{Name: "Qidian Capital", ProposalID: &ent.ID},
			To: kg.ProposedEnd{Name: "Acme", EntityID: ptr("acme")}}}
	rel.ID = kg.ProposalID(doc.ID, rel.Kind, rel.Start, rel.End, rel.Relationship)
	return kg.Ingestion{Document: doc, Mentions: []kg.Mention{{DocumentID: doc.ID, EntityID: "acme", Start: 27, End: 31, Quote: "Acme"}},
		Proposals: []*kg.Proposal{ent, rel}}
}

func TestIngestDocument(t *testing.T) {
	s := migrated(t)
	ctx := context.Background()
	upsert(t, s, "acme", kg.KindOrganization, "Acme")
	in := ingestion()
	for _, tc := range []struct {
		name                   string
		mentions, newProposals int
	}{
		{"first", 1, 2},
		{"again: nothing new", 1, 0},
	} {
		out, err := s.IngestDocument(ctx, in, "reader")
		if err != nil {
			t.Fatal(err)
		}
		if out.Mentions != tc.mentions || out.NewProposals != tc.newProposals || out.Document.ID != "doc:p" {
			t.Errorf("%s: %+v", tc.name, out)
		}
	}
	other := ingestion()
	other.Document.SHA256 = "another text"
	if _, err := s.IngestDocument(ctx, other, "reader"); kg.ErrorCode(err) != kg.CodeConflict {
		t.Errorf("the same id with another text: %v, want CONFLICT", err)
	}
	if ops := auditOps(t, s); len(ops) != 2 || ops[1] != "ingestDocument" {
		t.Errorf("audit %v: the repeated ingest records nothing", ops)
	}
	got, err := s.ProposalsByID(ctx, []string{in.Proposals[0].ID, in.Proposals[1].ID, "prop:none"})
	if err != nil || len(got) != 2 {
		t.Fatalf("ProposalsByID: %v, %v", got, err)
	}
	p := got[in.Proposals[0].ID]
	if p.Status != kg.ProposalPending || p.Entity == nil || p.Entity.Name != "Qidian Capital" || p.Confidence != 0.9 || p.End != 14 {
		t.Errorf("entity proposal read back as %+v", p)
	}
	if r := got[in.Proposals[1].ID]; r.Relationship == nil || *r.Relationship.To.EntityID != "acme" {
		t.Errorf("relationship proposal read back as %+v", r)
	}
}

// Proposals page in document order (entities before what names them) and filter by kind and
// status.
func TestProposalPages(t *testing.T) {
	s := migrated(t)
	ctx := context.Background()
	in := ingestion()
	if _, err := s.IngestDocument(ctx, in, "reader"); err != nil {
		t.Fatal(err)
	}
	pending, rel := kg.ProposalPending, kg.ProposalRelationship
	for _, tc := range []struct {
		name  string
		q     kg.ProposalQuery
		total int
		first kg.ProposalKind
		more  bool
	}{
		{"all, one per page", kg.ProposalQuery{DocumentID: ptr("doc:p"), Window: kg.Window{First: 1}}, 2, kg.ProposalEntity, true},
		{"relationships", kg.ProposalQuery{Kind: &rel, Window: kg.Window{First: 5}}, 1, kg.ProposalRelationship, false},
		{"pending", kg.ProposalQuery{Status: &pending, Window: kg.Window{First: 5}}, 2, kg.ProposalEntity, false},
		{"another document", kg.ProposalQuery{DocumentID: ptr("doc:none"), Window: kg.Window{First: 5}}, 0, "", false},
	} {
		page, err := s.Proposals(ctx, tc.q)
		if err != nil {
			t.Fatal(err)
		}
		if page.TotalCount != tc.total || page.PageInfo.HasNextPage != tc.more || (tc.total > 0 && page.Items[0].Kind != tc.first) {
			t.Errorf("%s: total %d, next %v, items %+v", tc.name, page.TotalCount, page.PageInfo.HasNextPage, page.Items)
		}
	}
}

// Accepting the relationship proposal writes its pending entity and the relationship in one
// transaction, marks both accepted and cites the document; accepting again changes nothing;
// an accepted proposal cannot be rejected.
func TestAcceptAndRejectProposal(t *testing.T) {
	s := migrated(t)
	ctx := context.Background()
	upsert(t, s, "acme", kg.KindOrganization, "Acme")
	in := ingestion()
	if _, err := s.IngestDocument(ctx, in, "reader"); err != nil {
		t.Fatal(err)
	}
	entP, relP := in.Proposals[0], in.Proposals[1]
	plan, err := curation.Accept(relP, map[string]*kg.Proposal{entP.ID: entP}, nil)
	if err != nil {
		t.Fatal(err)
	}
	accepted, err := s.AcceptProposal(ctx, plan, "curator")
	if err != nil {
		t.Fatal(err)
	}
	wantRel := kg.RelationshipID("INVESTED_IN", "qidian", "acme", nil)
	if accepted.Status != kg.ProposalAccepted || *accepted.ResultID != wantRel || *accepted.ReviewedBy != "curator" {
		t.Errorf("accepted %+v", accepted)
	}
	rels, err := s.RelationshipsByID(ctx, []string{wantRel})
	if err != nil || rels[wantRel] == nil || rels[wantRel].Citations[0].DocumentID != "doc:p" || rels[wantRel].From.Name != "Qidian Capital" {
		t.Fatalf("the accepted relationship: %+v, %v", rels[wantRel], err)
	}
	ps, err := s.ProposalsByID(ctx, []string{entP.ID})
	if err != nil || ps[entP.ID].Status != kg.ProposalAccepted || *ps[entP.ID].ResultID != "qidian" {
		t.Errorf("the entity proposal accepted with it: %+v, %v", ps[entP.ID], err)
	}
	before := len(auditOps(t, s))
	if again, err := s.AcceptProposal(ctx, plan, "curator"); err != nil || again.Status != kg.ProposalAccepted {
		t.Errorf("accepting again: %+v, %v", again, err)
	}
	if after := len(auditOps(t, s)); after != before {
		t.Errorf("accepting again recorded %d events", after-before)
	}
	if _, err := s.RejectProposal(ctx, relP.ID, ptr("no"), "curator"); kg.ErrorCode(err) != kg.CodeConflict {
		t.Errorf("rejecting an accepted proposal: %v, want CONFLICT", err)
	}
	if _, err := s.RejectProposal(ctx, "prop:none", nil, "curator"); kg.ErrorCode(err) != kg.CodeNotFound {
		t.Errorf("rejecting a missing proposal: %v, want NOT_FOUND", err)
	}
}

// A plan whose known end was deleted meanwhile is refused with NOT_FOUND naming the field;
// a rejected proposal stays rejected and records who and why.
func TestAcceptRefusesMissingEndAndReject(t *testing.T) {
	s := migrated(t)
	ctx := context.Background()
	upsert(t, s, "acme", kg.KindOrganization, "Acme")
	in := ingestion()
	if _, err := s.IngestDocument(ctx, in, "reader"); err != nil {
		t.Fatal(err)
	}
	entP, relP := in.Proposals[0], in.Proposals[1]
	plan, err := curation.Accept(relP, map[string]*kg.Proposal{entP.ID: entP}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.DeleteEntity(ctx, "acme", nil, nil, "t"); err != nil {
		t.Fatal(err)
	}
	_, err = s.AcceptProposal(ctx, plan, "curator")
	var ke *kg.Error
	if kg.ErrorCode(err) != kg.CodeNotFound || !errors.As(err, &ke) || ke.Extensions["argument"] != "to" {
		t.Fatalf("accepting with a deleted end: %v", err)
	}
	if es, _ := s.EntitiesByID(ctx, []string{"qidian"}); len(es) != 0 {
		t.Error("the refused accept wrote its pending entity")
	}
	for range 2 {
		p, err := s.RejectProposal(ctx, relP.ID, ptr("acme is gone"), "curator")
		if err != nil || p.Status != kg.ProposalRejected || *p.Reason != "acme is gone" || *p.ReviewedBy != "curator" {
			t.Errorf("rejected %+v, %v", p, err)
		}
	}
}
