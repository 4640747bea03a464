package extract

import (
	"regexp"

	"github.com/hkgraph/hkgraph/kg"
)

// "Omar Al Hashimi, a managing director of the Subscriber, will be appointed a non-executive
// Director upon completion": in a company's own announcement, a person appointed a director
// with no company named takes a seat on the board of the company the text is by (MEMBER_OF).

var enBoardAppointmentRe = regexp.MustCompile(`\b(will be|was|has been|is to be|is|were|have been) appointed (?:as )?(?:an? )?(?:independent )?(?:non-executive |executive )?directors?\b`)

// boardAppointmentFacts proposes PERSON MEMBER_OF ISSUER for each such sentence whose first
// name is a person's.
func boardAppointmentFacts(d *doc, es *entitySet) []Proposal {
	if d.lang != "en" {
		return nil
	}
	var out []Proposal
	for si, s := range d.sents {
		text := d.sentenceText(si)
		loc := enBoardAppointmentRe.FindStringSubmatchIndex(text)
		if loc == nil {
			continue
		}
		at, end := runeSpan(text, s.start, loc)
		if hasPrefixAt(d.folded, end, " of ") || hasPrefixAt(d.folded, end, " at ") {
			continue // "appointed a director of X": X's cue reads it
		}
		ms := es.sentenceMentions(s)
		if len(ms) == 0 || ms[0].kind != kg.KindPerson || ms[0].start >= at {
			continue
		}
		issuer, ok := mostNamedBefore(d, es, s.start, func(m mention) bool { return m.kind == kg.KindOrganization })
		if !ok {
			continue
		}
		r := &RelationshipProposal{Type: "MEMBER_OF", From: ms[0].end_(), To: issuer.end_()}
		if text[loc[2]:loc[3]] == "will be" || text[loc[2]:loc[3]] == "is to be" {
			r.Status = "PLANNED"
		}
		sp := citeSpan(d, si, false, ms[0].start, end)
		out = append(out, relAt(d, sp, string(d.runes[at:end]), 0.5, r))
	}
	return out
}
