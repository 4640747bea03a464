package extract

import "sort"

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
	return obliqueWithin(d, s, ms, m, obliqueReach)
}

// obliqueWithin is obliqueName reading back at most depth items of a list.
func obliqueWithin(d *doc, s span, ms []mention, m mention, depth int) bool {
	if d.lang == "en" || depth == 0 {
		return false
	}
	i := m.start
	for i > s.start && (d.folded[i-1] == '「' || d.folded[i-1] == '“' || d.folded[i-1] == '"') {
		i--
	}
	marker := wordEndingAt(d.folded, i, zhObliqueMarkers)
	if marker == "前" && i >= 2 && zhNotFormer[d.folded[i-2]] {
		marker = "" // 此前甲已在港推出: a time, not a former employer
	}
	if j := wordEndingAt(d.folded, i, zhListJoiners); j != "" {
		if n, ok := sortedMentionEndingAt(ms, i-len([]rune(j))); ok && obliqueWithin(d, s, ms, n, depth-1) {
			return true // 與甲及乙簽署: 乙 is a partner like 甲
		}
	}
	if marker == "" {
		return false
	}
	i -= len([]rune(marker))
	for w := wordEndingAt(d.folded, i, zhClauseAdverbs); w != "" && i > s.start; w = wordEndingAt(d.folded, i, zhClauseAdverbs) {
		i -= len([]rune(w))
	}
	if _, ok := sortedMentionEndingAt(ms, i); ok {
		return false // 甲與乙, 甲已與乙: the name before acts
	}
	return marker != "和" || i == s.start || isClauseBreak(d.runes[i-1]) // 和 after a common noun joins two nouns
}

// withoutObliques drops from ms (a sentence's names before a cue, in text order) the
// preposition objects that stand before its first other name that fits, and says whether it
// dropped any: only the subject position matters, and names after it are left unread.
func withoutObliques(d *doc, s span, ms []mention, fits func(mention) bool) ([]mention, bool) {
	for k, m := range ms {
		if k >= obliqueReach {
			return ms, false
		}
		if !obliqueName(d, s, ms, m) {
			if fits(m) {
				return ms, false
			}
			continue
		}
		out := append([]mention{}, ms[:k]...)
		for x, n := range ms[k+1:] {
			if x >= obliqueReach {
				return append(out, ms[k+1+x:]...), true
			}
			if !obliqueName(d, s, ms, n) {
				out = append(out, n)
				if fits(n) {
					return append(out, ms[k+2+x:]...), true
				}
			}
		}
		return out, true
	}
	return ms, false
}

// obliqueReach bounds how many names after a preposition's object are read for the subject:
// a subject stands near the clause's start, and a long sentence must not be rescanned per cue.
const obliqueReach = 6

// sortedMentionEndingAt is the mention of ms (in text order, not overlapping: a binary search)
// that ends at i.
func sortedMentionEndingAt(ms []mention, i int) (mention, bool) {
	k := sort.Search(len(ms), func(k int) bool { return ms[k].end >= i })
	if k < len(ms) && ms[k].end == i {
		return ms[k], true
	}
	return mention{}, false
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
