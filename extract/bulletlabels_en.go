package extract

import "strings"

// Results announcements and releases list their news as labelled bullets: "- Acquisition: the
// Company completed …", "- Strategic investment: HKIC subscribed …", "- Markets: a sales office
// opened in Dubai". The capitalised label is a heading, no name; a label that the text names
// again elsewhere ("- Lumora: a maker of …" in a cohort list, Lumora in the next paragraph) is.

// bulletLabel reports whether the English mention m is the label of a bullet line: the first
// word after the bullet, a colon (or a lower-case word and a colon) right after it, and its name
// found nowhere else in the text.
func bulletLabel(d *doc, m mention) bool {
	r := d.runes
	j := m.start - 1
	for j >= 0 && r[j] == ' ' {
		j--
	}
	if j < 0 || !strings.ContainsRune(bulletRunes, r[j]) || j > 0 && r[j-1] != '\n' {
		return false
	}
	k := m.end
	if k < len(r) && r[k] == ' ' { // "Strategic investment:"
		for k++; k < len(r) && isLatinLetter(r[k]) && !isCapitalised(string(r[k])); k++ {
		}
	}
	if k >= len(r) || r[k] != ':' {
		return false
	}
	return strings.Count(string(r), m.name) == 1
}
