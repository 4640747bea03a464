package graph_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/hkgraph/hkgraph/internal/apitest"
	"github.com/hkgraph/hkgraph/kg"
)

// tradArticle is a short made-up Hong Kong news item in Traditional Chinese.
const tradArticle = "【本報訊】香港初創企業「星河量子科技有限公司」今日宣佈完成5,000萬港元A輪融資，由港投公司領投。" +
	"公司於2021年成立，同年入選數碼港培育計劃，目前在數碼港設有辦公室，員工超過60人。" +
	"創辦人兼行政總裁陳立明表示，新資金將用於擴展大灣區市場。"

const ingestMutation = `mutation($in: DocumentInput!) { ingestDocument(input: $in) { document { id title length } mentions proposals } }`

type ingestOut struct {
	IngestDocument struct {
		Document struct {
			ID, Title string
			Length    int
		}
		Mentions, Proposals int
	}
}

func ingestInput(text string, extra map[string]any) map[string]any {
	in := map[string]any{"title": "星河量子完成A輪融資", "language": "zh-Hant", "published": "2024-11-20", "text": text}
	for k, v := range extra {
		in[k] = v
	}
	return map[string]any{"in": in}
}

func allProposals(t *testing.T, e *apitest.Env, doc string) []proposalOut {
	t.Helper()
	var out []proposalOut
	var after *string
	for {
		var page struct {
			Proposals struct {
				PageInfo struct {
					HasNextPage bool
					EndCursor   *string
				}
				Edges []struct{ Node proposalOut }
			}
		}
		e.Data(t, `query($doc: ID, $after: String) { proposals(documentId: $doc, first: 100, after: $after) {
		  pageInfo { hasNextPage endCursor } edges { node { `+proposalFields+` } } } }`,
			map[string]any{"doc": doc, "after": after}, apitest.AdminToken, &page)
		for _, ed := range page.Proposals.Edges {
			out = append(out, ed.Node)
		}
		if !page.Proposals.PageInfo.HasNextPage {
			return out
		}
		after = page.Proposals.PageInfo.EndCursor
	}
}

func TestWhoMayReviewProposals(t *testing.T) {
	e := apitest.New(t)
	f := storeFixture(t, e)
	ops := map[string]string{
		"proposals":      `{ proposals { totalCount } }`,
		"node":           `{ node(id: "` + f.ids["mou"] + `") { id } }`,
		"ingestDocument": `mutation { ingestDocument(input: {title: "t", language: "en", text: "Acme Capital invested in Foo Labs."}) { proposals } }`,
		"acceptProposal": `mutation { acceptProposal(id: "` + f.ids["mou"] + `") { status } }`,
		"rejectProposal": `mutation { rejectProposal(id: "` + f.ids["mou"] + `") { status } }`,
	}
	before := counts(t, e)
	for name, q := range ops {
		t.Run(name, func(t *testing.T) {
			if code, _ := e.ErrorCode(t, q, nil, ""); code != "UNAUTHENTICATED" {
				t.Errorf("anonymous: %s, want UNAUTHENTICATED", code)
			}
			if code, _ := e.ErrorCode(t, q, nil, apitest.ReaderToken); code != "FORBIDDEN" {
				t.Errorf("reader: %s, want FORBIDDEN", code)
			}
		})
	}
	if after := counts(t, e); after != before {
		t.Errorf("refused calls changed the graph: %s → %s", before, after)
	}
	for _, token := range []string{apitest.EditorToken, apitest.AdminToken} {
		var out struct{ Proposals struct{ TotalCount int } }
		e.Data(t, `{ proposals { totalCount } }`, nil, token, &out)
		if out.Proposals.TotalCount != len(f.ids) {
			t.Errorf("%s reads %d proposals, want %d", token, out.Proposals.TotalCount, len(f.ids))
		}
	}
	if p := proposalByID(t, e, f.ids["mou"]); p.Kind != "RELATIONSHIP" || p.Relationship.From.Entity.ID != "hkic" {
		t.Errorf("node(id:) of a proposal: %+v", p)
	}
}

