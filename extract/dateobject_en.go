package extract

import "strings"

// dateAfterCue reports whether an English cue that ends with a preposition is followed by a date
// ("a Series A round in May led by X", "joined in 2021 alongside Y"): the date is the
// preposition's object, and a name after it belongs to another phrase.
func dateAfterCue(d *doc, c *relCue, h cueHit) bool {
	if d.lang != "en" || c.to[0] != "R" || c.gap {
		return false
	}
	last := c.cue[strings.LastIndex(c.cue, " ")+1:]
	if last != "in" && last != "on" && last != "since" && last != "during" {
		return false
	}
	i := h.end
	for i < len(d.runes) && d.runes[i] == ' ' {
		i++
	}
	e := i
	for e < len(d.runes) && (isLatinLetter(d.runes[e]) || isDigit(d.runes[e])) {
		e++
	}
	t := strings.ToLower(string(d.runes[i:e]))
	return enMonths[t] > 0 || isYearWord(t) || t == "early" || t == "late" || t == "mid"
}
