package extract

// zhCarryAdverbs open a Chinese clause whose subject is left out because it is the one before
// (5月，又參與了乙的A輪融資; 並投資了丙).
var zhCarryAdverbs = []string{"又", "还", "亦", "也", "并", "再", "同时", "另", "更", "已", "曾", "则", "随后", "其后"}

// omittedSubject reports whether the Chinese clause holding the cue at i opens with adverbs of
// zhCarryAdverbs alone (after a date clause "5月，"), so no name could stand left of the cue.
func omittedSubject(d *doc, s span, i int) bool {
	if d.lang == "en" {
		return false
	}
	j := i
	for n := 0; n < 3; n++ {
		w := wordEndingAt(d.folded, j, zhCarryAdverbs)
		if w == "" {
			break
		}
		j -= len([]rune(w))
	}
	return j < i && (j == s.start || isClauseBreak(d.runes[j-1]))
}