// An article is stored with its mentions and proposals; each proposal's citation slices the
// text to its quote; nothing reaches the graph outside the proposals; the same text again
// proposes nothing new.
func TestIngestDocument(t *testing.T) {
	e := apitest.New(t)
	var stats0 json.RawMessage
	e.Data(t, `{ stats { entityCount relationshipCount } }`, nil, "", &stats0)
	var out ingestOut
	e.Data(t, ingestMutation, ingestInput(tradArticle, nil), apitest.EditorToken, &out)
	got := out.IngestDocument
	if got.Document.Length != len([]rune(tradArticle)) || got.Mentions < 2 {
		t.Errorf("ingest: %+v; want the whole text and mentions of 港投公司 and 數碼港", got)
	}
	if got.Proposals == 0 {
		t.Fatalf("the extractor proposed nothing for %s", tradArticle)
	}
	ps := allProposals(t, e, got.Document.ID)
	if len(ps) != got.Proposals {
		t.Errorf("ingest reported %d proposals, proposals lists %d", got.Proposals, len(ps))
	}
	text := kg.Text(tradArticle)
	kinds := map[string]int{}
	for _, p := range ps {
		kinds[p.Kind]++
		if q, ok := text.Slice(p.Citation.Start, p.Citation.End); !ok || q != p.Citation.Quote || p.Citation.Document.ID != got.Document.ID {
			t.Errorf("%s: citation [%d,%d) %q does not slice the text (%q)", p.ID, p.Citation.Start, p.Citation.End, p.Citation.Quote, q)
		}
		if p.Status != "PENDING" || p.Confidence <= 0 || p.Confidence > 1 {
			t.Errorf("%s: status %s confidence %v", p.ID, p.Status, p.Confidence)
		}
	}
	if kinds["RELATIONSHIP"] == 0 {
		t.Errorf("no relationship proposed (by kind: %v)", kinds)
	}
	var stats1 json.RawMessage
	e.Data(t, `{ stats { entityCount relationshipCount } }`, nil, "", &stats1)
	if string(stats1) != string(stats0) {
		t.Errorf("ingesting wrote to the graph outside proposals: %s → %s", stats0, stats1)
	}
	before := counts(t, e)
	var again ingestOut
	e.Data(t, ingestMutation, ingestInput(tradArticle, nil), apitest.AdminToken, &again)
	if again.IngestDocument.Proposals != 0 || again.IngestDocument.Document.ID != got.Document.ID {
		t.Errorf("re-ingest: %+v, want the same document and 0 new proposals", again.IngestDocument)
	}
	if n := len(allProposals(t, e, got.Document.ID)); n != len(ps) {
		t.Errorf("re-ingest left %d proposals, want %d", n, len(ps))
	}
	if after := counts(t, e); after != before {
		t.Errorf("re-ingest changed something: %s → %s", before, after)
	}
	// A text that states nothing is stored with 0 proposals.
	var plain ingestOut
	e.Data(t, ingestMutation, ingestInput("今日天氣晴朗，市民紛紛外出散步。", map[string]any{"title": "天氣"}), apitest.EditorToken, &plain)
	if plain.IngestDocument.Proposals != 0 || plain.IngestDocument.Document.Length != 16 {
		t.Errorf("a text without facts: %+v", plain.IngestDocument)
	}
}

