package extract

// "from New World Development's impact arm", "backed by New Horizon Capital": "New" is no name
// on its own (enNotNames: "New rules take effect"), but in mid-sentence, after a lower-case word
// or a comma and before another capitalised word, it opens one.

// newOpensName reports whether words[wi] is such a "New".
func newOpensName(d *doc, words []word, wi int) bool {
	if words[wi].text != "New" || wi == 0 || wi+1 >= len(words) || !isCapitalised(words[wi+1].text) ||
		words[wi].end+1 != words[wi+1].start || d.runes[words[wi].end] != ' ' || enNotNames[words[wi+1].text] {
		return false
	}
	b := words[wi].start
	if b < 2 || d.runes[b-1] != ' ' {
		return false
	}
	p := d.runes[b-2]
	return p >= 'a' && p <= 'z' || p == ','
}
