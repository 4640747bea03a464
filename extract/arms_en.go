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

// appositionObjectOnly cuts the object list of an apposition cue at ", and": in "HC Digital, a
// subsidiary of the Company, and the Subscriber propose …" the apposition closes before ", and",
// and what follows joins the subject, not the apposition's object.
func appositionObjectOnly(d *doc, c *relCue, h cueHit, to []mention) []mention {
	if d.lang != "en" || len(to) < 2 || !appositionOpensBefore(d, c, h.start) {
		return to
	}
	if string(d.runes[to[0].end:to[1].start]) == ", and " {
		return to[:1]
	}
	return to
}

// appositionOpensBefore reports whether the cue at cs opens an apposition (", the investment arm
// of") or ends one's first words (", a wholly-owned subsidiary of": an article after ", " and at
// most two words before the cue).
func appositionOpensBefore(d *doc, c *relCue, cs int) bool {
	if appositiveCue(d, c, string(d.runes[max(0, cs-2):cs])) {
		return true
	}
	k := strings.LastIndex(string(d.runes[max(0, cs-40):cs]), ", ")
	if k < 0 {
		return false
	}
	w := strings.Fields(string(d.runes[max(0, cs-40):cs])[k+2:])
	return len(w) >= 1 && len(w) <= 3 && (w[0] == "a" || w[0] == "an" || w[0] == "the")
}

// beforeClosingApposition returns where an English apposition that closes right before the cue
// at cs opens (", the investment arm of SF Holding, joining": the comma before "the"), so the
// left slot takes the name the apposition describes; cs when no such apposition stands there.
func beforeClosingApposition(d *doc, cs int) int {
	if d.lang != "en" {
		return cs
	}
	j := cs
	for j > 0 && d.runes[j-1] == ' ' {
		j--
	}
	if j == 0 || d.runes[j-1] != ',' {
		return cs
	}
	seg := string(d.runes[max(0, j-80) : j-1])
	k := strings.LastIndex(seg, ", ")
	if k < 0 {
		return cs
	}
	w := strings.Fields(seg[k+2:])
	if len(w) < 2 || len(w) > 8 || w[0] != "the" && w[0] != "a" && w[0] != "an" || strings.ContainsAny(seg[k+2:], ";:") {
		return cs
	}
	return j - 1 - len([]rune(seg[k:]))
}
