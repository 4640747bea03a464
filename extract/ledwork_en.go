package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// "a large-language-model project at the Hong Kong Polytechnic University led by Professor
// Grace Yip": the person who leads a piece of work at an organisation works there (the work
// is no funding round, so personLedWork keeps "led by" from reading an investor).

// workNouns are the pieces of work a person leads at an organisation.
var workNouns = wordSet(`project projects team teams lab laboratory group study trial programme research centre`)

// ledWorkFacts proposes PERSON WORKED_AT ORG for "<work noun> at [the] ORG led by [title] PERSON".
func ledWorkFacts(d *doc, es *entitySet) []Proposal {
	if d.lang != "en" {
		return nil
	}
	var out []Proposal
	ms := es.mentions
	for i := 0; i+1 < len(ms); i++ {
		org, p := ms[i], ms[i+1]
		if org.kind != kg.KindOrganization || p.kind != kg.KindPerson || p.start-org.end > 24 {
			continue
		}
		gap := string(d.folded[org.end:p.start])
		if !strings.HasPrefix(gap, " led by ") || !titleOnly(strings.TrimPrefix(gap, " led by ")) {
			continue
		}
		head := string(d.folded[max(0, org.start-40):org.start])
		head = strings.TrimSuffix(strings.TrimSuffix(head, "the "), " ")
		if !strings.HasSuffix(head, " at") {
			continue
		}
		ws := strings.Fields(strings.TrimSuffix(head, " at"))
		if len(ws) == 0 || !workNouns[ws[len(ws)-1]] {
			continue
		}
		si := d.sentenceOf(org.start)
		if si < 0 || si != d.sentenceOf(p.start) {
			continue
		}
		sp := citeSpan(d, si, false, org.start, p.end)
		out = append(out, relAt(d, sp, "led by", 0.5, &RelationshipProposal{Type: "WORKED_AT", From: p.end_(), To: org.end_()}))
	}
	return out
}

// titleOnly reports whether s holds nothing but honorific or academic titles ("professor ",
// "dr ", "").
func titleOnly(s string) bool {
	for _, w := range strings.Fields(s) {
		if !honorifics[strings.ToUpper(w[:1])+w[1:]] {
			return false
		}
	}
	return true
}