func TestIngestBadInputStoresNothing(t *testing.T) {
	e := apitest.New(t)
	before := counts(t, e)
	tests := []struct {
		name  string
		vars  map[string]any
		field string
	}{
		{"over the size limit", ingestInput(strings.Repeat("a", 50_001), map[string]any{"language": "en"}), "input.text"},
		// 16,385 Chinese characters are 49,155 bytes: over the limit in bytes, not in characters.
		{"over the size limit in Chinese", ingestInput(strings.Repeat("字", 16_385), map[string]any{"language": "zh-Hant"}), "input.text"},
		{"empty text", ingestInput("", nil), "input.text"},
		{"blank text", ingestInput(" \n\t ", nil), "input.text"},
		{"unknown language", ingestInput(tradArticle, map[string]any{"language": "zh-HK"}), "input.language"},
		{"published not ISO 8601", ingestInput(tradArticle, map[string]any{"published": "20/11/2024"}), "input.published"},
		{"impossible date", ingestInput(tradArticle, map[string]any{"published": "2024-02-30"}), "input.published"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, msg := e.ErrorCode(t, ingestMutation, tt.vars, apitest.EditorToken)
			if code != "BAD_USER_INPUT" || !strings.Contains(msg, tt.field) {
				t.Errorf("%s: %s", code, msg)
			}
		})
	}
	var out struct{ Proposals struct{ TotalCount int } }
	e.Data(t, `{ proposals { totalCount } }`, nil, apitest.EditorToken, &out)
	if after := counts(t, e); after != before || out.Proposals.TotalCount != 0 {
		t.Errorf("refused ingests stored something: %s → %s, %d proposals", before, after, out.Proposals.TotalCount)
	}
}

// entityOut reads what accepting wrote.
func entityState(t *testing.T, e *apitest.Env, id string) (version int, citations []string, figures []string) {
	t.Helper()
	var out struct {
		Entity *struct {
			Version   int
			Citations []struct{ Quote string }
			Figures   []struct{ Key string }
		}
	}
	e.Data(t, `query($id: ID!) { entity(id: $id) { version citations { quote } figures { key } } }`, map[string]any{"id": id}, "", &out)
	if out.Entity == nil {
		return 0, nil, nil
	}
	for _, c := range out.Entity.Citations {
		citations = append(citations, c.Quote)
	}
	for _, f := range out.Entity.Figures {
		figures = append(figures, f.Key)
	}
	return out.Entity.Version, citations, figures
}

func auditOps(t *testing.T, e *apitest.Env) []string {
	t.Helper()
	var out struct {
		AuditLog struct {
			Edges []struct {
				Node struct{ Operation, TargetID, Actor string }
			}
		}
	}
	e.Data(t, `{ auditLog(first: 100) { edges { node { operation targetId actor } } } }`, nil, apitest.AdminToken, &out)
	var ops []string
	for _, ed := range out.AuditLog.Edges {
		ops = append(ops, ed.Node.Operation+" "+ed.Node.TargetID+" by "+ed.Node.Actor)
	}
	return ops
}

