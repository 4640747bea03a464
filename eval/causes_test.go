package eval

import (
	"testing"

	"github.com/hkgraph/hkgraph/extract"
	"github.com/hkgraph/hkgraph/kg"
	"github.com/hkgraph/hkgraph/textnorm"
)

// keys folds names as Score does for a proposed end.
func keys(names ...string) map[string]bool {
	m := map[string]bool{}
	for _, n := range names {
		m[textnorm.Fold(n)] = true
	}
	return m
}

func predOf(t kg.RelType, from, to string) pred {
	return pred{r: &extract.RelationshipProposal{Type: t}, from: keys(from), to: keys(to)}
}

func specMatches(spec string, ks map[string]bool) bool { return ks[textnorm.Fold(spec)] }

func TestMissCause(t *testing.T) {
	text := "Alpha Capital led the round in Beta Labs. Gamma Partners joined later.\nDelta Ltd is in Kowloon."
	sentences := foldedSentences(text)
	recognised := func(spec string) bool { return spec != "Unseen Co" }
	surfaces := func(spec string) []string { return []string{textnorm.Fold(spec)} }
	gold := GoldRelation{Type: "INVESTED_IN", From: "Gamma Partners", To: "Beta Labs"}
	for _, tc := range []struct {
		name  string
		gold  GoldRelation
		preds []pred
		want  string
	}{
		{"other type", gold, []pred{predOf("PARTNERED_WITH", "Beta Labs", "Gamma Partners")}, CauseOtherType},
		{"reversed", gold, []pred{predOf("INVESTED_IN", "Beta Labs", "Gamma Partners")}, CauseReversed},
		{"name cut", gold, []pred{predOf("INVESTED_IN", "Gamma", "Beta Labs")}, CauseBoundary},
		{"other entity", gold, []pred{predOf("INVESTED_IN", "Alpha Capital", "Beta Labs")}, CauseOneEnd},
		{"end missing", GoldRelation{Type: "INVESTED_IN", From: "Unseen Co", To: "Beta Labs"}, nil, CauseEndMissing},
		{"one sentence", GoldRelation{Type: "INVESTED_IN", From: "Alpha Capital", To: "Beta Labs"}, nil, CauseSentence},
		{"apart", GoldRelation{Type: "LOCATED_IN", From: "Beta Labs", To: "Kowloon"}, nil, CauseApart},
	} {
		if got := missCause(tc.gold, tc.preds, specMatches, recognised, surfaces, sentences); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestWrongCause(t *testing.T) {
	c := &Case{
		Relationships: []GoldRelation{{Type: "INVESTED_IN", From: "Alpha Capital", To: "Beta Labs"}, {Type: "LOCATED_IN", From: "Delta Ltd", To: "Kowloon"}},
		Entities:      []GoldEntity{{Name: "Gamma Partners"}},
	}
	for _, tc := range []struct {
		name string
		p    pred
		want string
	}{
		{"other type", predOf("PARTNERED_WITH", "Alpha Capital", "Beta Labs"), WrongOtherType},
		{"reversed", predOf("INVESTED_IN", "Beta Labs", "Alpha Capital"), WrongReversed},
		{"attached", predOf("INVESTED_IN", "Alpha Capital", "Gamma Partners"), WrongAttached},
		{"not an entity", predOf("INVESTED_IN", "the office", "Gamma Partners"), WrongNotEntity},
		{"unstated", predOf("PARTNERED_WITH", "Gamma Partners", "Delta Ltd"), WrongUnstated},
	} {
		if got := wrongCause(tc.p, c, specMatches); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestFoldedSentencesKeepsAbbreviations(t *testing.T) {
	got := foldedSentences("Beta Labs Ltd. signed with U.S. firms. Then it grew。其後擴張")
	want := []string{"beta labs ltd. signed with u.s. firms.", "then it grew。", "其后扩张"}
	if len(got) != len(want) {
		t.Fatalf("%q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("sentence %d: %q, want %q", i, got[i], want[i])
		}
	}
}
