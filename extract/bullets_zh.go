package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// Lists set out as bullet lines. Press releases and news put the items of a list
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
	for j < len(r) && isSpace(r[j]) {
		j++
	}
	return bulletOpensAt(r, j)
}

// bulletOpensAt reports whether a bullet opens an item at j.
func bulletOpensAt(r []rune, j int) bool {
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
// although no name stands before the cue.
func refersToRound(d *doc, s span, ms []mention, at int, c *relCue) bool {
	if c.typ != "INVESTED_IN" || d.lang == "en" || at <= s.start {
		return false
	}
	// "甲完成融資，本輪由乙領投": an organisation named before the round's words is the company
	// itself (乙 after 由 is the investor); one named after them (C輪由甲領投，乙跟投) is an
	// investor too. So the round's words must stand before the first organisation.
	limit := at
	for _, m := range ms {
		if m.start < at && m.kind == kg.KindOrganization && !origin(d, m.start) {
			limit = m.start
			break
		}
	}
	t := string(d.folded[s.start:max(limit, s.start)])
	for _, w := range roundWords {
		if strings.Contains(t, w) {
			return true
		}
	}
	return zhRoundLabelBy.MatchString(t) // 其中，2024年的C輪由甲領投: one of the rounds just stated
}

// bracketNotes are the notes a list puts in brackets after an item, not another name for it:
// 晨曦創投(領投), 甲（聯合領投）, 乙（新投資者）.
var bracketNotes = []string{"领投", "联合领投", "共同领投", "跟投", "参投", "牵头", "新投资者", "老股东", "新股东", "现有股东", "主席", "召集人", "会员", "成员"}

// bracketNote reports whether the bracketed text inner is such a note.
func bracketNote(inner string) bool {
	f := textnormFold(inner)
	for _, n := range bracketNotes {
		if f == n {
			return true
		}
	}
	return false
}

// zhFundsSubjects open a sentence about what the money just raised will do (新資金將用於拓展
// 中東市場): the company that raised it is the subject the sentence leaves out.
var zhFundsSubjects = []string{"新资金", "新一轮资金", "所得资金", "募得资金", "融资所得", "集资所得", "本轮融资", "是次融资", "此轮融资", "本次融资", "新融资"}

// standsForCompany reports whether sentence s refers back to the company the text is about
// without naming it, before the cue at position at: through the round (本輪) or the money it
// raised (新資金).
func standsForCompany(d *doc, s span, ms []mention, at int, c *relCue) bool {
	if d.lang == "en" {
		return false
	}
	if refersToRound(d, s, ms, at, c) {
		return true
	}
	if c != nil && !c.gap && strings.HasSuffix(c.cue, "持有公司") {
		return true // 甲及乙分別持有公司約12%及9%股權: the cue's 公司 is the text's company
	}
	i := afterTimeOpener(d, s)
	// 基金於2024年向甲注資: the bare kind noun opens the clause and stands for the fund just named.
	if hasPrefixAt(d.folded, i, "基金") && i+2 < s.end && strings.ContainsRune("于在已将亦曾今去早上本再则也其", d.folded[i+2]) {
		return true
	}
	for _, w := range zhFundsSubjects {
		if hasPrefixAt(d.folded, i, w) && i+len([]rune(w)) <= at {
			return true
		}
	}
	return false
}

// zhAnother open a clause that names one more holder of a post of the same company: 另一創辦人,
// 另一位聯合創辦人, 其中一名董事.
var zhAnother = []string{"另一位", "另一名", "另外一位", "另一", "其中一位", "其中一名"}

// anotherOfThem reports whether the title at anchor follows only such a word at its clause's
// start.
func anotherOfThem(d *doc, s span, anchor int) bool {
	for _, w := range zhAnother {
		n := len([]rune(w))
		if k := anchor - n; k >= s.start && hasPrefixAt(d.folded, k, w) && (k == s.start || isClauseBreak(d.runes[k-1])) {
			return true
		}
	}
	return false
}

// anotherOrg is the organisation of a title after 另一/其中一 at its clause's start: the one the
// sentences before are about. A sentence before that opens with a title of its own (創辦人甲…)
// names that organisation further back still.
func (es *entitySet) anotherOrg(d *doc, si, anchor int) (mention, bool, bool) {
	if d.lang == "en" || !anotherOfThem(d, d.sents[si], anchor) {
		return mention{}, false, false
	}
	isOrg := func(m mention) bool { return m.kind == kg.KindOrganization }
	for k := si; k > 0 && k >= si-3; k-- {
		if titleAt(d.folded, afterTimeOpener(d, d.sents[k-1])) > 0 {
			continue
		}
		m, _, ok := topicBefore(d, es, k, isOrg)
		return m, false, ok
	}
	return mention{}, false, false
}

// zhGenericHeads end a noun phrase that names a group, not one company: 獲納入的公司, 入選的初創.
var zhGenericHeads = []string{"公司", "企业", "初创企业", "初创公司", "初创", "团队", "机构", "学员", "申请人", "参加者", "参展商", "得奖者", "得主"}

// genericSubject reports whether the clause before the cue at position at opens with such a
// phrase (…的公司 and at most a modal or adverb before the cue): its subject is that group, not
// the company the text is about.
func genericSubject(d *doc, s span, at int) bool {
	if d.lang == "en" {
		return enGenericSubject(d, s, at) || enPluralSubject(d, s, at) // "The judging panel was chaired by X" (subjects_en.go)
	}
	f := d.folded
	j := at
	for j > s.start && strings.ContainsRune("可以将会均亦都皆已再可", f[j-1]) && at-j < 3 {
		j--
	}
	for _, h := range zhGenericHeads {
		k := j - len([]rune(h))
		if k-1 >= s.start && hasPrefixAt(f, k, h) && f[k-1] == '的' && !crossesClause(d, s.start, k) {
			return true
		}
	}
	return false
}

// zhIncluding open the list of the members of a group a clause names by its count (31間初創獲
// 納入計劃，當中包括甲、乙及丙).
var zhIncluding = []string{"当中包括", "其中包括", "当中有", "其中有"}

// includedMembers fills the empty first end of a cue of joining or selection with the list
// that 當中包括 opens later in the same sentence: the items are the group's members.
func includedMembers(d *doc, ms []mention, s span, c *relCue, h cueHit) []mention {
	side := 0
	switch c.typ {
	case "PARTICIPATED_IN", "SELECTED_FOR", "ATTENDED", "MEMBER_OF":
	case "ATTRACTED":
		side = 1 // the group helped is the object: 協助逾500間企業在港開業
	default:
		return nil
	}
	if d.lang == "en" || side == 0 && !contains(c.from, "L") && !contains(c.from, "S") {
		return nil
	}
	at := h.start
	if side == 1 {
		at = h.end
	}
	f := d.folded
	if !countedGroupInClause(d, s, at) {
		return nil
	}
	if i := nextIncluding(d, h.end); i < s.end && f[i] != '。' && f[i] != '；' {
		for _, w := range zhIncluding {
			if hasPrefixAt(f, i, w) {
				e := i + len([]rune(w))
				return describedItems(d, ms, c, side, group(d, ms, c, side, false, e, e), s.end)
			}
		}
	}
	return nil
}

// nextIncluding is the first position from i where 。 or ； stands or a zhIncluding word
// starts (len(d.folded) for none), from a table built once per text: every cue of joining
// asks it, and scanning the rest of the sentence each time was quadratic.
func nextIncluding(d *doc, i int) int {
	if d.including == nil {
		f := d.folded
		next := make([]int, len(f)+1)
		next[len(f)] = len(f)
		for p := len(f) - 1; p >= 0; p-- {
			next[p] = next[p+1]
			if f[p] == '。' || f[p] == '；' || f[p] == ';' || wordAt(f, p, zhIncluding) {
				next[p] = p
			}
		}
		d.including = next
	}
	return d.including[i]
}

// countedGroupInClause reports whether the clause before position at names a group by its count
// (共31間初創, 逾百家企業, 新一批初創): the subject of the cue is that group.
func countedGroupInClause(d *doc, s span, at int) bool {
	if at-1 <= s.start {
		return false
	}
	if d.counted == nil {
		// counted[p] is the last position q <= p where a clause breaks (-q-2) or a count
		// stands (q): the clause before at names a group when the latest of them is a count
		// inside the sentence. Built once per text.
		f := d.folded
		last := make([]int, len(f))
		prev := -1
		for q := range f {
			switch {
			case isClauseBreak(f[q]) || f[q] == '。':
				prev = -q - 2
			case q > 0 && strings.ContainsRune("间家个名位批所", f[q]) && (isDigit(f[q-1]) || strings.ContainsRune("一二三四五六七八九十百千多逾", f[q-1])):
				prev = q
			}
			last[q] = prev
		}
		d.counted = last
	}
	return d.counted[at-1] > s.start
}

// describedItems extends a Chinese list whose items each carry a short description (綠色物料公司
// 「甲」、語音AI公司「乙」及手術機械人開發商丙): after a joiner, up to 12 runes of description.
func describedItems(d *doc, ms []mention, c *relCue, side int, g []mention, end int) []mention {
	if len(g) == 0 {
		return g
	}
	for _, m := range ms {
		last := g[len(g)-1]
		if m.start < last.end || m.end > end || sameEntity(m, last) || m.kind == kg.KindPlace {
			continue // a place inside the description (內地電池企業乙) describes the item
		}
		gap := []rune(strings.TrimLeft(string(d.folded[last.end:m.start]), "」”』 "))
		gap = []rune(strings.TrimRight(string(gap), "「“『 "))
		j := 0
		for _, w := range []string{"以及", "、", "及", "和", "与"} {
			if hasPrefixAt(gap, 0, w) {
				j = len([]rune(w))
				break
			}
		}
		if j == 0 || len(gap)-j > 12 || !fitsCue(c, side, m.kind) {
			break
		}
		desc := gap[j:]
		if strings.ContainsAny(string(desc), "，,。；;：:、") {
			break
		}
		g = append(g, m)
	}
	return g
}

// headAfterAnaphor returns the name a relative clause ending in 計劃的/該計劃的 describes right
// after the cue at i (加入計劃的「甲」: 甲 joined).
func headAfterAnaphor(d *doc, ms []mention, i int, fits func(kg.Kind) bool) (mention, bool) {
	f := d.folded
	for _, w := range []string{"该计划的", "此计划的", "计划的"} {
		if !hasPrefixAt(f, i, w) {
			continue
		}
		e := i + len([]rune(w))
		for _, n := range ms {
			if n.start < e {
				continue
			}
			if g := string(f[e:n.start]); len([]rune(g)) > 8 || strings.ContainsAny(g, "，,。；的") || !fits(n.kind) {
				return mention{}, false
			}
			return n, true
		}
	}
	return mention{}, false
}