func TestAcceptEntityAndReaccept(t *testing.T) {
	e := apitest.New(t)
	f := storeFixture(t, e)
	auditBefore := len(auditOps(t, e))
	p := accept(t, e, f.ids["qidian"], nil)
	if p.Status != "ACCEPTED" || deref(p.ReviewedBy) != "alice" || p.ReviewedAt == nil || deref(p.ResultID) != "qidian-capital" {
		t.Fatalf("accepted: %+v", p)
	}
	v, cites, _ := entityState(t, e, "qidian-capital")
	if v != 1 || len(cites) != 1 || cites[0] != "奇点资本" {
		t.Errorf("the entity: version %d citations %v", v, cites)
	}
	ops := auditOps(t, e)
	if len(ops) != auditBefore+1 || ops[0] != "upsertEntity qidian-capital by alice" {
		t.Errorf("audit: %v", ops[:min(3, len(ops))])
	}
	// Accepting it again is a no-op: same review, same version, no audit event.
	again := accept(t, e, f.ids["qidian"], map[string]any{"name": "Something Else"})
	if deref(again.ReviewedAt) != deref(p.ReviewedAt) {
		t.Errorf("re-accept changed the review: %+v", again)
	}
	if v2, _, _ := entityState(t, e, "qidian-capital"); v2 != 1 || len(auditOps(t, e)) != auditBefore+1 {
		t.Errorf("re-accept wrote: version %d", v2)
	}
	// Its relationship now names the accepted entity.
	inv := proposalByID(t, e, f.ids["invest"])
	if inv.Relationship.From.Entity == nil || inv.Relationship.From.Entity.ID != "qidian-capital" || inv.Relationship.From.Proposal.Status != "ACCEPTED" {
		t.Errorf("the relationship's end after accepting its entity: %+v", inv.Relationship.From)
	}
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// Accepting a relationship whose ends are pending entity proposals accepts them in the same
// transaction, each with its own audit event, and the relationship cites the span.
func TestAcceptRelationshipWithPendingEnds(t *testing.T) {
	e := apitest.New(t)
	f := storeFixture(t, e)
	p := accept(t, e, f.ids["invest"], nil)
	if p.Status != "ACCEPTED" || !strings.HasPrefix(deref(p.ResultID), "rel:invested_in:") {
		t.Fatalf("accepted: %+v", p)
	}
	for _, end := range []string{"qidian", "xingyun"} {
		if q := proposalByID(t, e, f.ids[end]); q.Status != "ACCEPTED" || deref(q.ReviewedBy) != "alice" {
			t.Errorf("end %s: %+v", end, q)
		}
	}
	var rel struct {
		Relationship struct {
			Type, Date, Round, Currency, Status string
			AmountHKD, Amount                   float64
			Lead                                bool
			From, To                            struct{ ID string }
			Citations                           []struct{ Quote string }
			Version                             int
		}
	}
	e.Data(t, `query($id: ID!) { relationship(id: $id) { type date amountHKD amount currency round lead status from { id } to { id } citations { quote } version } }`,
		map[string]any{"id": *p.ResultID}, "", &rel)
	r := rel.Relationship
	if r.Type != "INVESTED_IN" || r.From.ID != "qidian-capital" || r.To.ID != "xingyun-ai" || r.Date != "2024-11" || r.AmountHKD != 5e7 ||
		r.Amount != 5e7 || r.Currency != "HKD" || r.Round != "SERIES_A" || !r.Lead || r.Status != "CURRENT" ||
		len(r.Citations) != 1 || r.Citations[0].Quote != "奇点资本宣布领投星云智能的A轮融资，金额为5000万港元" || r.Version != 1 {
		t.Errorf("the relationship: %+v", r)
	}
	ops := auditOps(t, e)
	want := []string{"addRelationship " + *p.ResultID + " by alice", "upsertEntity xingyun-ai by alice", "upsertEntity qidian-capital by alice"}
	if strings.Join(ops[:3], "|") != strings.Join(want, "|") {
		t.Errorf("audit: %v, want %v", ops[:3], want)
	}
	// A relationship whose end was accepted before uses the entity it became.
	joined := accept(t, e, f.ids["joined"], nil)
	if joined.Relationship.From.Entity == nil || joined.Relationship.From.Entity.ID != "xingyun-ai" || joined.Status != "ACCEPTED" {
		t.Errorf("joined: %+v", joined)
	}
	// A figure about a (now accepted) pending entity.
	fig := accept(t, e, f.ids["staff"], nil)
	if _, _, figs := entityState(t, e, "xingyun-ai"); fig.Status != "ACCEPTED" || deref(fig.ResultID) != "xingyun-ai" || len(figs) != 1 || figs[0] != "employees" {
		t.Errorf("figure: %+v, figures %v", fig, figs)
	}
}

func TestAcceptFigureWithPendingSubject(t *testing.T) {
	e := apitest.New(t)
	f := storeFixture(t, e)
	fig := accept(t, e, f.ids["staff"], map[string]any{"value": 81, "qualifier": "over"})
	if fig.Status != "ACCEPTED" || proposalByID(t, e, f.ids["xingyun"]).Status != "ACCEPTED" {
		t.Fatalf("figure: %+v", fig)
	}
	var out struct {
		Entity struct {
			Figures []struct {
				Key, Qualifier string
				Value          float64
				Citations      []struct{ Quote string }
			}
		}
	}
	e.Data(t, `{ entity(id: "xingyun-ai") { figures { key value qualifier citations { quote } } } }`, nil, "", &out)
	if len(out.Entity.Figures) != 1 || out.Entity.Figures[0].Value != 81 || out.Entity.Figures[0].Qualifier != "over" ||
		out.Entity.Figures[0].Citations[0].Quote != "星云智能目前有超过80名员工" {
		t.Errorf("figures: %+v", out.Entity.Figures)
	}
}

// An equal relationship already in the graph gains the citation instead of a duplicate.
func TestAcceptExistingRelationshipGainsCitation(t *testing.T) {
	e := apitest.New(t)
	f := storeFixture(t, e)
	id := kg.RelationshipID("INVESTED_IN", "hkic", "galbot", ptr("2024-07"))
	p := accept(t, e, f.ids["galbot"], nil)
	if deref(p.ResultID) != id {
		t.Fatalf("accepted into %v, want the existing %s", deref(p.ResultID), id)
	}
	var rel struct {
		Relationship struct {
			Version   int
			Citations []struct{ Quote string }
		}
	}
	e.Data(t, `query($id: ID!) { relationship(id: $id) { version citations { quote } } }`, map[string]any{"id": id}, "", &rel)
	if len(rel.Relationship.Citations) != 2 || rel.Relationship.Citations[1].Quote != "港投公司今年7月投资了银河通用机器人" || rel.Relationship.Version != 2 {
		t.Errorf("the existing relationship: %+v", rel.Relationship)
	}
}

func TestAcceptWithEdits(t *testing.T) {
	e := apitest.New(t)
	f := storeFixture(t, e)
	// Type, direction and date changed; the end changed to any entity.
	p := accept(t, e, f.ids["mou"], map[string]any{"type": "INVESTED_IN", "from": "gogox", "to": "cyberport", "date": "2024-10"})
	want := kg.RelationshipID("INVESTED_IN", "gogox", "cyberport", ptr("2024-10"))
	if deref(p.ResultID) != want {
		t.Errorf("edited relationship %v, want %s", deref(p.ResultID), want)
	}
	// An entity accepted under another slug, kind and names.
	q := accept(t, e, f.ids["qidian"], map[string]any{"id": "singularity-capital", "name": "Singularity Capital", "nameZhHant": "奇點資本",
		"aliases": []string{"奇点"}, "roles": []string{"INVESTOR", "CORPORATE"}})
	var ent struct {
		Entity struct {
			Name, NameZhHans, NameZhHant string
			Aliases                      []string
			Roles                        []string
		}
	}
	e.Data(t, `{ entity(id: "singularity-capital") { name nameZhHans nameZhHant aliases ... on Organization { roles } } }`, nil, "", &ent)
	if deref(q.ResultID) != "singularity-capital" || ent.Entity.Name != "Singularity Capital" || ent.Entity.NameZhHant != "奇點資本" ||
		len(ent.Entity.Aliases) != 1 || len(ent.Entity.Roles) != 2 {
		t.Errorf("edited entity: %+v %+v", q, ent.Entity)
	}
}

// An edit that breaks validation is refused and leaves the proposal pending and the graph as
// it was.
func TestAcceptRefusedEditsLeavePending(t *testing.T) {
	e := apitest.New(t)
	f := storeFixture(t, e)
	before := counts(t, e)
	tests := []struct {
		name, proposal string
		edit           map[string]any
		code, field    string
	}{
		{"bad date", "mou", map[string]any{"date": "2024-13"}, "BAD_USER_INPUT", "edit.date"},
		{"end before start", "mou", map[string]any{"date": "2024-05", "endDate": "2023"}, "BAD_USER_INPUT", "edit.endDate"},
		{"dangling end", "mou", map[string]any{"to": "no-such-entity"}, "BAD_USER_INPUT", "edit.to"},
		{"malformed end", "mou", map[string]any{"from": "Not An Id"}, "BAD_USER_INPUT", "edit.from"},
		{"same ends", "mou", map[string]any{"to": "hkic"}, "BAD_USER_INPUT", "edit.to"},
		{"unknown type", "mou", map[string]any{"type": "LIKES"}, "GRAPHQL_VALIDATION_FAILED", "LIKES"},
		{"field of another kind", "mou", map[string]any{"kind": "PERSON"}, "BAD_USER_INPUT", "edit.kind"},
		{"bad slug", "qidian", map[string]any{"id": "Qidian_Capital"}, "BAD_USER_INPUT", "edit.id"},
		{"roles on a person", "qidian", map[string]any{"kind": "PERSON", "roles": []string{"INVESTOR"}}, "BAD_USER_INPUT", "edit.roles"},
		{"slug taken", "qidian", map[string]any{"id": "hkic"}, "CONFLICT", "edit.id"},
		{"bad currency", "invest", map[string]any{"currency": "港元"}, "BAD_USER_INPUT", "edit.currency"},
		{"figure range upside down", "staff", map[string]any{"maxValue": 10}, "BAD_USER_INPUT", "edit.maxValue"},
		{"figure about nothing", "staff", map[string]any{"id": "no-such-entity"}, "BAD_USER_INPUT", "edit.id"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := e.Do(t, acceptMutation, map[string]any{"id": f.ids[tt.proposal], "edit": tt.edit}, apitest.EditorToken)
			if len(r.Errors) == 0 || r.Errors[0].Code() != tt.code && !(tt.code == "GRAPHQL_VALIDATION_FAILED" && r.Errors[0].Code() != "") ||
				!strings.Contains(r.Errors[0].Message, tt.field) {
				t.Errorf("got %+v, want %s naming %s", r.Errors, tt.code, tt.field)
			}
			if p := proposalByID(t, e, f.ids[tt.proposal]); p.Status != "PENDING" {
				t.Errorf("the proposal is %s after a refused accept", p.Status)
			}
		})
	}
	if after := counts(t, e); after != before {
		t.Errorf("refused accepts changed the graph: %s → %s", before, after)
	}
	for _, name := range []string{"qidian", "xingyun"} {
		if p := proposalByID(t, e, f.ids[name]); p.Status != "PENDING" {
			t.Errorf("%s is %s", name, p.Status)
		}
	}
}

