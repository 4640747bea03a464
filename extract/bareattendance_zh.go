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
var zhBareAttendEnds = []string{"并", "及", "和", "，", "。", "；", "、", ",",
	"致辞", "发言", "见证"} // 到場致辭, 出席見證: what the attendee did there, no event named

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
		event := lazyEvent(d, events, si)
		for i := s.start; i < s.end; i++ {
			v := wordStartingAt(d.folded, i, zhBareAttendVerbs)
			if v == "" || !wordAt(d.folded, i+len([]rune(v)), zhBareAttendEnds) && i+len([]rune(v)) < s.end {
				continue
			}
			ev, ok := event()
			if !ok {
				break
			}
			for _, m := range attendeesBefore(d, es.sentenceMentions(s), i) {
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

// lazyEvent looks up sentence si's event (latestOrSoleEvent) on the first call only: the
// readers ask for it when a verb of attending is found, not for every sentence of the text.
func lazyEvent(d *doc, events []mention, si int) func() (mention, bool) {
	var ev mention
	var ok, looked bool
	return func() (mention, bool) {
		if !looked {
			ev, ok = latestOrSoleEvent(d, events, si)
			looked = true
		}
		return ev, ok
	}
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

// Lists of who came: 出席嘉賓包括甲、乙及丙; 出席論壇的還有局長丁，以及來自戊、己等機構的代表. Every
// person listed, and every organisation listed but not as the employer before a person's title
// (局長丁's 局), attended the event named last (or the one the opener names).

// zhAttendeeListEnds close the opener of such a list when 出席 or 與會 stands before them.
var zhAttendeeListEnds = []string{"的还有", "的嘉宾包括", "嘉宾包括", "嘉宾有", "者包括", "的嘉宾有"}

// attendeeListFacts proposes ATTENDED for each name such a list holds.
func attendeeListFacts(d *doc, es *entitySet, have []Proposal) []Proposal {
	events := fullEvents(d, es)
	if len(events) == 0 {
		return nil
	}
	seen, out := proposedFacts(have), []Proposal(nil)
	for si, s := range d.sents {
		open := attendeeListOpener(d, s)
		if open < 0 {
			continue
		}
		ev, ok := latestOrSoleEvent(d, events, si)
		if !ok {
			continue
		}
		ms := es.sentenceMentions(s)
		for k, m := range ms {
			if m.start < open || m.weak || m.kind != kg.KindPerson && m.kind != kg.KindOrganization {
				continue
			}
			if m.kind == kg.KindOrganization && k+1 < len(ms) && titledBy(d, m, ms[k+1]) {
				continue // 商務局局長陳志遠: the person attends
			}
			sp := citeSpan(d, si, false, m.start, m.end)
			out = seen.addNew(out, relAt(d, sp, string(d.runes[s.start:open]), 0.45, &RelationshipProposal{Type: "ATTENDED", From: m.end_(), To: ev.end_()}))
		}
	}
	return out
}

// attendeeListOpener is where the list after 出席…的還有 / 出席嘉賓包括 starts in sentence s (-1
// for none): the opener stands at the clause's start.
func attendeeListOpener(d *doc, s span) int {
	f := d.folded
	for i := s.start; i < s.end && i < s.start+20; i++ {
		if isClauseBreak(d.runes[i]) {
			return -1
		}
		if !wordAt(f, i, []string{"出席", "与会"}) {
			continue
		}
		for j := i + 2; j < s.end && j < i+18; j++ {
			if isClauseBreak(d.runes[j]) {
				return -1
			}
			if w := wordStartingAt(f, j, zhAttendeeListEnds); w != "" {
				return j + len([]rune(w))
			}
		}
		return -1
	}
	return -1
}
