package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/textnorm"
)

// A research body's English name goes on past "for" with its field: "the X-Y Joint Laboratory
// for Hydrogen Energy Storage", "the Orion Centre for Battery Research", "Harbour Institute for
// Quantum Materials". The run of capitalised words that holds the whole name is no weaker than
// the shorter name its head word ends (…Centre), so the whole name stands.

// enResearchHeads are the head words after which "for" continues a name.
var enResearchHeads = map[string]bool{"centre": true, "center": true, "institute": true, "laboratory": true,
	"laboratories": true, "lab": true, "labs": true, "academy": true}

// researchBodyFor reports whether m, a Latin run, holds a research head, then "for" and at least
// one more word.
func researchBodyFor(m mention) bool {
	if textnorm.HasHan(m.name) {
		return false
	}
	ws := strings.Fields(m.name)
	for i := 0; i+2 < len(ws); i++ {
		if enResearchHeads[strings.ToLower(ws[i])] && ws[i+1] == "for" {
			return true
		}
	}
	return false
}
