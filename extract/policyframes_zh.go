package extract

import (
	"slices"
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// A policy paper as the frame of a sentence: 在《2026-27年度财政预算案》中预留10亿港元，用于推出
// 「乙计划」; 在发表的2025年施政报告中宣布，将设立「丙基金」. What the sentence launches after
// the frame (推出, 设立, 成立) is what the paper announces, however far the verb stands from it.

// zhLaunchVerbs launch the programme or the fund a policy paper announces.
var zhLaunchVerbs = []string{"推出", "设立", "成立", "开展", "推行"}

// frameFacts reads the frames of Chinese sentences around each mention: a policy paper's
// (policyFrame) and a venue's or a prize's (venueAndPrize, occasions_zh.go).
func frameFacts(d *doc, es *entitySet) []Proposal {
	if d.lang == "en" {
		return nil
	}
	var out []Proposal
	for si, s := range d.sents {
		ms := es.sentenceMentions(s)
		for k := range ms {
			out = append(out, policyFrame(d, si, ms, k)...)
			out = append(out, venueAndPrize(d, si, ms, k)...)
		}
	}
	return out
}

// policyFrame proposes ANNOUNCED from the paper ms[k], named between 在/于 and 中, to each
// programme or fund a launch verb after the frame introduces in the same sentence.
func policyFrame(d *doc, si int, ms []mention, k int) []Proposal {
	f, s, p := d.folded, d.sents[si], ms[k]
	after := quotedEnd(d, p.end)
	if p.kind != kg.KindPolicy || after >= s.end || f[after] != '中' || !framedByAt(f, s.start, p.start) {
		return nil
	}
	var out []Proposal
	for i := after + 1; i < s.end; i++ {
		v := wordStartingAt(f, i, zhLaunchVerbs)
		if v == "" {
			continue
		}
		e := i + len([]rune(v))
		if m, ok := kindAfter(d, ms, e, 16, kg.KindProgramme, kg.KindFund); ok {
			out = append(out, frameFact(d, si, "ANNOUNCED", p, m, i, e))
		}
		i = e - 1
	}
	return out
}

// framedByAt reports whether 在 or 于 opens the clause part before position i, with no clause
// break between and at most 20 runes (在今年2月发表的《…》).
func framedByAt(f []rune, start, i int) bool { return frameStart(f, start, i) >= 0 }

// frameStart is where the 在 or 于 that framedByAt finds stands, or -1.
func frameStart(f []rune, start, i int) int {
	for j := i - 1; j >= start && j >= i-20; j-- {
		if isClauseBreak(f[j]) || f[j] == '。' {
			return -1
		}
		if f[j] == '在' || f[j] == '于' {
			return j
		}
	}
	return -1
}

// kindAfter returns the first mention of ms of one of kinds after position e in its clause,
// within n runes of it: the programme or fund a launch verb introduces behind a short
// description (设立总额20亿港元的「丙基金」), the event a verb of holding introduces.
func kindAfter(d *doc, ms []mention, e, n int, kinds ...kg.Kind) (mention, bool) {
	for _, m := range ms {
		if m.start < e {
			continue
		}
		if m.start-e > n || strings.ContainsAny(string(d.folded[e:m.start]), "，,。；;") {
			return mention{}, false
		}
		if slices.Contains(kinds, m.kind) {
			return m, true
		}
	}
	return mention{}, false
}

// frameFact is the fact a frame reader found in sentence si, its trigger the text of [ts, te).
func frameFact(d *doc, si int, typ kg.RelType, from, to mention, ts, te int) Proposal {
	sp := citeSpan(d, si, false, min(from.start, to.start), max(from.end, to.end))
	return Proposal{Kind: KindRelationship, Start: sp.start, End: sp.end, Quote: d.quote(sp), Trigger: string(d.runes[ts:te]),
		Confidence: 0.5, Relationship: &RelationshipProposal{Type: typ, From: from.end_(), To: to.end_()}}
}
