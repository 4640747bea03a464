package extract

import (
	"regexp"
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// enTitleFirstRe is a sentence's opening post over a unit before the organisation that holds
// it: "Associate Director-General of Investment Promotion at ", "Head of Sales at the ".
var enTitleFirstRe = regexp.MustCompile(`^(?:[a-z-]+ ){0,3}(?:head|dean|director|director-general|chief|vice[- ]president|president|manager|lead|leader|chair|chairman|chairwoman|officer|partner|commissioner|secretary)(?: of [^,;:()"“”]{1,50}?)? at (?:the )?$`)

// titleFirstFacts proposes PERSON WORKED_AT ORG for a sentence that opens with the post and
// the organisation and names the person after them in an apposition: "Head of Sales at X,
// Ms. Jane Lee, said …" (the post-before-name order of press releases).
func titleFirstFacts(d *doc, es *entitySet) []Proposal {
	var out []Proposal
	for si, ms := range englishSentences(d, es, 0) {
		s := d.sents[si]
		start := afterTimeOpener(d, s)
		for i := 0; i+1 < len(ms); i++ {
			o, p := ms[i], ms[i+1]
			if o.start-start > 120 {
				break // a post that opens the sentence is short (and a long sentence is read once)
			}
			if o.kind != kg.KindOrganization || o.weak || p.kind != kg.KindPerson || o.start <= start {
				continue
			}
			if !enTitleFirstRe.MatchString(string(d.folded[start:o.start])) || !apposedPerson(d, o.end, p.start) {
				continue
			}
			r := &RelationshipProposal{Type: "WORKED_AT", From: p.end_(), To: o.end_()}
			out = append(out, relAt(d, citeSpan(d, si, false, start, p.end), string(d.runes[start:o.start]), 0.5, r))
			break
		}
	}
	return out
}

// apposedPerson reports whether only ", " and an honorific stand in [e, s): the person's name
// follows the organisation as an apposition.
func apposedPerson(d *doc, e, s int) bool {
	g := string(d.runes[e:s])
	if !strings.HasPrefix(g, ", ") {
		return false
	}
	g = strings.TrimSpace(g[2:])
	return g == "" || honorifics[g]
}
