package extract

import "strings"

// "Angela Chu, who spent 11 years at Warburg Pincus and left as a managing director in its Hong
// Kong office": "its" inside a relative clause refers to the organisation the clause itself
// named before it, not to the sentence's subject.

// relativeClauseOwner returns, for an English cue that opens with "its " at h, the last fitting
// name between the nearest ", who "/", which " before the cue (in its sentence, with no comma
// or semicolon between) and the cue.
func relativeClauseOwner(d *doc, s span, ms []mention, c *relCue, h cueHit, fits func(mention) bool) (mention, bool) {
	if d.lang != "en" || !strings.HasPrefix(c.cue, "its ") {
		return mention{}, false
	}
	k := h.start - 1
	for k > s.start && d.runes[k] != ',' && d.runes[k] != ';' {
		k--
	}
	if k <= s.start || d.runes[k] != ',' {
		return mention{}, false
	}
	rest := string(d.folded[k:min(h.start, k+8)])
	if !strings.HasPrefix(rest, ", who ") && !strings.HasPrefix(rest, ", which ") {
		return mention{}, false
	}
	for x := len(ms) - 1; x >= 0; x-- {
		m := ms[x]
		if m.end > h.start {
			continue
		}
		if m.start <= k {
			break
		}
		if fits(m) {
			return m, true
		}
	}
	return mention{}, false
}
