package extract

import (
	"regexp"

	"github.com/hkgraph/hkgraph/kg"
)

// "The Subscriber has conditionally agreed to subscribe for 120,000,000 new shares at HK$3.25
// each": the subscriber invests in the company whose shares they are; in the company's own
// announcement, the company the text names most often (or the one "shares of X" names).

// A subscription that took place reads the same: "X subscribed for 12 million new shares in Y".
var enSubscribeRe = regexp.MustCompile(`\b(?:(?:agreed|agrees|agree|will|to|has agreed|conditionally agreed)\s+(?:to\s+)?subscribe|subscribed|subscribes|has subscribed) for\b[^.;]{0,60}?\bshares\b`)

// subscriptionFacts proposes SUBSCRIBER INVESTED_IN ISSUER.
func subscriptionFacts(d *doc, es *entitySet) []Proposal {
	if d.lang != "en" {
		return nil
	}
	var out []Proposal
	for si, s := range d.sents {
		text := d.sentenceText(si)
		loc := enSubscribeRe.FindStringIndex(text)
		if loc == nil {
			continue
		}
		at, end := runeSpan(text, s.start, loc)
		ms := es.sentenceMentions(s)
		var sub mention
		found := false
		for _, m := range ms {
			if m.start < at && (m.kind == kg.KindOrganization || m.kind == kg.KindFund) {
				sub, found = m, true
				break
			}
		}
		if !found {
			continue
		}
		issuer, ok := mention{}, false
		if hasPrefixAt(d.folded, end, " of ") || hasPrefixAt(d.folded, end, " in ") {
			issuer, ok = orgMentionAt(ms, end+4)
			if !ok && hasPrefixAt(d.folded, end+4, "the ") {
				issuer, ok = orgMentionAt(ms, end+8)
			}
		}
		if !ok {
			issuer, ok = mostNamedBefore(d, es, s.start, func(m mention) bool { return m.kind == kg.KindOrganization && !sameEntity(m, sub) })
		}
		if !ok || sameEntity(issuer, sub) {
			continue
		}
		sp := citeSpan(d, si, false, sub.start, end)
		out = append(out, relAt(d, sp, string(d.runes[at:end]), 0.5, &RelationshipProposal{Type: "INVESTED_IN", From: sub.end_(), To: issuer.end_()}))
	}
	return out
}
