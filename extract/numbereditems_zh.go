package extract

// numberedItemStart returns the first sentence of the numbered item (1.甲完成… / 2、乙宣布… /
// （3）丙…) that sentence si belongs to, when the item opens a line: a roundup's items are
// separate stories, so 公司/其 inside one refer to that item's company, never to the roundup's
// most named one.
func numberedItemStart(d *doc, si int) (int, bool) {
	if d.lang == "en" {
		return 0, false
	}
	ls := d.sents[si].start
	for ls > 0 && d.runes[ls-1] != '\n' {
		ls--
	}
	if !numberedItemAt(d.runes, ls) {
		return 0, false
	}
	k := si
	for k > 0 && d.sents[k-1].end > ls {
		k--
	}
	return k, true
}

// numberedItemAt reports whether an item number (1. 2、 ３． （4）) opens the line at i.
func numberedItemAt(r []rune, i int) bool {
	if i < len(r) && (r[i] == '（' || r[i] == '(') {
		i++
	}
	n := 0
	for i < len(r) && (r[i] >= '0' && r[i] <= '9' || r[i] >= '０' && r[i] <= '９') && n < 3 {
		i, n = i+1, n+1
	}
	return n > 0 && i < len(r) && (r[i] == '.' || r[i] == '、' || r[i] == '．' || r[i] == '）' || r[i] == ')')
}
