package extract

import "testing"

// A founder who left the company keeps the founding, not a past job there. Invented sentences.
func TestFounderLeftIsNoPastWork(t *testing.T) {
	ps := []Proposal{
		{Kind: KindRelationship, Relationship: &RelationshipProposal{Type: "LEADS", From: End{Name: "Mary Tam", EntityKey: "p"}, To: End{Name: "Orbisense", EntityKey: "o"}, Role: "Co-founder"}},
		{Kind: KindRelationship, Relationship: &RelationshipProposal{Type: "WORKED_AT", From: End{Name: "Tam", EntityKey: "p"}, To: End{Name: "Orbisense", EntityKey: "o"}, Status: "ENDED"}},
		{Kind: KindRelationship, Relationship: &RelationshipProposal{Type: "LEADS", From: End{Name: "John Ho", EntityKey: "q"}, To: End{Name: "Orbisense", EntityKey: "o"}, Role: "Chief Executive Officer"}},
		{Kind: KindRelationship, Relationship: &RelationshipProposal{Type: "WORKED_AT", From: End{Name: "John Ho", EntityKey: "q"}, To: End{Name: "Orbisense", EntityKey: "o"}, Status: "ENDED"}},
	}
	got := dropWorkOfLeaders(ps)
	if len(got) != 3 || got[1].Relationship.Type != "LEADS" || got[2].Relationship.From.Name != "John Ho" {
		t.Errorf("want the founder's past work dropped and the chief executive's kept, got %d proposals", len(got))
	}
}
