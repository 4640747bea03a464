package extract

import (
	"testing"
	"unicode/utf8"
)

// checkSpans fails unless every proposal's span slices the text to its quote within the cap.
func checkSpans(t *testing.T, text string, ps []Proposal) {
	t.Helper()
	r := []rune(text)
	for _, p := range ps {
		if p.Start < 0 || p.End > len(r) || p.Start >= p.End || p.End-p.Start > maxSpan {
			t.Fatalf("bad span [%d,%d) of %d for %+v", p.Start, p.End, len(r), p)
		}
		if string(r[p.Start:p.End]) != p.Quote {
			t.Fatalf("quote %q != text[%d:%d] %q", p.Quote, p.Start, p.End, string(r[p.Start:p.End]))
		}
		if !(p.Confidence > 0 && p.Confidence <= 1) || p.Trigger == "" {
			t.Fatalf("confidence %v trigger %q", p.Confidence, p.Trigger)
		}
		if !utf8.ValidString(p.Quote) {
			t.Fatalf("quote not UTF-8")
		}
	}
}

func TestInvestmentRoundZh(t *testing.T) {
	text := "深圳奇点科技有限公司宣布完成1亿元A轮融资。本轮融资由红杉资本领投，高瓴创投、明势资本跟投。"
	ps := Extract(Input{Text: text, Language: "zh-Hans", Published: "2024-11-05"})
	checkSpans(t, text, ps)
	want := map[string]bool{"红杉资本>深圳奇点科技有限公司": false, "高瓴创投>深圳奇点科技有限公司": false, "明势资本>深圳奇点科技有限公司": false}
	for _, p := range ps {
		if p.Kind == KindRelationship && p.Relationship.Type == "INVESTED_IN" {
			k := p.Relationship.From.Name + ">" + p.Relationship.To.Name
			if _, ok := want[k]; ok {
				want[k] = true
			}
		}
	}
	for k, ok := range want {
		if !ok {
			t.Errorf("missing INVESTED_IN %s in %+v", k, ps)
		}
	}
}
