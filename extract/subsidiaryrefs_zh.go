package extract

import "github.com/hkgraph/hkgraph/kg"

// 其全資子公司甲（深圳）有限公司正式入駐前海。深圳子公司由乙出任總經理…子公司將於明年在南沙設立辦事處:
// a clause that opens with 子公司 (after a place, 該 or 新) refers to the subsidiary the text
// introduced as one (子公司甲), not to the parent that opens the sentences before. It becomes a
// mention of that subsidiary, so the cues pair it as they pair the name.

// zhSubsidiaryNoun is the noun that refers back to a subsidiary.
const zhSubsidiaryNoun = "子公司"

// subsidiaryReach is how many sentences back the subsidiary referred to is looked for.
const subsidiaryReach = 12

// zhSubsidiaryRefOpeners may stand between a clause's start and the noun.
var zhSubsidiaryRefOpeners = []string{"该", "这家", "新", "新设", "其"}

// subsidiaryRefs adds a mention for each such reference.
func subsidiaryRefs(d *doc, es *entitySet) {
	if d.lang == "en" {
		return
	}
	noun := []rune(zhSubsidiaryNoun)
	var added []mention
	for si, s := range d.sents {
		ms := es.sentenceMentions(s)
		for i := s.start; i+len(noun) <= s.end; i++ {
			if d.folded[i] != noun[0] || !hasPrefixAt(d.folded, i, zhSubsidiaryNoun) {
				continue
			}
			e := i + len(noun)
			if insideMention(ms, i) || overlapsMention(ms, i, e) || startsMention(ms, e) || !subsidiaryRefOpens(d, s, ms, i) {
				continue // 子公司甲: a descriptor before the name, not a reference
			}
			if m, ok := describedSubsidiary(d, es, si, i); ok {
				added = append(added, mention{start: i, end: e, name: m.name, id: m.id, key: m.key, kind: m.kind})
			}
		}
	}
	es.addMentions(added)
	es.bySentence, es.namedNew = nil, nil // the passes after this one change mentions in place: no stale table
}

// subsidiaryRefOpens reports whether 子公司 at i opens its clause: only a place mention or one of
// zhSubsidiaryRefOpeners stands between the clause's start and it (深圳子公司由…, 該子公司將…).
func subsidiaryRefOpens(d *doc, s span, ms []mention, i int) bool {
	j := i
	if w := wordEndingAt(d.folded, j, zhSubsidiaryRefOpeners); w != "" {
		j -= len([]rune(w))
	}
	if p, ok := sortedMentionEndingAt(ms, j); ok && p.kind == kg.KindPlace {
		j = p.start
	}
	return j == s.start || isClauseBreak(d.runes[j-1])
}

// describedSubsidiary is the nearest organisation before position i (in sentence si or the
// subsidiaryReach before it: a subsidiary is introduced once, then referred to for paragraphs) that the text introduced with 子公司 right before its name.
func describedSubsidiary(d *doc, es *entitySet, si, i int) (mention, bool) {
	for j := si; j >= 0 && j >= si-subsidiaryReach; j-- {
		ms := es.sentenceMentions(d.sents[j])
		for k := len(ms) - 1; k >= 0; k-- {
			m := ms[k]
			if m.end <= i && m.kind == kg.KindOrganization && hasSuffixAt(d.folded, m.start, zhSubsidiaryNoun) {
				return m, true
			}
		}
	}
	return mention{}, false
}
