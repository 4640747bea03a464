package extract

import (
	"regexp"

	"github.com/hkgraph/hkgraph/kg"
)

// "The start-up now writes more than 1.2 million policies a year in Hong Kong, Singapore and
// Malaysia", "Nimbus sells its drones in Japan and Korea": a company's business verb, what it
// sells, and "in"/"across" a list of places name its markets (TARGETS_MARKET). The subject is
// the company the sentence opens with, or the one a pronoun opening refers back to. Past
// participles that also modify nouns ("distributed solar", "delivered goods") are left out.

var enMarketVerbRe = regexp.MustCompile(`\b(?:sells|sold|selling|writes|wrote|ships|distributes|markets|offers|serves|served|processes|handles|delivers|insures|issues|deploys|licenses|exports|supplies|operates|runs)\b(?: (?:[^,;:.()"“”]|\.[0-9]){0,60}?)? (?:in|across|throughout) (?:the )?$`)

// marketVerbFacts proposes COMPANY TARGETS_MARKET PLACE for each place of the list after such
// a verb phrase.
func marketVerbFacts(d *doc, es *entitySet) []Proposal {
	if d.lang != "en" {
		return nil
	}
	var out []Proposal
	for si, s := range d.sents {
		ms := es.sentenceMentions(s)
		for k, p := range ms {
			if p.kind != kg.KindPlace || k > 0 && ms[k-1].kind == kg.KindPlace && listGap(string(d.folded[ms[k-1].end:p.start])) {
				continue // the list's first place opens it
			}
			head := string(d.folded[max(s.start, p.start-90):p.start])
			if !enMarketVerbRe.MatchString(head) {
				continue
			}
			org, prev, ok := sentenceCompany(d, es, si, ms)
			if !ok || org.start > p.start {
				continue
			}
			places := []mention{p}
			for j := k + 1; j < len(ms) && ms[j].kind == kg.KindPlace && listGap(string(d.folded[ms[j-1].end:ms[j].start])); j++ {
				places = append(places, ms[j])
			}
			for _, x := range places {
				sp := citeSpan(d, si, prev, min(org.start, p.start), x.end)
				out = append(out, relAt(d, sp, "in", 0.5, &RelationshipProposal{Type: "TARGETS_MARKET", From: org.end_(), To: x.end_()}))
			}
		}
	}
	return out
}