func TestRejectProposal(t *testing.T) {
	e := apitest.New(t)
	f := storeFixture(t, e)
	before := counts(t, e)
	var out struct{ RejectProposal proposalOut }
	reject := `mutation($id: ID!, $reason: String) { rejectProposal(id: $id, reason: $reason) { ` + proposalFields + ` } }`
	e.Data(t, reject, map[string]any{"id": f.ids["qidian"], "reason": "a rumour"}, apitest.AdminToken, &out)
	p := out.RejectProposal
	if p.Status != "REJECTED" || deref(p.ReviewedBy) != "root" || deref(p.Reason) != "a rumour" || p.ReviewedAt == nil || p.ResultID != nil {
		t.Errorf("rejected: %+v", p)
	}
	if after := counts(t, e); after != before {
		t.Errorf("rejecting changed the graph: %s → %s", before, after)
	}
	// A relationship whose end was rejected needs another end.
	code, msg := e.ErrorCode(t, acceptMutation, map[string]any{"id": f.ids["invest"]}, apitest.EditorToken)
	if code != "CONFLICT" || !strings.Contains(msg, "from") || !strings.Contains(msg, "rejected") {
		t.Errorf("accepting with a rejected end: %s %s", code, msg)
	}
	ok := accept(t, e, f.ids["invest"], map[string]any{"from": "hkic"})
	if ok.Status != "ACCEPTED" || proposalByID(t, e, f.ids["qidian"]).Status != "REJECTED" {
		t.Errorf("accepted with edit.from: %+v", ok)
	}
	// An accepted proposal cannot be rejected; a rejected one may still be accepted.
	if code, _ := e.ErrorCode(t, reject, map[string]any{"id": f.ids["invest"]}, apitest.EditorToken); code != "CONFLICT" {
		t.Errorf("rejecting an accepted proposal: %s", code)
	}
	if p := accept(t, e, f.ids["qidian"], nil); p.Status != "ACCEPTED" {
		t.Errorf("accepting a rejected proposal: %+v", p)
	}
	for _, bad := range []string{"prop:xyz", "rel:invested_in:0000000000000000"} {
		if code, _ := e.ErrorCode(t, reject, map[string]any{"id": bad}, apitest.EditorToken); code != "BAD_USER_INPUT" {
			t.Errorf("reject %s: %s", bad, code)
		}
	}
	if code, _ := e.ErrorCode(t, reject, map[string]any{"id": "prop:0000000000000000"}, apitest.EditorToken); code != "NOT_FOUND" {
		t.Errorf("reject an unknown proposal: %s", code)
	}
}

