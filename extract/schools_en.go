package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/textnorm"
)

// schoolWords make an English name a school's: a loose cue ("did computer science at X")
// reads EDUCATED_AT only when X is one (or a degree stands in the gap: "did his PhD at X"), not
// "did an internship at Goldman Sachs".
var schoolWords = []string{"university", "college", "school", "institute", "polytechnic", "academy", "conservatory"}

// englishSchool reports whether m names a school: by a school word, or as a university's
// short name (HKUST, PolyU).
func englishSchool(m mention) bool {
	n := textnorm.Fold(m.name)
	for _, w := range schoolWords {
		if containsWord(n, w) {
			return true
		}
	}
	for _, shorts := range universityShort {
		for _, s := range shorts {
			if strings.EqualFold(s, m.name) {
				return true
			}
		}
	}
	return false
}

// degreeWords name a degree: "did his PhD at X" says X is a school whatever its name.
var degreeWords = wordSet(`phd phds mba mbas master's masters degree degrees bachelor's doctorate undergraduate postgraduate`)

// degreeIn reports whether the gap of a cue holds a degree's name.
func degreeIn(d *doc, gap span) bool {
	for _, w := range strings.Fields(strings.ToLower(string(d.folded[gap.start:gap.end]))) {
		if degreeWords[strings.Trim(w, ",.")] {
			return true
		}
	}
	return false
}
