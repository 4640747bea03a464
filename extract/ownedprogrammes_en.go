package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// "Lumora was an incubatee of HKSTP's Incu-Bio programme": a membership cue whose object is a
// body's named programme ("X's Y") says the subject took part in the programme; the body only
// owns it (its OPERATES fact is the possessive's own).

// ownedProgramme returns the programme that the single object to owns through "'s", when one
// follows it.
func ownedProgramme(d *doc, ms []mention, to []mention) (mention, bool) {
	if d.lang != "en" || len(to) != 1 {
		return mention{}, false
	}
	for _, m := range ms {
		if m.start < to[0].end {
			continue
		}
		g := strings.TrimSpace(string(d.folded[to[0].end:m.start]))
		return m, m.kind == kg.KindProgramme && (g == "'s" || g == "’s")
	}
	return mention{}, false
}
