package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// A report on an event says who came without naming the event again: 推介會由甲主辦，副市長乙
// 出席並致辭; 運輸及物流局副局長丙亦有出席; 本地初創「丁」同樣參展. A verb of attending with no
// object says its subject (and the names listed with it) attended the event the text named last.

// zhBareAttendVerbs attend with no object after them.
var zhBareAttendVerbs = []string{"出席", "参展", "莅临", "到场"}

// zhBareAttendEnds may follow such a verb: its object is left out.
var zhBareAttendEnds = []string{"并", "及", "和", "，", "。", "；", "、", ","}

// zhAttendAdverbs stand between the subject and the verb (亦有出席, 同樣參展).
var zhAttendAdverbs = []string{"亦有", "也有", "亦", "也", "同样", "均", "都", "亲自", "一同", "等"}

// bareAttendanceFacts proposes SUBJECT ATTENDED EVENT for such verbs.
func bareAttendanceFacts(d *doc, es *entitySet, have []Proposal) []Proposal {
	events := fullEvents(d, es)
	if len(events) == 0 {
		return nil
	}
	seen, out := proposedFacts(have), []Proposal(nil)
	for si, s := range d.sents {
		ev, ok := latestOrSoleEvent(d, events, si)
		if !ok {
			continue
		}
		ms := es.sentenceMentions(s)
		for i := s.start; i < s.end; i++ {
			v := wordStartingAt(d.folded, i, zhBareAttendVerbs)
			if v == "" || !wordAt(d.folded, i+len([]rune(v)), zhBareAttendEnds) && i+len([]rune(v)) < s.end {
				continue
			}
			for _, m := range attendeesBefore(d, ms, i) {
				sp := citeSpan(d, si, false, m.start, i+len([]rune(v)))
				out = seen.addNew(out, relAt(d, sp, string(d.runes[i:i+len([]rune(v))]), 0.45, &RelationshipProposal{Type: "ATTENDED", From: m.end_(), To: ev.end_()}))
			}
		}
	}
	return out
}

// latestOrSoleEvent is the event named last within four sentences before the end of sentence
// si, or the only event the text names when it was named before si.
func latestOrSoleEvent(d *doc, events []mention, si int) (mention, bool) {
	if ev, ok := latestEvent(d, events, si); ok {
		return ev, true
	}
	if soleEvent(events) && events[0].end <= d.sents[si].start {
		return events[0], true
	}
	return mention{}, false
}

// attendeesBefore are the person or organisation right before position i (adverbs between,
// a closing quote) and the names listed before it with 、, 及, 和 or 與.
func attendeesBefore(d *doc, ms []mention, i int) []mention {
	f := d.folded
	j := i
	for again := true; again; {
		again = false
		for _, w := range zhAttendAdverbs {
			if hasSuffixAt(f, j, w) {
				j -= len([]rune(w))
				again = true
			}
		}
	}
	if j > 0 && strings.ContainsRune("」”』", d.runes[j-1]) {
		j--
	}
	var out []mention
	for k := len(ms) - 1; k >= 0; k-- {
		m := ms[k]
		if m.end > j {
			continue
		}
		if m.end != j || m.kind != kg.KindPerson && m.kind != kg.KindOrganization || m.weak {
			break
		}
		out = append(out, m)
		j = m.start
		if j > 0 && strings.ContainsRune("「“『", d.runes[j-1]) {
			j--
		}
		if j > 0 && strings.ContainsRune("、及和与", f[j-1]) {
			j--
			if j > 0 && strings.ContainsRune("」”』", d.runes[j-1]) {
				j--
			}
			continue
		}
		break
	}
	return out
}
