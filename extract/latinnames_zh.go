package extract

// Chinese news in Hong Kong writes many people by their English names, right after a Chinese
// title (甲資本管理合夥人Daniel Seah表示, 行政總裁 Kelvin Chan): the title is theirs as it is a
// Chinese name's.

// latinNameAfterZhTitle reads the Latin name that follows a Chinese title ending at j (one
// space allowed): two or three capitalised words opening with a common English given name.
func latinNameAfterZhTitle(d *doc, j int) (span, bool) {
	r := d.runes
	if d.lang == "en" || j >= len(r) {
		return span{}, false
	}
	k := j
	if r[k] == ' ' {
		k++
	}
	if k >= len(r) || !isLatinLetter(r[k]) {
		return span{}, false
	}
	words := latinWordsFrom(r, k, 3)
	if len(words) == 0 || !enGivenNames[words[0].text] {
		return span{}, false
	}
	n, ok := capitalisedRun(r, words)
	if !ok || n.end < len(r) && isLatinLetter(r[n.end]) {
		return span{}, false
	}
	return n, true
}
