package extract

import (
	"regexp"
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// English place cues with a gap ("to open * in", "opened its * office") read a noun phrase in
// the gap: what the company opens, builds or launches. Two things follow from that.

// placeCue reports whether c is an English cue of where an organisation is or sells.
func placeCue(c *relCue) bool {
	return c.lang == "en" && c.gap && (c.typ == "LOCATED_IN" || c.typ == "TARGETS_MARKET")
}

// clauseJointAt reports whether a new clause starts at k, inside what a gapped place cue would
// otherwise read as its noun phrase: a comma, semicolon or colon, or "and" before a verb
// ("plans to open a Singapore office next year and is in talks with …").
func clauseJointAt(d *doc, k int) bool {
	if strings.ContainsRune(",;:", at(d.runes, k)) && at(d.runes, k+1) == ' ' {
		return true // (not the comma of a number: "a 5,000 sq ft lab in")
	}
	if !hasPrefixAt(d.folded, k, " and ") {
		return false
	}
	w := k + len(" and ")
	e := w
	for e < len(d.folded) && isLatinLetter(d.folded[e]) {
		e++
	}
	return jointVerbs[strings.ToLower(string(d.folded[w:e]))]
}

// jointVerbs open a verb phrase after "and": the subject's next statement, not the noun phrase.
var jointVerbs = map[string]bool{"is": true, "are": true, "was": true, "were": true, "has": true, "have": true,
	"had": true, "will": true, "would": true, "plans": true, "planned": true, "said": true, "says": true,
	"expects": true, "aims": true, "hopes": true, "can": true, "could": true, "may": true}

// coverEnd is how far a cue hit keeps other cues from starting: to its end, except that an
// English place cue whose gap holds the place (open its * office) leaves the noun after the
// gap free, so that "office in" can still read a place after it when the gap names none
// ("opened its first overseas office in Hong Kong").
func coverEnd(c *relCue, h cueHit, end int) int {
	if placeCue(c) && h.gap.end > h.gap.start {
		return h.gap.end
	}
	return end
}

// enMarketActionRe: the noun phrase of a gapped site cue that names an entry into a market,
// not a site ("will fund a launch in Japan", "would pay for an expansion in Vietnam", "to build a
// customer base in Malaysia"): the place is where it will sell, and the market cues read it.
var enMarketActionRe = regexp.MustCompile(`^ (?:(?:commercial|regional|overseas|international|full|formal|product|market|wider|further|gradual|planned) )?(?:launch|launches|roll-?out|rollouts?|expansion|entry|push|foray|customer base) $`)

// marketActionGap reports whether the gap between a site cue's parts names an entry into a
// market rather than a site.
func marketActionGap(d *doc, c *relCue, from, to int) bool {
	return placeCue(c) && c.typ == "LOCATED_IN" && enMarketActionRe.MatchString(string(d.folded[from:to]))
}

// placesIn are the places of ms inside gap g: a cue flagged gapalso ("expanded from Hong Kong
// into Vietnam") names markets in its gap as well as after it.
func placesIn(ms []mention, g span) []mention {
	var out []mention
	for _, m := range ms {
		if m.kind == kg.KindPlace && m.start >= g.start && m.end <= g.end {
			out = append(out, m)
		}
	}
	return out
}
