package extract

// 創辦人李明表示，已與宏信保險簽訂合作協議，並計劃明年進軍泰國市場: a Chinese clause often
// drops its subject, and the first name in it is then the object of a preposition (與, 跟, 向,
// 為 …), the partner or the beneficiary, not who acts. Such a name fills no subject slot: the
// sentence names no subject of its own, and the subject carries over from the text before
// (or stays unfilled). 前滙豐主管何詠恩: a former employer in a person's title acts neither.

// zhObliqueMarkers are prepositions whose object is no subject of the clause.
// (為 is left out: 獲批企業為甲、乙 names them.)
var zhObliqueMarkers = []string{"与", "跟", "同", "向", "对", "给", "和", "替", "前"}

// zhListJoiners join a name to the one before it in a list: 與富衛及保誠, both partners.
var zhListJoiners = []string{"、", "及", "以及", "和", "与"}

// zhClauseAdverbs may stand between a clause's start and its preposition (已與, 並將與).
var zhClauseAdverbs = []string{"已经", "已", "并", "亦", "也", "还", "将", "会", "曾", "正", "再", "均", "都", "早前", "同时", "此外", "另外", "目前", "现", "今年", "明年", "去年"}

// obliqueName reports whether the Chinese mention m is a preposition's object in a clause whose
// subject is not a name: the preposition follows a clause break, the sentence start or a common
// noun, never another name (甲與乙簽署: 甲 acts, and 乙 is no first name anyway).
func obliqueName(d *doc, s span, ms []mention, m mention) bool {
	if d.lang == "en" {
		return false
	}
	i := m.start
	for i > s.start && (d.folded[i-1] == '「' || d.folded[i-1] == '“' || d.folded[i-1] == '"') {
		i--
	}
	marker := wordEndingAt(d.folded, i, zhObliqueMarkers)
	if j := wordEndingAt(d.folded, i, zhListJoiners); j != "" {
		for _, n := range ms {
			if n.end == i-len([]rune(j)) && obliqueName(d, s, ms, n) {
				return true // 與甲及乙簽署: 乙 is a partner like 甲
			}
		}
	}
	if marker == "" {
		return false
	}
	i -= len([]rune(marker))
	for w := wordEndingAt(d.folded, i, zhClauseAdverbs); w != "" && i > s.start; w = wordEndingAt(d.folded, i, zhClauseAdverbs) {
		i -= len([]rune(w))
	}
	for _, n := range ms {
		if n.end == i {
			return false // 甲與乙, 甲已與乙: the name before acts
		}
	}
	return marker != "和" || i == s.start || isClauseBreak(d.runes[i-1]) // 和 after a common noun joins two nouns
}

// withoutObliques drops from ms (a sentence's names before a cue) those obliqueName rejects, and
// says whether it dropped any.
func withoutObliques(d *doc, s span, ms []mention) ([]mention, bool) {
	var out []mention
	for _, m := range ms {
		if !obliqueName(d, s, ms, m) {
			out = append(out, m)
		}
	}
	return out, len(out) < len(ms)
}

// anyFits reports whether one of ms fits.
func anyFits(ms []mention, fits func(mention) bool) bool {
	for _, m := range ms {
		if fits(m) {
			return true
		}
	}
	return false
}
