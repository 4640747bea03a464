package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// x13hant: lists set out as bullet lines. Press releases and news put the items of a list
// (investors, members, winners) one a line after a line that ends with a colon:
//
//	參與本輪的投資者包括:
//	・晨曦創投(領投)
//	・港投公司
//
// The bullet lines belong to the sentence that opens the list, and a line break before a
// bullet joins two items the way 、 does.

// bulletRunes open an item of a bullet list.
const bulletRunes = "・•●▪‧◆■-*"

// bulletFollows reports whether the next line after the line break at i (skipping blank
// lines and spaces) opens with a bullet: the line break does not end the sentence.
func bulletFollows(r []rune, i int) bool {
	j := i + 1
	for j < len(r) && (isSpace(r[j]) || r[j] == '\n' || r[j] == '\r') {
		j++
	}
	if j >= len(r) || !strings.ContainsRune(bulletRunes, r[j]) {
		return false
	}
	// "-" and "*" open an item only when a space or a name follows ("- 甲", "-甲", not "--").
	return j+1 < len(r) && !strings.ContainsRune(bulletRunes, r[j+1])
}

// bulletGlue reports whether the text g between two mentions is a line break and a bullet,
// after a short bracketed note on the first item ("晨曦創投(領投)\n・港投公司").
func bulletGlue(g string) bool {
	if !strings.ContainsAny(g, "\n\r") {
		return false
	}
	g = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(g), ")）」”』"))
	if strings.HasPrefix(g, "(") || strings.HasPrefix(g, "（") {
		e := strings.IndexAny(g, ")）")
		if e < 0 || len([]rune(g[:e])) > 10 {
			return false
		}
		_, w := firstRune(g[e:])
		g = strings.TrimSpace(g[e+w:])
	}
	g = strings.TrimRight(g, "「“『 ")
	r := []rune(g)
	if len(r) == 0 || !strings.ContainsRune(bulletRunes, r[0]) {
		return false
	}
	// "・天使投資人李卓恒": a title may stand before the person the item names.
	rest := []rune(textnormFold(strings.TrimSpace(string(r[1:]))))
	return len(rest) == 0 || titleAt(rest, 0) == len(rest)
}

func firstRune(s string) (rune, int) {
	for _, c := range s {
		return c, len(string(c))
	}
	return 0, 0
}

// roundWords name the round the sentence before announced: 參與本輪的投資者包括…, 是次融資由…
var roundWords = []string{"本轮", "此轮", "这轮", "该轮", "今轮", "是轮", "本次融资", "此次融资", "是次融资", "这次融资", "该次融资"}

// refersToRound reports whether the words of sentence s before position at name the round the
// text just stated ("參與本輪的投資者包括甲、乙") and no organisation stands before it: the investee is the company the text is about,
// although no name stands before the cue (x13hant).
func refersToRound(d *doc, s span, ms []mention, at int, c *relCue) bool {
	if c.typ != "INVESTED_IN" || d.lang == "en" || at <= s.start {
		return false
	}
	for _, m := range ms {
		if m.start < at && m.kind == kg.KindOrganization {
			return false // "甲完成融資，本輪由乙領投": the sentence names the company itself
		}
	}
	t := string(d.folded[s.start:at])
	for _, w := range roundWords {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// bracketNotes are the notes a list puts in brackets after an item, not another name for it:
// 晨曦創投(領投), 甲（聯合領投）, 乙（新投資者）.
var bracketNotes = []string{"领投", "联合领投", "共同领投", "跟投", "参投", "牵头", "新投资者", "老股东", "新股东", "现有股东", "主席", "召集人", "会员", "成员"}

// bracketNote reports whether the bracketed text inner is such a note (x13hant).
func bracketNote(inner string) bool {
	f := textnormFold(inner)
	for _, n := range bracketNotes {
		if f == n {
			return true
		}
	}
	return false
}

// lineBreaksClause reports how the rune at i, between a cue and an end, bears on the clause:
// a line break ends it, unless a colon opens a bullet list there ("包括：\n・甲"), and a colon
// that opens a bullet list does not (x13hant). ok is false for other runes.
func lineBreaksClause(r []rune, i int) (breaks, ok bool) {
	switch r[i] {
	case '\n', '\r':
		j := i - 1
		for j >= 0 && (isSpace(r[j]) || r[j] == '\n' || r[j] == '\r') {
			j--
		}
		return !(j >= 0 && (r[j] == ':' || r[j] == '：') && bulletFollows(r, i)), true
	case '：', ':':
		j := i + 1
		for j < len(r) && r[j] == ' ' {
			j++
		}
		if j < len(r) && (r[j] == '\n' || r[j] == '\r') && bulletFollows(r, j) {
			return false, true
		}
	}
	return false, false
}
