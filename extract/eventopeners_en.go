package extract

import (
	"regexp"

	"github.com/hkgraph/hkgraph/kg"
)

// "At the summit, Shanghai-based JunoCell said …", "Speaking at the forum, Mary Tam said",
// "Opening the event, Dr Peter Wong said", "On the sidelines of the fair, X signed …": a
// sentence that opens at an event has its subject there (ATTENDED).

var enEventOpenerRe = regexp.MustCompile(`^(?:at|speaking at|speaking on the sidelines of|on the sidelines of|during|opening|closing|addressing|speaking to|speaking during|in a keynote at|in his keynote at|in her keynote at|on the first day of|on the second day of) (?:the )?$`)

// eventOpenerFacts proposes SUBJECT ATTENDED EVENT for such sentences.
func eventOpenerFacts(d *doc, es *entitySet) []Proposal {
	var out []Proposal
	for si, ms := range englishSentences(d, es, 0) {
		s := d.sents[si]
		for k, e := range ms {
			if e.kind != kg.KindEvent || e.start-s.start > 45 {
				continue
			}
			head := string(d.folded[s.start:e.start])
			if !enEventOpenerRe.MatchString(lowerASCII(head)) || !hasPrefixAt(d.folded, e.end, ", ") {
				break
			}
			subj, ok := openerSubject(d, ms[k+1:], e.end+2)
			if !ok {
				break
			}
			for _, m := range listedAfter(d, ms[k+1:], subj) { // "At the expo, A, B and C showcased …"
				sp := citeSpan(d, si, false, s.start, m.end)
				out = append(out, relAt(d, sp, head, 0.5, &RelationshipProposal{Type: "ATTENDED", From: m.end_(), To: e.end_()}))
			}
			break
		}
	}
	return out
}

// openerSubject is the subject right after an opening phrase that ends at i: the first
// person within a title's reach ("Under Secretary for Health Dr X"), or the organisation the
// clause opens with (a place's modifier may stand before it).
func openerSubject(d *doc, ms []mention, i int) (mention, bool) {
	for _, m := range ms {
		if m.start-i > 60 {
			break
		}
		if m.kind == kg.KindPerson {
			return m, true
		}
	}
	for _, m := range ms {
		if m.start-i > 30 {
			break
		}
		if m.kind == kg.KindOrganization && !m.weak {
			return m, true
		}
	}
	return mention{}, false
}

// lowerASCII lowers the ASCII letters of s.
func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
