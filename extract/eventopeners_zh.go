package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// A Chinese sentence may open by setting its news at an event: 在前海舉行的「2026深港金融科技
// 合作大會」上，甲與乙簽署落戶協議; 於「亞洲物流峰會」期間，甲宣布…. Whoever the main clause is
// about was at the event: its subject ATTENDED it (the English "At X, Y said …" is read in
// eventopeners_en.go).

// zhEventOpenerFacts proposes SUBJECT ATTENDED EVENT for such sentences.
func zhEventOpenerFacts(d *doc, es *entitySet, have []Proposal) []Proposal {
	if d.lang == "en" {
		return nil
	}
	seen := proposedFacts(have)
	var out []Proposal
	for si, s := range d.sents {
		ms := es.sentenceMentions(s)
		ev, end, ok := zhEventOpener(d, s, ms)
		if !ok {
			continue
		}
		var rest []mention
		for _, m := range ms {
			if m.start >= end {
				rest = append(rest, m)
			}
		}
		fits := func(m mention) bool {
			return (m.kind == kg.KindOrganization || m.kind == kg.KindPerson) && !governmentBody(m.name)
		}
		m, ok := firstSubject(d, span{end, s.end}, rest, fits)
		if !ok || m.start > end+20 || crossesClause(d, end, m.start) {
			continue // the clause's subject stands right after the opener
		}
		for _, m := range listedAfter(d, rest, m) { // 在「乙」上，甲、丙及丁展示了…
			sp := citeSpan(d, si, false, ev.start, m.end)
			out = seen.addNew(out, relAt(d, sp, string(d.runes[ev.start:ev.end]), 0.5,
				&RelationshipProposal{Type: "ATTENDED", From: m.end_(), To: ev.end_()}))
		}
	}
	return out
}

// zhEventOpener finds an opening clause 在/於…<event>上， (or 期間，) at the sentence's start or
// after a date opener, and returns the event and where the main clause starts.
func zhEventOpener(d *doc, s span, ms []mention) (mention, int, bool) {
	f := d.folded
	i := afterTimeOpener(d, s)
	if i >= s.end || f[i] != '在' && f[i] != '于' {
		return mention{}, 0, false
	}
	for k := i + 1; k < s.end && k < i+60; k++ {
		if isClauseBreak(d.runes[k]) || f[k] == '。' {
			break
		}
		for _, w := range []string{"上，", "上,", "期间，", "期间,"} {
			if !hasPrefixAt(f, k, w) {
				continue
			}
			for x := len(ms) - 1; x >= 0; x-- {
				m := ms[x]
				if m.kind == kg.KindEvent && m.start > i && m.end <= k && strings.TrimLeft(string(f[m.end:k]), "」”』\"") == "" {
					return m, k + len([]rune(w)), true
				}
			}
			return mention{}, 0, false
		}
	}
	return mention{}, 0, false
}
