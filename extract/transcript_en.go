package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// enGuestLabels introduce the one who answers in a transcript's header ("Guest: Marcus Yip,
// co-founder and CEO of LedgerLoop").
var enGuestLabels = []string{"Guest:", "Interviewee:", "Speaker:"}

// enAnswerLabels open the guest's turns.
var enAnswerLabels = []string{"A:", "Answer:"}

// guestTurns reads an English transcript whose header names its guest and the guest's
// organisation: in the answer turns ("A: …") "I" stands for the guest and "we", "our" for
// the organisation, so every cue that takes a name takes them ("A: In May we signed an
// agreement with DBS": LedgerLoop partnered with DBS). Questions keep their words: there "I"
// is the host.
func guestTurns(d *doc, es *entitySet) {
	if d.lang != "en" {
		return
	}
	guest, org, ok := transcriptGuest(d, es.mentions)
	answer := func(start, end int) bool { return labelAt(d, start, end, enAnswerLabels) }
	if !ok {
		guest, org, ok = qaHeadlineGuest(d, es.mentions)
		answer = qaAnswerLines(d)
	}
	if !ok {
		return
	}
	var added []mention
	for start, end := range d.lines(0) {
		if answer(start, end) {
			added = append(added, spokenRefs(d, es.mentions, guest, org, start, end)...)
			es.answers = append(es.answers, [2]int{start, end})
		}
	}
	if len(es.answers) > 0 {
		es.answerOrg = &org // "A: a Series A led by X": the guest's company raised it
	}
	es.addMentions(added)
}

// transcriptGuest finds the header line "Guest: <person>, … of <organisation>" and returns the
// person and the first organisation after them on that line.
func transcriptGuest(d *doc, ms []mention) (guest, org mention, ok bool) {
	for start, end := range d.lines(0) {
		line := string(d.runes[start:end])
		for _, l := range enGuestLabels {
			i := strings.Index(line, l)
			if i < 0 || i > 0 && line[i-1] != ' ' {
				continue
			}
			at := start + len([]rune(line[:i]))
			var p *mention
			for k := range ms {
				m := ms[k]
				if m.start < at || m.end > end {
					continue
				}
				if p == nil && m.kind == kg.KindPerson {
					p = &ms[k]
				} else if p != nil && m.kind == kg.KindOrganization && m.key+m.id != "" {
					return *p, m, true
				}
			}
		}
	}
	return mention{}, mention{}, false
}

// labelAt reports whether the line [start, end) opens with one of labels.
func labelAt(d *doc, start, end int, labels []string) bool {
	line := strings.TrimLeft(string(d.runes[start:end]), " \t")
	for _, l := range labels {
		if strings.HasPrefix(line, l) {
			return true
		}
	}
	return false
}

// spokenRefs are the mentions of the guest (I) and the organisation (we, our) in [from, to).
func spokenRefs(d *doc, ms []mention, guest, org mention, from, to int) []mention {
	taken := func(s, e int) bool {
		for _, m := range ms {
			if m.start < e && s < m.end {
				return true
			}
		}
		return false
	}
	var out []mention
	for i := from; i < to; i++ {
		if !isLatinLetter(d.runes[i]) || i > 0 && isWordRune(d.runes[i-1]) {
			continue
		}
		e := i
		for e < to && isLatinLetter(d.runes[e]) {
			e++
		}
		w := string(d.runes[i:e])
		var src mention
		switch {
		case contains(enWeWords, w):
			src = org
		case w == "I":
			src = guest
		case (w == "my" || w == "My") && roleAfterPossessive(d, e):
			src = org // "My co-founder Aisha Noor": the organisation's co-founder (other "my"s stay words)
		default:
			i = e
			continue
		}
		if !taken(i, e) {
			out = append(out, mention{start: i, end: e, name: src.name, id: src.id, key: src.key, kind: src.kind})
		}
		i = e
	}
	return out
}