// A proposal whose end was deleted is refused with NOT_FOUND naming the end, and stays pending.
func TestAcceptDeletedEnd(t *testing.T) {
	e := apitest.New(t)
	f := storeFixture(t, e)
	var del struct{ DeleteEntity bool }
	e.Data(t, `mutation { deleteEntity(id: "gogox") }`, nil, apitest.AdminToken, &del)
	before := counts(t, e)
	code, msg := e.ErrorCode(t, acceptMutation, map[string]any{"id": f.ids["mou"]}, apitest.EditorToken)
	if code != "NOT_FOUND" || !strings.Contains(msg, "to") || !strings.Contains(msg, "gogox") {
		t.Errorf("deleted end: %s %s", code, msg)
	}
	if p := proposalByID(t, e, f.ids["mou"]); p.Status != "PENDING" || p.Relationship.To.Entity != nil {
		t.Errorf("after the refusal: %+v", p)
	}
	if after := counts(t, e); after != before {
		t.Errorf("the refused accept changed the graph: %s → %s", before, after)
	}
	// An entity accepted earlier and deleted since: the relationship naming its proposal is refused too.
	accept(t, e, f.ids["xingyun"], nil)
	e.Data(t, `mutation { deleteEntity(id: "xingyun-ai") }`, nil, apitest.AdminToken, &del)
	code, msg = e.ErrorCode(t, acceptMutation, map[string]any{"id": f.ids["joined"]}, apitest.EditorToken)
	if code != "NOT_FOUND" || !strings.Contains(msg, "from") || !strings.Contains(msg, "xingyun-ai") {
		t.Errorf("deleted accepted end: %s %s", code, msg)
	}
}

