package extract

// paragraphSubject reports whether sentence k, whose subject a sentence si opening with "the
// company" (or firm, start-up) takes,
// opens in si's paragraph while the article's main subject is not named anywhere in that
// paragraph before si: a roundup ("Deals of the week") gives each company a paragraph of its
// own, and "The company" there is the paragraph's company, not the one most named above it.
func paragraphSubject(d *doc, es *entitySet, si, k int, main mention) bool {
	if d.lang != "en" || !wordAt(d.folded, afterTimeOpener(d, d.sents[si]), []string{"the company", "the firm", "the startup", "the start-up"}) {
		return false
	}
	start := paragraphStart(d, d.sents[si].start)
	if d.sents[k].start < start {
		return false
	}
	for _, m := range es.mentions {
		if m.start >= d.sents[si].start {
			break
		}
		if m.start >= start && sameEntity(m, main) {
			return false
		}
	}
	return true
}

// paragraphStart is where the paragraph holding position i opens: after the last blank line
// or line break before it.
func paragraphStart(d *doc, i int) int {
	for j := i - 1; j >= 0; j-- {
		if d.runes[j] == '\n' {
			return j + 1
		}
	}
	return 0
}

// personPronounOpens reports whether English sentence si opens with "he" or "she": the person
// it refers to is the one named last, not the one the article names most.
func personPronounOpens(d *doc, si int) bool {
	return d.lang == "en" && wordAt(d.folded, afterTimeOpener(d, d.sents[si]), []string{"he ", "she "})
}
