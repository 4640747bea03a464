package curation

import (
	"strings"
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

func sp(s string) *string { return &s }

func pendingEntity(id, slug string) *kg.Proposal {
	return &kg.Proposal{ID: id, DocumentID: "doc:x", Kind: kg.ProposalEntity, Status: kg.ProposalPending, Start: 0, End: 4, Quote: "奇点资本",
		Entity: &kg.ProposedEntity{Kind: kg.KindOrganization, Slug: slug, Name: "Qidian Capital", Roles: []kg.Role{"INVESTOR"}}}
}

// A relationship between a pending entity proposal and a known entity plans the entity first,
// then the relationship citing the proposal's span; the known end must still exist.
func TestAcceptPlansPendingEnds(t *testing.T) {
	q := pendingEntity("prop:00000000000000aa", "qidian-capital")
	rel := &kg.Proposal{ID: "prop:00000000000000bb", DocumentID: "doc:x", Kind: kg.ProposalRelationship, Status: kg.ProposalPending,
		Start: 0, End: 10, Quote: "奇点资本投资了港投公司",
		Relationship: &kg.ProposedRelationship{Type: "INVESTED_IN", From: kg.ProposedEnd{Name: "奇点资本", ProposalID: &q.ID},
			To: kg.ProposedEnd{Name: "港投公司", EntityID: sp("hkic")}, Date: sp("2024-11")}}
	plan, err := Accept(rel, map[string]*kg.Proposal{q.ID: q}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(plan.Entities) != 1 || plan.Entities[0].Write.Entity.ID != "qidian-capital" || plan.Entities[0].Field != "from" {
		t.Errorf("entities: %+v", plan.Entities)
	}
	r := plan.Relationship
	if r == nil || r.Relationship.FromID != "qidian-capital" || r.Relationship.ToID != "hkic" || *r.Source.Start != 0 || *r.Source.End != 10 ||
		r.Relationship.ID != kg.RelationshipID("INVESTED_IN", "qidian-capital", "hkic", sp("2024-11")) {
		t.Errorf("relationship: %+v", r)
	}
	if plan.Ends["to"] != "hkic" || len(plan.Ends) != 1 {
		t.Errorf("ends to check: %v", plan.Ends)
	}
	// Accepted before: the end is what it became; rejected: the curator must name another.
	q.Status, q.ResultID = kg.ProposalAccepted, sp("qidian")
	plan, err = Accept(rel, map[string]*kg.Proposal{q.ID: q}, nil)
	if err != nil || len(plan.Entities) != 0 || plan.Relationship.Relationship.FromID != "qidian" || plan.Ends["from"] != "qidian" {
		t.Errorf("accepted end: %v %+v", err, plan)
	}
	q.Status = kg.ProposalRejected
	if _, err := Accept(rel, map[string]*kg.Proposal{q.ID: q}, nil); kg.ErrorCode(err) != kg.CodeConflict || !strings.Contains(err.Error(), "from") {
		t.Errorf("rejected end: %v", err)
	}
	plan, err = Accept(rel, map[string]*kg.Proposal{q.ID: q}, &kg.ProposalEdit{From: sp("cyberport")})
	if err != nil || plan.Ends["edit.from"] != "cyberport" || plan.Relationship.Relationship.FromID != "cyberport" {
		t.Errorf("edit.from over a rejected end: %v %+v", err, plan)
	}
}

func TestAcceptRefusesBadEdits(t *testing.T) {
	q := pendingEntity("prop:00000000000000aa", "qidian-capital")
	tests := []struct {
		edit  kg.ProposalEdit
		field string
	}{
		{kg.ProposalEdit{ID: sp("Bad Slug")}, "edit.id"},
		{kg.ProposalEdit{Date: sp("2024")}, "edit.date"},
		{kg.ProposalEdit{Kind: ptrKind(kg.KindPerson), Roles: []kg.Role{"INVESTOR"}}, "edit.roles"},
		{kg.ProposalEdit{Name: sp(" ")}, "edit.name"},
	}
	for _, tt := range tests {
		if _, err := Accept(q, nil, &tt.edit); kg.ErrorCode(err) != kg.CodeBadUserInput || !strings.Contains(err.Error(), tt.field) {
			t.Errorf("%+v: %v, want BAD_USER_INPUT naming %s", tt.edit, err, tt.field)
		}
	}
	// A kind change drops the roles only organisations have, rather than refusing them.
	plan, err := Accept(q, nil, &kg.ProposalEdit{Kind: ptrKind(kg.KindFund)})
	if err != nil || plan.Entities[0].Write.Entity.Roles != nil {
		t.Errorf("kind change: %v %+v", err, plan)
	}
}

func ptrKind(k kg.Kind) *kg.Kind { return &k }

func TestIngestValidation(t *testing.T) {
	field := func(f string) string { return "input." + f }
	for _, tt := range []struct {
		d     kg.Document
		field string
	}{
		{kg.Document{Title: "t", Language: "en", Text: "ok\xff"}, "input.text"},
		{kg.Document{Title: "t", Language: "en", Text: strings.Repeat("字", MaxIngestBytes/3+1)}, "input.text"},
		{kg.Document{Title: "t", Language: "en", Text: strings.Repeat("a", MaxIngestBytes+1)}, "input.text"},
		{kg.Document{Title: "t", Language: "en", Text: "\u3000 "}, "input.text"},
		{kg.Document{Title: "t", Language: "fr", Text: "x"}, "input.language"},
		{kg.Document{Title: "t", Language: "en", Text: "x", Published: sp("2024-1-5")}, "input.published"},
	} {
		if err := Ingest(&tt.d, field); kg.ErrorCode(err) != kg.CodeBadUserInput || !strings.Contains(err.Error(), tt.field) {
			t.Errorf("%q: %v, want %s", tt.d.Text, err, tt.field)
		}
	}
	ok := kg.Document{Title: " t ", Language: "zh-Hant", Text: strings.Repeat("字", MaxIngestBytes/3), Published: sp("2024-11")}
	if err := Ingest(&ok, field); err != nil || ok.Title != "t" {
		t.Errorf("a valid document: %v", err)
	}
}
