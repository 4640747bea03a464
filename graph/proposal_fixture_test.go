package graph_test

import (
	"context"
	"testing"

	"github.com/hkgraph/hkgraph/internal/apitest"
	"github.com/hkgraph/hkgraph/kg"
	"github.com/hkgraph/hkgraph/loaders"
)

// reviewText is a short made-up news text; the proposals below are what an extractor would
// read in it, written by hand so the review tests do not depend on the extractor's quality.
const reviewText = "奇点资本宣布领投星云智能的A轮融资，金额为5000万港元。星云智能于2022年入选数码港培育计划。" +
	"星云智能目前有超过80名员工。港投公司与GOGOX签署合作备忘录。港投公司今年7月投资了银河通用机器人。"

// fixture is the stored document and its proposals by name.
type fixture struct {
	doc string
	ids map[string]string // qidian, xingyun (entities), invest, joined, mou, galbot (relationships), staff (figure)
}

func span(t *testing.T, quote string) (int, int) {
	t.Helper()
	at := kg.Text(reviewText).IndexAll(quote)
	if len(at) == 0 {
		t.Fatalf("%q is not in the text", quote)
	}
	return at[0], at[0] + len([]rune(quote))
}

func ptr[T any](v T) *T { return &v }

// storeFixture stores reviewText with its hand-written proposals through the real store's
// ingest (the same transaction ingestDocument runs).
func storeFixture(t *testing.T, e *apitest.Env) fixture {
	t.Helper()
	ctx := context.Background()
	known, err := e.Store.EntityNames(ctx)
	if err != nil {
		t.Fatal(err)
	}
	in := loaders.Read(&kg.Document{Title: "星云智能完成A轮融资", Language: "zh-Hans", Text: reviewText, Published: ptr("2024-11-20")}, known, false)
	f := fixture{doc: in.Document.ID, ids: map[string]string{}}
	add := func(name string, kind kg.ProposalKind, quote string, p *kg.Proposal) {
		p.DocumentID, p.Kind, p.Status, p.Quote, p.Trigger, p.Confidence = f.doc, kind, kg.ProposalPending, quote, "test", 0.8
		p.Start, p.End = span(t, quote)
		p.Context = kg.Text(reviewText).Context(p.Start, p.End)
		p.ID = kg.ProposalID(f.doc, kind, p.Start, p.End, name)
		f.ids[name] = p.ID
		in.Proposals = append(in.Proposals, p)
	}
	pending := func(name, as string) kg.ProposedEnd {
		id := f.ids[name]
		return kg.ProposedEnd{Name: as, ProposalID: &id}
	}
	known1 := func(id, as string) kg.ProposedEnd { return kg.ProposedEnd{Name: as, EntityID: &id} }
	add("qidian", kg.ProposalEntity, "奇点资本", &kg.Proposal{Entity: &kg.ProposedEntity{Kind: kg.KindOrganization,
		Slug: "qidian-capital", Name: "Qidian Capital", NameZhHans: ptr("奇点资本"), Roles: []kg.Role{"INVESTOR"}}})
	add("xingyun", kg.ProposalEntity, "星云智能", &kg.Proposal{Entity: &kg.ProposedEntity{Kind: kg.KindOrganization,
		Slug: "xingyun-ai", Name: "Xingyun AI", NameZhHans: ptr("星云智能"), Roles: []kg.Role{"STARTUP"}}})
	add("invest", kg.ProposalRelationship, "奇点资本宣布领投星云智能的A轮融资，金额为5000万港元", &kg.Proposal{Relationship: &kg.ProposedRelationship{
		Type: "INVESTED_IN", From: pending("qidian", "奇点资本"), To: pending("xingyun", "星云智能"), Date: ptr("2024-11"),
		Amount: ptr(5e7), Currency: ptr("HKD"), AmountHKD: ptr(5e7), Round: ptr(kg.FundingRound("SERIES_A")), Lead: ptr(true)}})
	add("joined", kg.ProposalRelationship, "星云智能于2022年入选数码港培育计划", &kg.Proposal{Relationship: &kg.ProposedRelationship{
		Type: "PARTICIPATED_IN", From: pending("xingyun", "星云智能"), To: known1("cyberport-incubation-programme", "数码港培育计划"), Date: ptr("2022")}})
	add("staff", kg.ProposalFigure, "星云智能目前有超过80名员工", &kg.Proposal{Figure: &kg.ProposedFigure{
		Subject: pending("xingyun", "星云智能"), Key: "employees", Value: 80, Unit: ptr("people"), Qualifier: ptr("more than")}})
	add("mou", kg.ProposalRelationship, "港投公司与GOGOX签署合作备忘录", &kg.Proposal{Relationship: &kg.ProposedRelationship{
		Type: "PARTNERED_WITH", From: known1("hkic", "港投公司"), To: known1("gogox", "GOGOX")}})
	add("galbot", kg.ProposalRelationship, "港投公司今年7月投资了银河通用机器人", &kg.Proposal{Relationship: &kg.ProposedRelationship{
		Type: "INVESTED_IN", From: known1("hkic", "港投公司"), To: known1("galbot", "银河通用机器人"), Date: ptr("2024-07"),
		DateNote: ptr("今年7月 resolved against 2024-11-20 → 2024-07")}})
	out, err := e.Store.IngestDocument(ctx, in, "alice")
	if err != nil {
		t.Fatal(err)
	}
	if out.NewProposals != len(in.Proposals) {
		t.Fatalf("stored %d proposals, want %d", out.NewProposals, len(in.Proposals))
	}
	return f
}

// proposalOut is a proposal as the tests read it.
type proposalOut struct {
	ID, Kind, Status, Trigger      string
	Confidence                     float64
	ReviewedBy, ReviewedAt, Reason *string
	ResultID                       *string `json:"resultId"`
	Citation                       struct {
		Start, End int
		Quote      string
		Document   struct{ ID string }
	}
	Entity *struct {
		Kind, Slug, Name string
		Existing         *struct{ ID string }
	}
	Relationship *struct {
		Type              string
		Date              *string
		Amount, AmountHKD *float64
		Currency          *string
		From, To          endOut
	}
	Figure *struct {
		Key     string
		Value   float64
		Subject endOut
	}
}

type endOut struct {
	Name     string
	Entity   *struct{ ID string }
	Proposal *struct{ ID, Status string }
}

const proposalFields = `id kind status confidence trigger reviewedBy reviewedAt reason resultId
  citation { start end quote document { id } }
  entity { kind slug name existing { id } }
  relationship { type date amount currency amountHKD round lead status
    from { name entity { id } proposal { id status } } to { name entity { id } proposal { id status } } }
  figure { key value subject { name entity { id } proposal { id status } } }`

const acceptMutation = `mutation($id: ID!, $edit: ProposalEdit) { acceptProposal(id: $id, edit: $edit) { ` + proposalFields + ` } }`

func accept(t *testing.T, e *apitest.Env, id string, edit map[string]any) proposalOut {
	t.Helper()
	var out struct{ AcceptProposal proposalOut }
	e.Data(t, acceptMutation, map[string]any{"id": id, "edit": edit}, apitest.EditorToken, &out)
	return out.AcceptProposal
}

func proposalByID(t *testing.T, e *apitest.Env, id string) proposalOut {
	t.Helper()
	var out struct{ Node proposalOut }
	e.Data(t, `query($id: ID!) { node(id: $id) { ... on Proposal { `+proposalFields+` } } }`, map[string]any{"id": id}, apitest.EditorToken, &out)
	return out.Node
}
