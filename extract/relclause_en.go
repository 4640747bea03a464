package extract

import (
	_ "embed"
	"strings"
)

// English object relative clauses: "the summit, which the Council is organising at AsiaWorld-Expo",
// "the plan, which the Shenzhen government released in May". The name after "which" (and its
// article) is the subject of the verb and the name before ", which" its object; a tense's helping
// verb may stand between the subject and the verb.

//go:embed cues/relatives_en.tsv
var relativeCuesTSV string

// objectRelativeOpen reports whether the text between the object and the subject opens an
// object relative clause: ", which ", ", that ", with or without "the" before the subject.
func objectRelativeOpen(between string) bool {
	if strings.HasPrefix(between, " (") {
		if k := strings.Index(between, ")"); k > 0 && !strings.Contains(between[:k], ",") {
			between = between[k+1:] // "the X Plan (2026-2030), which the Government released": the bracket is the name's
		}
	}
	switch strings.ToLower(between) {
	case ", which ", ", that ", ", which the ", ", that the ":
		return true
	}
	return false
}

// enHelpingVerbs stand between the subject of an object relative clause and its verb ("which
// the Council is organising", "which Jade Capital has managed since 2019").
var enHelpingVerbs = wordSet(`is was are were has had have will would also now first jointly`)

// maxHelpingGap is the longest run of two helping verbs with their spaces ("would also"): a
// longer gap is read as no helping verbs without building its string.
const maxHelpingGap = 16

// helpingVerbsOnly reports whether gap holds nothing but up to two helping verbs.
func helpingVerbsOnly(gap string) bool {
	ws := strings.Fields(gap)
	if len(ws) > 2 {
		return false
	}
	for _, w := range ws {
		if !enHelpingVerbs[w] {
			return false
		}
	}
	return true
}

// objectPronoun reads a relative-only verb whose object is "it" ("I'm on a panel at Hong Kong
// FinTech Week - InvestHK organises it"): the subject is the name right before the verb (with
// helping verbs between) and "it" the last name before that subject in the sentence that fits
// the object's slot.
func objectPronoun(d *doc, ms []mention, c *relCue, h cueHit) (from, to mention, ok bool) {
	if d.lang != "en" || !c.flags["objrel"] || c.from[0] == "R" || h.end+3 > len(d.folded) ||
		!hasPrefixAt(d.folded, h.end, " it") || h.end+3 < len(d.folded) && isLatinLetter(d.folded[h.end+3]) {
		return mention{}, mention{}, false
	}
	for i := len(ms) - 1; i >= 1; i-- {
		q := ms[i]
		if q.end > h.start {
			continue
		}
		if h.start-q.end > maxHelpingGap || !helpingVerbsOnly(string(d.folded[q.end:h.start])) || !fitsCue(c, 0, q.kind) {
			return mention{}, mention{}, false
		}
		for k := i - 1; k >= 0; k-- {
			if fitsCue(c, 1, ms[k].kind) {
				return q, ms[k], true
			}
		}
		return mention{}, mention{}, false
	}
	return mention{}, mention{}, false
}
