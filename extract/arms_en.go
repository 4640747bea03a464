package extract

import (
	_ "embed"
	"strings"
)

// English possessive arms: "Swire Properties' venture arm, Swire Ventures, manages the fund".
// The name after the arm is the owner's subsidiary, and it, not the owner, does what the verb
// after it says.

//go:embed cues/arms_en.tsv
var armCuesTSV string

// pluralPossessive reports whether an English plural possessive follows at i: the apostrophe
// after a name ending in s ("Swire Properties' venture arm", "Gobi Partners’ fund").
func pluralPossessive(d *doc, i int) bool {
	if d.lang != "en" || i < 1 || i+1 >= len(d.runes) || d.runes[i-1] != 's' && d.runes[i-1] != 'S' {
		return false
	}
	return (d.runes[i] == '\'' || d.runes[i] == '’') && d.runes[i+1] == ' '
}

// appositiveCue reports whether an English cue opens an apposition to the name right before it
// (", the investment arm of", ", a unit of"): it then describes that name alone.
func appositiveCue(d *doc, c *relCue, between string) bool {
	if d.lang != "en" || between != ", " {
		return false
	}
	return strings.HasPrefix(c.cue, "the ") || strings.HasPrefix(c.cue, "a ") || strings.HasPrefix(c.cue, "an ")
}

// armAdjacent reports whether an arm cue's two names stand right at it: the owner ends where
// the possessive starts and the arm's name follows the arm at once or after a comma ("HKIC,
// the city's investment arm; Temasek …" names no owner and no arm).
func armAdjacent(d *doc, h cueHit, from, to []mention) bool {
	if len(from) != 1 || len(to) != 1 || to[0].end != h.start {
		return false
	}
	gap := string(d.runes[h.end:from[0].start])
	return gap == " " || gap == ", "
}