func TestProposalPaging(t *testing.T) {
	e := apitest.New(t)
	f := storeFixture(t, e)
	type page struct {
		Proposals struct {
			TotalCount int
			PageInfo   struct {
				HasNextPage bool
				EndCursor   *string
			}
			Edges []struct {
				Cursor string
				Node   struct {
					ID, Kind string
					Citation struct{ Start int }
				}
			}
		}
	}
	q := `query($doc: ID, $kind: ProposalKind, $status: ProposalStatus, $first: Int, $after: String) {
	  proposals(documentId: $doc, kind: $kind, status: $status, first: $first, after: $after) {
	    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id kind citation { start } } } } }`
	var got []string
	var starts []int
	var after *string
	for i := 0; ; i++ {
		var p page
		e.Data(t, q, map[string]any{"doc": f.doc, "first": 2, "after": after}, apitest.EditorToken, &p)
		if p.Proposals.TotalCount != len(f.ids) || len(p.Proposals.Edges) > 2 {
			t.Fatalf("page %d: %+v", i, p.Proposals)
		}
		for _, ed := range p.Proposals.Edges {
			got = append(got, ed.Node.ID)
			starts = append(starts, ed.Node.Citation.Start)
		}
		if !p.Proposals.PageInfo.HasNextPage {
			break
		}
		after = p.Proposals.PageInfo.EndCursor
	}
	// Document order: the entity 奇点资本 and the relationship starting at the same offset come
	// entity first; then by position.
	name := map[string]string{}
	for k, v := range f.ids {
		name[v] = k
	}
	var order []string
	for _, id := range got {
		order = append(order, name[id])
	}
	if strings.Join(order, ",") != "qidian,invest,xingyun,joined,staff,mou,galbot" {
		t.Errorf("order: %v (starts %v)", order, starts)
	}
	var byKind page
	e.Data(t, q, map[string]any{"kind": "ENTITY", "status": "PENDING"}, apitest.EditorToken, &byKind)
	if byKind.Proposals.TotalCount != 2 || len(byKind.Proposals.Edges) != 2 || byKind.Proposals.Edges[0].Node.Kind != "ENTITY" {
		t.Errorf("entities only: %+v", byKind.Proposals)
	}
	var accepted page
	e.Data(t, q, map[string]any{"status": "ACCEPTED"}, apitest.EditorToken, &accepted)
	if accepted.Proposals.TotalCount != 0 {
		t.Errorf("accepted before any review: %+v", accepted.Proposals)
	}
	forged := []string{"garbage", kg.Cursor{On: "men", Key: []any{"doc:x", 1.0}}.Encode(),
		kg.Cursor{On: "prop", Key: []any{1.0, 1.0, 1.0, 1.0}}.Encode(), kg.Cursor{On: "prop", Key: []any{"doc:x", 1.0, 1.0, "rel:x"}}.Encode()}
	for _, c := range forged {
		if code, _ := e.ErrorCode(t, q, map[string]any{"after": c}, apitest.EditorToken); code != "BAD_USER_INPUT" {
			t.Errorf("cursor %s: %s", c, code)
		}
	}
	for _, n := range []int{0, 101} {
		if code, msg := e.ErrorCode(t, q, map[string]any{"first": n}, apitest.EditorToken); code != "BAD_USER_INPUT" || !strings.Contains(msg, "first") {
			t.Errorf("first %d: %s %s", n, code, msg)
		}
	}
	if code, _ := e.ErrorCode(t, q, map[string]any{"doc": "cyberport"}, apitest.EditorToken); code != "BAD_USER_INPUT" {
		t.Errorf("documentId that is no document id: %s", code)
	}
}

