package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// "Nova Lim co-founded VoltSwap in Singapore in 2020 with Arjun Mehta, a former Grab engineer":
// the person after "with" that follows a founding verb's object (and its place and year) founded
// it too. The founders are the subject and that person.

// enFoundingWithReach bounds the words between the object and "with" (in Singapore in 2020).
const enFoundingWithReach = 40

// foundingPartner returns the person named after "with" past the object to of an English
// founding cue, when only "in …" phrases of a place or a year stand between.
func foundingPartner(d *doc, ms []mention, c *relCue, to []mention) (mention, bool) {
	if d.lang != "en" || c.typ != "LEADS" || !strings.Contains(strings.ToLower(c.role), "founder") || len(to) != 1 || len(c.to) == 0 || c.to[0] != "R" {
		return mention{}, false
	}
	i := to[0].end
	for n := 0; n < 4; n++ { // " in Singapore", " in 2020"
		if !hasPrefixAt(d.folded, i, " in ") {
			break
		}
		j := i + len(" in ")
		if m, ok := mentionFrom(ms, j); ok && m.kind == kg.KindPlace {
			i = m.end
			continue
		}
		e := j
		for e < len(d.runes) && isDigit(d.runes[e]) {
			e++
		}
		if e-j != 4 {
			return mention{}, false
		}
		i = e
	}
	if i-to[0].end > enFoundingWithReach || !hasPrefixAt(d.folded, i, " with ") {
		return mention{}, false
	}
	if m, ok := mentionFrom(ms, i+len(" with ")); ok && m.kind == kg.KindPerson {
		return m, true
	}
	return mention{}, false
}

// mentionFrom is the mention of ms that starts at i.
func mentionFrom(ms []mention, i int) (mention, bool) {
	for _, m := range ms {
		if m.start == i {
			return m, true
		}
	}
	return mention{}, false
}
