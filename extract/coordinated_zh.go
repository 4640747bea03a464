package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// 光啟生物由港大教授梁志偉創立，目前於香港科學園營運，並已加入「Incu-Bio」計劃: a clause that
// opens with 並/亦/同時 and has no subject of its own shares the sentence's subject (光啟生物),
// not the name nearest before it (梁志偉, named inside the clause before).

// zhCoordinators open a clause that continues the sentence's subject's predicates.
var zhCoordinators = []string{"并已", "并于", "并将", "并在", "并", "亦", "同时", "随后", "其后", "目前"}

// zhCoordinatedSubject returns the sentence's opening name for the side of a Chinese cue filled
// from the left (slots) when the cue's clause opens with one of zhCoordinators, names no one
// before the cue, and the name the left slot took stands in another clause; ok with no name
// (m.end == 0) when that opening name cannot fill the side (甲公司…，並已加入丙: no one's job).
func zhCoordinatedSubject(d *doc, ms []mention, si int, c *relCue, h cueHit, side int, slots []string, from []mention) (mention, bool) {
	s := d.sents[si]
	if d.lang == "en" || len(slots) == 0 || slots[0] != "L" || len(from) != 1 || c.flags["adj"] ||
		from[0].start < s.start || from[0].end > h.start {
		return mention{}, false
	}
	cs := zhClauseStart(d, h.start)
	if cs <= s.start || from[0].end > cs || wordStartingAt(d.folded, cs, zhCoordinators) == "" {
		return mention{}, false
	}
	for _, m := range ms {
		if m.start >= cs && m.end <= h.start {
			return mention{}, false
		}
	}
	if clauseSubject(d, ms, from[0]) {
		return mention{}, false // 其創辦人麥浩然將留任，並獲委任加入董事會: the clause before has its own subject
	}
	for p := from[0].end; p < cs; p++ {
		if isClauseBreak(d.runes[p-1]) && wordStartingAt(d.folded, p, zhCoordinators) == "" && wordStartingAt(d.folded, p, zhTimeWords) == "" {
			return mention{}, false // 收購乙，後者隨即成為其附屬公司，並落戶…: a clause between with its own subject
		}
	}
	start := afterTimeOpener(d, s)
	for _, m := range ms {
		if m.start < start {
			continue
		}
		if m.start != start || sameEntity(m, from[0]) || possessorAt(d.folded, m.end) {
			break
		}
		if !fitsCue(c, side, m.kind) {
			return mention{}, true
		}
		return m, true
	}
	return mention{}, false
}

// mentionOrNone is m alone, or nothing for the empty mention.
func mentionOrNone(m mention) []mention {
	if m.end == 0 {
		return nil
	}
	return []mention{m}
}

// clauseSubject reports whether m is the subject of its clause: nothing but titles and a
// pronoun before it there (其創辦人兼行政總裁麥浩然), no name and no preposition or passive
// marker (由港大教授梁志偉創立: an agent, not the subject).
func clauseSubject(d *doc, ms []mention, m mention) bool {
	cs := zhClauseStart(d, m.start)
	for _, x := range ms {
		if x.start >= cs && x.end <= m.start {
			return false
		}
	}
	for _, r := range d.folded[cs:m.start] {
		if strings.ContainsRune("由获被向与和对在于从将把", r) {
			return false
		}
	}
	return true
}

// clauseOpeningName returns the name that opens the Chinese clause holding position i
// after a report verb's clause (甲表示，该计划由乙资助: 该计划, the 「…计划」 named before):
// the clause's own subject, which the speaker's company does not stand in for (ok with the
// empty mention when it cannot fill the slot).
func clauseOpeningName(d *doc, es *entitySet, si int, ms []mention, i int, fits func(mention) bool) (mention, bool) {
	if d.lang == "en" {
		return enReportedClauseSubject(d, es, si, ms, i, fits) // "Tam said ClearPort has raised…" (reportedclauses_en.go)
	}
	cs := zhClauseStart(d, i)
	if cs == 0 || !isClauseBreak(d.runes[cs-1]) || !reportVerbBefore(d.folded, cs-1) {
		return mention{}, false
	}
	for _, m := range ms {
		if m.start == cs && m.end <= i && m.kind != kg.KindPlace {
			if !fits(m) {
				return mention{}, true // the clause's subject cannot fill the slot: no one else does
			}
			return m, true
		}
	}
	return mention{}, false
}

// reportVerbBefore reports whether a verb of saying ends right before position k (表示，…).
func reportVerbBefore(f []rune, k int) bool {
	for _, v := range []string{"表示", "指出", "透露", "称", "说", "强调", "介绍"} {
		if hasSuffixAt(f, k, v) {
			return true
		}
	}
	return false
}

// invitedBy reports whether the name right before a Chinese cue at i is the agent of an
// invitation (获甲邀请进驻, 应甲邀请出席): the clause's subject is who was invited, not 甲.
func invitedBy(d *doc, ms []mention, i int) bool {
	if d.lang == "en" {
		return false
	}
	j := i
	if hasSuffixAt(d.folded, j, "邀请") {
		j -= 2
	} else {
		return false
	}
	for _, m := range ms {
		if m.end == j {
			return strings.ContainsRune("获受应", at2(d.folded, m.start-1))
		}
	}
	return false
}
