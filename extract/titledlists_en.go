package extract

import (
	"regexp"
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// People in English lists carry their posts: "founded by chief executive Mary Tam, a former
// consultant, and chief technology officer Peter Wong, previously an engineer at Nimbus". The
// post before the second name is glue of the list, and the apposition right after a person
// ("Peter Wong, previously an engineer at X") is that person's, not the list's first.

// enTitleHeads end a post written before a name.
var enTitleHeads = wordSet(`officer executive director president founder co-founder cofounder chairman chairwoman chair
	partner ceo cto coo cfo head scientist engineer professor dean manager`)

// titledAndSuffix reports whether g ends with ", and" and a post of up to four words
// (", and chief technology officer ").
func titledAndSuffix(g string) bool {
	k := strings.LastIndex(g, ", and ")
	if k < 0 {
		return false
	}
	w := strings.Fields(g[k+len(", and "):])
	if len(w) == 0 || len(w) > 4 || !enTitleHeads[w[len(w)-1]] {
		return false
	}
	for _, x := range w {
		if enClauseWords[x] {
			return false
		}
	}
	return true
}

// personAppositionCue reports whether an English cue about a person's work or study follows a
// person's name and a comma alone: the aside describes that person.
func personAppositionCue(d *doc, c *relCue, m mention, between string) bool {
	return d.lang == "en" && between == ", " && m.kind == kg.KindPerson && // ", its CTO, formerly of C" is read by asideChainPerson (personasides_en.go)
		(c.typ == "WORKED_AT" || c.typ == "EDUCATED_AT" || c.typ == "LEADS")
}

// endsWithTitleHead reports whether a capitalised run of up to four words ends in a post's
// head word ("Officer" of "… Chief Executive Officer of Orbix", the run cut after a title).
func endsWithTitleHead(s string) bool {
	w := strings.Fields(s)
	return len(w) > 0 && len(w) <= 4 && enTitleHeads[strings.ToLower(w[len(w)-1])]
}

// enPostBeforeItemRe is list glue that ends with a post written before the next person: " and
// ex-Google engineer ", ", and former AIA Group actuary ", " and chief technology officer ". The
// post belongs to the item after it, as an honorific does ("founded by former AIA Group actuary
// Priya Raman and ex-Google engineer Marcus Ho").
var enPostBeforeItemRe = regexp.MustCompile(`^(, and |, | and )((?:(?:former|ex-[A-Za-z]+|[A-Z][A-Za-z&.-]*|&|[a-z-]+) ){0,4}([a-z-]+)) $`)

// enPostHeads are the posts such a glue may end with: enTitleHeads and the work titles of
// people described by their trade.
var enPostHeads = wordSet(`actuary banker consultant analyst trader researcher economist lawyer physician doctor
	entrepreneur investor designer architect scientist engineer`)

// withoutPostBefore returns the glue raw (between two items, the next starting at b) without a
// post that ends it when a capitalised name starts at b: "and" for " and ex-Google engineer ".
func withoutPostBefore(d *doc, raw string, b int) (string, bool) {
	m := enPostBeforeItemRe.FindStringSubmatch(raw)
	if m == nil || !enTitleHeads[m[3]] && !enPostHeads[m[3]] || !isCapitalised(string(d.runes[b:min(len(d.runes), b+2)])) {
		return "", false
	}
	for _, w := range strings.Fields(m[2]) {
		if enClauseWords[strings.ToLower(w)] || enDescriptorStops[w] || strings.HasSuffix(w, "ed") && w == strings.ToLower(w) {
			// "and is now an engineer": a clause, no post; ", B and angel investor C": B is an
			// item; ", joined by existing investor C": a verb's agent, no list.
			return "", false
		}
	}
	return strings.TrimSpace(m[1]), true
}
