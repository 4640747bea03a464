package extract

import (
	"regexp"

	"github.com/hkgraph/hkgraph/kg"
)

// The English side of bareattendance_zh.go: "Kelpie Dynamics also exhibited.", "Norbright
// exhibited in the start-up zone", "Tallis Bank was also there": a verb of exhibiting or being
// there with no event after it says its subject (and the names listed before it) attended the
// event the text named last. (Speaking and presenting are left out: "spoke on condition of
// anonymity", "presented its results".)

// enBareAttendRe follows the subject: the verb, with no "at" or "to" naming another occasion.
var enBareAttendRe = regexp.MustCompile(`^(?:also |too |likewise )?(?:exhibited|exhibits|exhibited too|was also there|were also there|was also present|were also present|attended too)(?:[.,;]| (?:in|on|during|alongside|with|its|their|a|an|the)\b)`)

// bareAttendanceFactsEn proposes SUBJECT ATTENDED EVENT for such sentences.
func bareAttendanceFactsEn(d *doc, es *entitySet) []Proposal {
	events := es.where(func(m mention) bool {
		return m.kind == kg.KindEvent && !award(m.name) && m.key+m.id != ""
	})
	if len(events) == 0 {
		return nil
	}
	var out []Proposal
	for si, ms := range englishSentences(d, es, 0) {
		event := lazyEvent(d, events, si)
		s := d.sents[si]
		for _, m := range ms {
			if m.kind != kg.KindOrganization && m.kind != kg.KindPerson || m.weak || m.end >= s.end || d.runes[m.end] != ' ' {
				continue
			}
			rest := string(d.folded[m.end+1 : s.end])
			if !enBareAttendRe.MatchString(rest) || !endsClauseAfter(rest) {
				continue
			}
			ev, ok := event()
			if !ok {
				break
			}
			for _, a := range listedBefore(d, ms, m) {
				sp := citeSpan(d, si, false, s.start, s.end)
				out = append(out, relAt(d, sp, "exhibited", 0.45, &RelationshipProposal{Type: "ATTENDED", From: a.end_(), To: ev.end_()}))
			}
		}
	}
	return out
}

// enOtherOccasionRe names another place of attending in the clause: "spoke at a dinner",
// "presented to investors", "pitched to the board".
var enOtherOccasionRe = regexp.MustCompile(`^[^.;]*? (?:at|to)\b`)

// endsClauseAfter reports whether the verb's clause names no other occasion with at or to.
func endsClauseAfter(rest string) bool {
	return !enOtherOccasionRe.MatchString(rest)
}
