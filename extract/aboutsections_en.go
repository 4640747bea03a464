package extract

// aboutSectionSubject is the company an "About X" boilerplate section describes, when
// sentence si stands in that section (its paragraph opens with the line "About X"): there "it"
// and "its" are X, whoever the release is about ("About Towngas\nFounded in 1862, Towngas is
// listed …. Through its subsidiary Y, it supplies …").
func aboutSectionSubject(d *doc, es *entitySet, si int, fits func(mention) bool) (mention, bool) {
	if d.lang != "en" {
		return mention{}, false
	}
	i := d.sents[si].start
	lo := max(0, i-1500) // an "About" section is a short paragraph: a long one is no boilerplate
	for i > lo && !(d.runes[i-1] == '\n' && (i < 2 || d.runes[i-2] == '\n')) {
		i-- // back to the paragraph's first line
	}
	if !hasPrefixAt(d.runes, i, "About ") {
		return mention{}, false
	}
	m, ok := mentionStartingAt(es, i+len("About "), fits)
	if !ok || !lineEndsAt(d, m.end) || m.start >= d.sents[si].start {
		return mention{}, false
	}
	return m, true
}
