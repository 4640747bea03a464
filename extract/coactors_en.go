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

// "Orchid Capital invested in Bolt Labs together with Vertex Ventures", "X joined the programme
// along with Y": a name joined by "together with" or "along with" after a cue's object does
// what the subject does; it is no second object. enCoAgentGlue is that joining phrase.
var enCoAgentGlue = []string{"together with", "together with the", "along with", "along with the"}

// coAgentsFromObject moves such names from the object list to to the subject list from, when
// the cue is directed (a symmetric one reads either way) and the name fits a subject.
func coAgentsFromObject(d *doc, c *relCue, from, to []mention) ([]mention, []mention) {
	if d.lang != "en" || c.flags["sym"] || len(from) == 0 || len(to) < 2 {
		return from, to
	}
	for k := 1; k < len(to); k++ {
		gap := strings.TrimSpace(strings.ToLower(string(d.folded[to[k-1].end:to[k].start])))
		gap = strings.TrimSpace(strings.TrimLeft(gap, ","))
		if !contains(enCoAgentGlue, gap) || !fitsCue(c, 0, to[k].kind) {
			continue
		}
		// Everything from the glue on is a co-agent: "together with A and B".
		agents := append([]mention(nil), to[k:]...)
		for _, a := range agents {
			if !fitsCue(c, 0, a.kind) {
				return from, to
			}
		}
		return append(append([]mention(nil), from...), agents...), to[:k:k]
	}
	return from, to
}