// A page of proposals with their documents, citations and ends costs a fixed number of Neo4j
// round trips, whatever its size: the page, its document, and the entities its ends name (ends
// naming proposals of the same page are read with the page).
func TestProposalRoundTrips(t *testing.T) {
	e := apitest.New(t)
	f := storeFixture(t, e)
	q := `query($doc: ID) { proposals(documentId: $doc, first: 100) { totalCount edges { node { ` + proposalFields + ` document { title } } } } }`
	before := e.RequestRoundTrips()
	var out json.RawMessage
	e.Data(t, q, map[string]any{"doc": f.doc}, apitest.EditorToken, &out)
	if got := e.RequestRoundTrips() - before; got != 3 {
		t.Errorf("%v round trips, want 3 (page, document, entities)", got)
	}
	r := e.Do(t, `{ proposals(first: 100) { edges { node { id relationship { from { entity { id } } } } } } }`, nil, apitest.EditorToken)
	cost, _ := r.Extensions["cost"].(map[string]any)
	if cost == nil || cost["requested"] != float64(100) {
		t.Errorf("cost of 100 proposals: %v", r.Extensions["cost"])
	}
}

// Deleting a document deletes what was read from it.
func TestDeleteDocumentDeletesItsProposals(t *testing.T) {
	e := apitest.New(t)
	f := storeFixture(t, e)
	accept(t, e, f.ids["qidian"], nil) // cites the document
	var del struct{ DeleteDocument bool }
	e.Data(t, `mutation($id: ID!) { deleteDocument(id: $id, force: true) }`, map[string]any{"id": f.doc}, apitest.AdminToken, &del)
	var out struct{ Proposals struct{ TotalCount int } }
	e.Data(t, `{ proposals { totalCount } }`, nil, apitest.EditorToken, &out)
	if !del.DeleteDocument || out.Proposals.TotalCount != 0 {
		t.Errorf("after deleting the document: deleted %v, %d proposals left", del.DeleteDocument, out.Proposals.TotalCount)
	}
}
