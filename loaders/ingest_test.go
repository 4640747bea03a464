package loaders

import (
	"context"
	"strings"
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

// hkgraph ingest stores the article, its mentions and its proposals in one transaction; the
// same text again proposes nothing new; --no-propose stores no proposal; a refused article
// stores nothing at all.
func TestIngestWithProposals(t *testing.T) {
	st, d := freshStore(t)
	ctx := context.Background()
	if _, err := Seed(ctx, st, quiet); err != nil {
		t.Fatal(err)
	}
	text := "港投公司今年7月领投了深圳初创企业星海机器人有限公司的A轮融资，金额为2亿元人民币。星海机器人于2023年入选数码港培育计划。"
	graph := graphFingerprint(t, d)
	docs := count(t, d, "MATCH (n:Document) RETURN count(n)")
	bad := []struct {
		name  string
		a     Article
		field string
	}{
		{"invalid UTF-8", Article{Title: "t", Language: "zh-Hans", Text: "港投公司\xff\xfe投资"}, "FILE"},
		{"empty", Article{Title: "t", Language: "zh-Hans", Text: "  \n"}, "FILE"},
		{"too long", Article{Title: "t", Language: "en", Text: strings.Repeat("x", 50_001)}, "FILE"},
		{"unknown language", Article{Title: "t", Language: "cn", Text: text}, "--lang"},
		{"published", Article{Title: "t", Language: "zh-Hans", Text: text, Published: ptr("2024/07")}, "--published"},
		{"no title", Article{Language: "zh-Hans", Text: text}, "--title"},
		{"bad id", Article{ID: "doc:Bad Id", Title: "t", Language: "zh-Hans", Text: text}, "--id"},
	}
	for _, tt := range bad {
		tt.a.Propose = true
		_, err := Ingest(ctx, st, tt.a)
		if kg.ErrorCode(err) != kg.CodeBadUserInput || !strings.Contains(err.Error(), tt.field) {
			t.Errorf("%s: %v, want BAD_USER_INPUT naming %s", tt.name, err, tt.field)
		}
	}
	if count(t, d, "MATCH (n:Document) RETURN count(n)") != docs || count(t, d, "MATCH (p:Proposal) RETURN count(p)") != 0 {
		t.Fatal("a refused article stored something")
	}
	a := Article{Title: "港投领投星海机器人", Language: "zh-Hans", Published: ptr("2024-08-02"), Text: text, Propose: true, Actor: "cli"}
	res, err := Ingest(ctx, st, a)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Proposals) == 0 || res.NewProposals != len(res.Proposals) || len(res.Mentions) == 0 {
		t.Fatalf("ingest: %d proposals (%d new), %d mentions", len(res.Proposals), res.NewProposals, len(res.Mentions))
	}
	for _, p := range res.Proposals {
		if q, ok := kg.Text(text).Slice(p.Start, p.End); !ok || q != p.Quote || !kg.ValidProposalID(p.ID) {
			t.Errorf("%s: [%d,%d) %q does not slice the text", p.ID, p.Start, p.End, p.Quote)
		}
	}
	if graphFingerprint(t, d) == graph {
		t.Error("the mentions were not linked")
	}
	stored := count(t, d, "MATCH (p:Proposal {status: 'PENDING'}) RETURN count(p)")
	if stored != int64(len(res.Proposals)) {
		t.Errorf("%d proposals stored, %d read", stored, len(res.Proposals))
	}
	entities := count(t, d, "MATCH (n:Entity) RETURN count(n)")
	again, err := Ingest(ctx, st, a)
	if err != nil || again.NewProposals != 0 || len(again.Proposals) != len(res.Proposals) || again.Document.ID != res.Document.ID {
		t.Errorf("again: %v, %d new of %d", err, again.NewProposals, len(again.Proposals))
	}
	if count(t, d, "MATCH (p:Proposal) RETURN count(p)") != stored || count(t, d, "MATCH (n:Entity) RETURN count(n)") != entities {
		t.Error("re-ingesting stored more")
	}
	plain := Article{Title: "只存文本", Language: "zh-Hans", Text: text + "另见。", Propose: false, Actor: "cli"}
	res, err = Ingest(ctx, st, plain)
	if err != nil || len(res.Proposals) != 0 || res.NewProposals != 0 {
		t.Errorf("--no-propose: %v, %d proposals", err, len(res.Proposals))
	}
	if count(t, d, "MATCH (p:Proposal) RETURN count(p)") != stored {
		t.Error("--no-propose stored proposals")
	}
}

func ptr[T any](v T) *T { return &v }
