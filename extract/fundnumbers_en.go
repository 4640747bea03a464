package extract

import "strings"

// Funds are numbered after their kind word: "Greenpeak Climate Fund I gets 200 million yuan",
// "SoftBank Vision Fund 2 and Temasek joined". The numeral one is told from the pronoun by what
// follows (fundOne): a verb in the third person ("gets", "receives") never follows "I". An Arabic
// numeral is one digit standing alone, not a figure ("Fund 2 billion").

// presentTenseVerb reports whether w reads as a verb in the third person singular: a lower-case
// word of four letters or more ending in one "s" (not "always", "perhaps").
func presentTenseVerb(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") &&
		w == strings.ToLower(w) && !enSAdverbs[w]
}

// enSAdverbs end in "s" and may follow the pronoun I.
var enSAdverbs = wordSet(`always perhaps sometimes nevertheless nonetheless`)

// fundDigit reports whether words[k] is a single digit numbering the fund before it.
func fundDigit(d *doc, words []word, k int) bool {
	w := words[k]
	if len([]rune(w.text)) != 1 || !isDigit([]rune(w.text)[0]) || w.end < len(d.runes) && (d.runes[w.end] == '.' && w.end+1 < len(d.runes) && isDigit(d.runes[w.end+1]) || d.runes[w.end] == '%') {
		return false
	}
	if k+1 < len(words) {
		switch strings.ToLower(words[k+1].text) {
		case "million", "billion", "trillion", "per", "percent", "bn", "m", "years", "months", "days":
			return false
		}
	}
	return true
}
