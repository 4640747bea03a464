package extract

import (
	"slices"
	"sort"
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// A policy paper as the frame of a sentence: 在《2026-27年度财政预算案》中预留10亿港元，用于推出
// 「乙计划」; 在发表的2025年施政报告中宣布，将设立「丙基金」. What the sentence launches after
// the frame (推出, 设立, 成立) is what the paper announces, however far the verb stands from it.

// zhLaunchVerbs launch the programme or the fund a policy paper announces.
var zhLaunchVerbs = []string{"推出", "设立", "成立", "开展", "推行"}

// frameFacts reads the frames of Chinese sentences: a policy paper's (policyFrames) and, around
// each mention, a venue's or a prize's (venueAndPrize, occasions_zh.go).
func frameFacts(d *doc, es *entitySet) []Proposal {
	if d.lang == "en" {
		return nil
	}
	var out []Proposal
	for si, s := range d.sents {
		ms := es.sentenceMentions(s)
		out = append(out, policyFrames(d, si, ms)...)
		for k := range ms {
			out = append(out, venueAndPrize(d, si, ms, k)...)
		}
	}
	return out
}

// policyFrames proposes ANNOUNCED from a paper named between 在/于 and 中 to each programme or
// fund a launch verb after the frame introduces in the same sentence; a launch belongs to the
// latest frame before it. One pass over the sentence.
func policyFrames(d *doc, si int, ms []mention) []Proposal {
	f, s := d.folded, d.sents[si]
	var frames []mention // framed papers, in text order
	var afters []int     // where each frame's 中 ends
	for _, p := range ms {
		after := quotedEnd(d, p.end)
		if p.kind == kg.KindPolicy && after < s.end && f[after] == '中' && framedByAt(f, s.start, p.start) {
			frames, afters = append(frames, p), append(afters, after+1)
		} else if p.kind == kg.KindPolicy && basedOnPaper(f, p.start) {
			frames, afters = append(frames, p), append(afters, after) // 按《施政報告》推出的「乙計劃」
		}
	}
	if len(frames) == 0 {
		return nil
	}
	var out []Proposal
	cur := -1
	for i := afters[0]; i < s.end; i++ {
		for cur+1 < len(frames) && afters[cur+1] <= i {
			cur++
		}
		v := wordStartingAt(f, i, zhLaunchVerbs)
		if v == "" {
			continue
		}
		e := i + len([]rune(v))
		if m, ok := kindAfter(d, ms, e, 16, kg.KindProgramme, kg.KindFund); ok {
			out = append(out, frameFact(d, si, "ANNOUNCED", frames[cur], m, i, e))
		}
		i = e - 1
	}
	return out
}

// zhBasedOn say that what follows is done under a paper: 按《2024年施政報告》推出, 根據預算案設立.
var zhBasedOn = []string{"按照", "根据", "依据", "按", "落实"}

// basedOnPaper reports whether one of zhBasedOn stands right before the paper named at i (its
// opening title mark between).
func basedOnPaper(f []rune, i int) bool {
	if i > 0 && (f[i-1] == '《' || f[i-1] == '「' || f[i-1] == '“') {
		i--
	}
	return endsWithAny(f, i, zhBasedOn)
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
	for _, m := range ms[sort.Search(len(ms), func(k int) bool { return ms[k].start >= e }):] {
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
