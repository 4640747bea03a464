package extract

// roundOwnerBefore finds the company whose round the sentence before si named as an object
// (乙参与了甲的C轮融资。本轮融资由丙领投…): a sentence that opens with 本轮/此轮 speaks of
// that round, so its investors back 甲, not the sentence's subject 乙.
func roundOwnerBefore(d *doc, es *entitySet, si int, fits func(mention) bool) (mention, bool) {
	if d.lang == "en" || si == 0 || wordStartingAt(d.folded, afterTimeOpener(d, d.sents[si]), roundWords) == "" {
		return mention{}, false
	}
	prev := d.sents[si-1]
	ms := es.sentenceMentions(prev)
	for x := len(ms) - 1; x >= 0; x-- {
		m := ms[x]
		if fits(m) && m.end < prev.end && roundOwner(d, m.end) { // roundowners_zh.go
			return m, true
		}
	}
	return mention{}, false
}
