package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// relativeAfterPlace reports whether a relative clause ", which …"/", who …" before cs follows
// ms[i] and the places that locate it ("a plant at the Centre in Tseung Kwan O, which is run by
// HKSTP"): the clause then describes ms[i], not the place (x12en).
func relativeAfterPlace(d *doc, ms []mention, i, cs int) bool {
	if d.lang != "en" {
		return false
	}
	comma := -1
	for k := cs - 1; k >= ms[i].end; k-- {
		if d.runes[k] == ',' {
			comma = k
			break
		}
	}
	if comma < 0 {
		return false
	}
	tail := string(d.runes[comma:cs])
	if !strings.HasPrefix(tail, ", which") && !strings.HasPrefix(tail, ", who") {
		return false
	}
	places, last := 0, ms[i].end
	for _, m := range ms[i+1:] {
		if m.start >= comma {
			break
		}
		if m.kind != kg.KindPlace || !placeGlue(string(d.runes[last:m.start])) {
			return false
		}
		places, last = places+1, m.end
	}
	return places > 0 && strings.TrimSpace(string(d.runes[last:comma])) == ""
}

// placeGlue is the text between a name and the place that locates it: " in ", " at the ", ", ".
func placeGlue(s string) bool {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "in", "at", "in the", "at the", ",", "on", "on the":
		return true
	}
	return false
}

// facilityPronouns open a sentence that refers back to the facility named last (x12en).
var facilityPronouns = []string{"the centre", "the center", "the facility", "the park", "the campus"}

// fundNamedBefore is, for an English cue that takes only a fund as what is funded ("is the anchor
// limited partner", "limited partners include"), the fund named last in the sentence before the
// cue or in the two sentences before it (x12en).
func fundNamedBefore(d *doc, es *entitySet, si int, c *relCue, side int, h cueHit) (mention, bool, bool) {
	if d.lang != "en" || !c.flags["fund"] || side != 1 {
		return mention{}, false, false
	}
	for j := si; j >= 0 && j >= si-2; j-- {
		ms := es.sentenceMentions(d.sents[j])
		for x := len(ms) - 1; x >= 0; x-- {
			if ms[x].kind == kg.KindFund && (j < si || ms[x].end <= h.start) {
				return ms[x], j == si-1, true
			}
		}
	}
	return mention{}, false, false
}
