package extract

import (
	"strings"
	"unicode"
)

// enQuantifiers open a sentence about many ("Most diabetic patients in Asia…"): capitalised
// there, they name no one.
var enQuantifiers = map[string]bool{"Most": true, "Many": true, "Some": true, "Several": true, "Few": true,
	"Each": true, "Every": true, "Both": true, "All": true, "Other": true, "Others": true, "Such": true}

// enNonNameEnd reports whether an English end names no one: a quantifier, a legal form alone
// ("Co., Ltd." cut off its company), or a label that heads lines of a summary ("- Acquisition:
// the Company…", "- Strategic investment: …") and stands nowhere else.
func enNonNameEnd(d *doc, name string) bool {
	if enQuantifiers[name] {
		return true
	}
	ws := strings.Fields(name)
	legal := len(ws) > 0
	for _, w := range ws {
		w = strings.ToLower(strings.TrimRight(w, ".,"))
		legal = legal && (enLegalForms[w] || w == "co")
	}
	return legal || onlyLineLabel(d.runes, []rune(name))
}

// onlyLineLabel reports whether every place name stands in r opens a line (after a bullet)
// and is followed by lower-case words and a colon: the line's label, not a name.
func onlyLineLabel(r, name []rune) bool {
	found := false
	for k := 0; k+len(name) <= len(r); k++ {
		if string(r[k:k+len(name)]) != string(name) {
			continue
		}
		if !lineStartBefore(r, k) || !labelColonAfter(r, k+len(name)) {
			return false
		}
		found = true
	}
	return found
}

// lineStartBefore reports whether only a bullet and spaces stand between the line's start and k.
func lineStartBefore(r []rune, k int) bool {
	for j := k - 1; j >= 0 && r[j] != '\n'; j-- {
		if !isSpace(r[j]) && !strings.ContainsRune(lineBullets, r[j]) {
			return false
		}
	}
	return true
}

// labelColonAfter reports whether lower-case words and then a colon follow k (": ",
// " investment: ").
func labelColonAfter(r []rune, k int) bool {
	for j := k; j < len(r) && j-k < 40; j++ {
		switch c := r[j]; {
		case c == ':':
			return true
		case c == ' ' || c == '-' || unicode.IsLower(c):
		default:
			return false
		}
	}
	return false
}
