package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// "The firm was founded by Angela Chu, who spent 11 years at Warburg Pincus and left as a
// managing director in its Hong Kong office": inside a relative clause about a person, "its"
// cannot be the person, and the sentence's subject is outside the clause; it is the
// organisation the clause last named before it.

// itsInPersonClause resolves an English cue that opens with "its" standing in a ", who"
// clause to the last fitting organisation named in the clause before the cue.
func itsInPersonClause(d *doc, ms []mention, si int, h cueHit, fits func(mention) bool) (mention, bool) {
	if d.lang != "en" || !strings.HasPrefix(h.cue.cue, "its ") {
		return mention{}, false
	}
	s := d.sents[si]
	clause := strings.LastIndex(string(d.folded[s.start:h.start]), ", who ")
	if clause < 0 {
		return mention{}, false
	}
	from := s.start + len([]rune(string(d.folded[s.start:h.start])[:clause]))
	if strings.ContainsAny(string(d.folded[from+6:h.start]), ";") {
		return mention{}, false // the clause ended before the cue
	}
	for k := len(ms) - 1; k >= 0; k-- {
		m := ms[k]
		if m.end <= h.start && m.start > from && m.kind == kg.KindOrganization && fits(m) {
			return m, true
		}
	}
	return mention{}, false
}
