package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// "The accelerator is run by Swire Properties with the Hong Kong Science and Technology Parks
// Corporation": two organisations that run (organise, host, set up) something together, the
// second joined by "with", are partners. "Co-hosted by A and B" names two hosts, no partnership.

// jointAgentVerbs stand before "by A with B".
var jointAgentVerbs = []string{"run", "organised", "organized", "co-organised", "co-organized", "hosted", "co-hosted",
	"set up", "launched", "managed", "operated", "founded", "established"}

// coActorFacts proposes PARTNERED_WITH A–B for "<verb> by A with [the] B".
func coActorFacts(d *doc, es *entitySet) []Proposal {
	if d.lang != "en" {
		return nil
	}
	var out []Proposal
	ms := es.mentions
	for i := 0; i+1 < len(ms); i++ {
		a := ms[i]
		if a.kind != kg.KindOrganization || !agentAfterVerb(d, a.start) {
			continue
		}
		g := string(d.folded[a.end:min(len(d.folded), a.end+10)])
		var gap string
		for _, w := range []string{" with the ", " with "} {
			if strings.HasPrefix(g, w) {
				gap = w
				break
			}
		}
		b := ms[i+1]
		if gap == "" || b.start != a.end+len([]rune(gap)) || b.kind != kg.KindOrganization || sameEntity(a, b) {
			continue
		}
		si := d.sentenceOf(a.start)
		if si != d.sentenceOf(b.start) {
			continue
		}
		sp := citeSpan(d, si, false, a.start, b.end)
		out = append(out, relAt(d, sp, strings.TrimSpace(gap), 0.5, &RelationshipProposal{Type: "PARTNERED_WITH", From: a.end_(), To: b.end_()}))
	}
	return out
}

// agentAfterVerb reports whether "<joint agent verb> by " stands right before i.
func agentAfterVerb(d *doc, i int) bool {
	if !hasSuffixAt(d.folded, i, " by ") {
		return false
	}
	for _, v := range jointAgentVerbs {
		if hasSuffixAt(d.folded, i, " "+v+" by ") {
			return true
		}
	}
	return false
}
