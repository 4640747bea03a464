package extract

import (
	"iter"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/hkgraph/hkgraph/textnorm"

	"github.com/hkgraph/hkgraph/kg"
)

// listGlue is what may stand between two items of one enumeration: A、B及C, A, B and C.
var listGlue = map[string]bool{"、": true, ",": true, "，": true, "和": true, "及": true, "与": true, "以及": true,
	"and": true, ", and": true, "&": true, "、以及": true, "及其": false, "或": true, "or": true, "同": true,
	"联同": true, "together with": true, "as well as": true, "，以及": true,
	", together with": true, "along with": true, ", along with": true, // "from A, together with B", "A along with B"
	"and with": true, "and with the": true, "and the": true, ", and the": true, // "Hong Kong and the Greater Bay Area"
	", and with": true, ", and with the": true} // "signed MoUs with A and with B"

// pronouns start a sentence whose subject is the previous sentence's: 其創辦人, 该公司, The company,
// 平台 (平台目前處理…: the company's platform, as 公司 is the company).
var pronouns = []string{"其", "该公司", "该企业", "该初创", "该平台", "该基金", "该机构", "该集团", "公司", "它", "他", "她",
	"本轮", "此轮", "the company", "the startup", "the firm", "the group", "the fund", "it ", "its ", "he ", "she ", "they ",
	"among them", "the start-up", "the platform", "the bank", "the round", "the deal", "the funding", "the financing",
	"the investment", "the latest round", "the series", "the new funding", "the transaction", "the acquisition",
	"本轮", "该轮", "此次融资", "本次融资", "是次融资", "此轮融资", "该笔投资", "这笔投资", "双方",
	"这家", "这间", "该司", "该初创企业", "该集团", "the company's", "the start-up's", "this company",
	"该计划", "此计划", "计划由", "该项目", "the scheme", "the programme", "the program", "under the scheme",
	"该", "集团", "平台", "the centre", "the center", "the facility", "the park", "the campus",
	"新基金", "the new fund",
	"the money", "the proceeds", "the fresh capital", "the new capital", "the new money"} // the raise's money: the company that raised it // 新基金已完成首批投資: the fund just named // 該系統, 該院: a demonstrative refers back to what was named before

// englishSentences yields, for an English text only, each sentence from index from on with its
// mentions: the loop every English-only reader runs (a Chinese text yields nothing).
func englishSentences(d *doc, es *entitySet, from int) iter.Seq2[int, []mention] {
	return func(yield func(int, []mention) bool) {
		if d.lang != "en" {
			return
		}
		for si := from; si < len(d.sents); si++ {
			if !yield(si, es.sentenceMentions(d.sents[si])) {
				return
			}
		}
	}
}

// sentenceMentions returns the mentions inside sentence s.
func (es *entitySet) sentenceMentions(s span) []mention {
	if out, ok := es.bySentence[s]; ok {
		return out
	}
	if es.bySentence == nil {
		es.bySentence = map[span][]mention{}
	}
	out := es.sentenceMentionsUncached(s)
	es.bySentence[s] = out
	return out
}

func (es *entitySet) sentenceMentionsUncached(s span) []mention {
	var out []mention
	// The mentions are in text order: start at the sentence's first (a long text
	// asks for every sentence, and back-references add mentions).
	i := sort.Search(len(es.mentions), func(k int) bool { return es.mentions[k].start >= s.start })
	for _, m := range es.mentions[i:] {
		if m.start >= s.end {
			break
		}
		if m.end <= s.end && !notAName(m) && !m.media {
			out = append(out, m)
		}
	}
	return out
}

// notAName reports whether a new candidate is a word a reader took for a name: a bare suffix
// (有限公司), a relative date (上月) or a counted noun (两笔投资, 三间公司). It fills no slot.
func notAName(m mention) bool {
	if m.id != "" || m.kind == kg.KindPlace {
		return false
	}
	if m.key != "" && m.key != "e:"+textnormFold(m.name) {
		return false // 研發院 standing for 香港微電子研發院 is an alias of a name
	}
	k := string(m.kind) + "|" + m.name
	notANames.Lock()
	v, ok := notANames.m[k]
	notANames.Unlock()
	if ok {
		return v
	}
	v = notANameUncached(m)
	notANames.Lock()
	if len(notANames.m) >= 20000 {
		notANames.m = map[string]bool{} // bounded: a long-running server reads many names
	}
	notANames.m[k] = v
	notANames.Unlock()
	return v
}

// notANames keeps the verdict per name: folding runs OpenCC, and every slot asks.
var notANames = struct {
	sync.Mutex
	m map[string]bool
}{m: map[string]bool{}}

func notANameUncached(m mention) bool {
	if m.kind == kg.KindPerson {
		return containsStopWord([]rune(textnormFold(m.name))) // 毕业, 表示: a verb, not a person
	}
	if timeWord(m.name) {
		return true
	}
	n := textnormFold(m.name)
	if wordAt([]rune(n), 0, zhPlanVerbs) {
		return true // 公司正在筹备赴港上市: a plan, read as the name before 上市
	}
	for _, a := range []string{"协议", "协议书", "备忘录", "意向书", "合同"} {
		if strings.HasSuffix(n, a) && len([]rune(n)) <= 6 {
			return true // 簽署專利作價入股協議: the agreement signed is no party to it
		}
	}
	for _, suf := range zhSuffixes {
		if n == suf.s {
			return true
		}
	}
	r := []rune(n)
	return len(r) >= 2 && strings.ContainsRune("一二两三四五六七八九十数多几首", r[0]) && strings.ContainsRune("笔家间个名位项轮只批", r[1])
}

// zhPlanVerbs open a clause that says what a company plans (筹备上市, 计划赴港上市): no name
// starts with them.
var zhPlanVerbs = []string{"筹备", "准备", "计划", "打算", "寻求", "冲刺", "谋求", "正在", "正筹", "拟"}

// group collects the nearest fitting mention on one side of [cs, ce) and the items listed with it.
func group(d *doc, ms []mention, c *relCue, side int, left bool, cs, ce int) []mention {
	t := c.typ
	var out []mention
	if left {
		i := len(ms) - 1
		for ; i >= 0 && (ms[i].end > cs || !fitsCue(c, side, ms[i].kind)); i-- {
			if ms[i].end <= cs && !skippable(t, side, ms[i]) {
				return nil
			}
		}
		if i < 0 || crossesClause(d, ms[i].end, cs) {
			return nil
		}
		// "甲与香港投资管理有限公司（港投公司）签署": the bracketed alias stands for the name before it.
		aliasEnd := ms[i].end
		for i > 0 && sameEntity(ms[i-1], ms[i]) && strings.TrimSpace(string(d.runes[ms[i-1].end:ms[i].start])) != "" &&
			definingBracket(string(d.folded[ms[i-1].end:ms[i].start])) {
			i-- // (also 甲有限公司（下稱「甲」）簽署: the short form it defines)
		}
		if t == "LOCATED_IN" && origin(d, ms[i].start) {
			return nil // "公司由數碼港遷往科學園": 數碼港 is where it came from, the subject is elsewhere
		}
		between := string(d.runes[ms[i].end:cs])
		if d.lang == "en" && aliasEnd > ms[i].end {
			// "X (XVC), the venture arm of Y": what follows the bracket describes X.
			between = strings.TrimLeft(string(d.runes[aliasEnd:cs]), ")\"”’'")
		}
		// ", which …" and an apposition holding the cue ("Lumina, a start-up spun off from X")
		// describe the name just before.
		relative := strings.HasPrefix(between, ", which") || strings.HasPrefix(between, ", who") ||
			(strings.HasPrefix(between, ", a ") || strings.HasPrefix(between, ", an ") || strings.HasPrefix(between, ", the ")) && strings.Count(between, ",") == 1 ||
			relativeAfterPlace(d, ms, i, cs) || // "the Centre in Tseung Kwan O, which is run by X"
			appositiveCue(d, c, between) || // "A and B, the investment arm of C": the cue opens the apposition
			personAppositionCue(d, c, ms[i], between) // "A and B, previously an engineer at C": B's past (titledlists_en.go)
		// A cue right after "and" opens a second predicate, not a list item ("X was
		// incubated at Y and is backed by Z", "X spent years at Y and was an engineer at Z").
		cueAfterAnd := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(between), ",")) == "and"
		if d.lang == "en" && !relative && !includedListBefore(d, ms, c, side, i, between) && !sharedAside(between) && (strings.Contains(between, ",") || strings.Contains(between, " and ") && (!isGlue(d, ms[i].end, cs) || cueAfterAnd)) {
			// "X was incubated at Y and is now headquartered in Z": the predicates share X.
			// "A, a subsidiary of B, manages C": the subject stands before the apposition
			// (not "A's venture arm, B, invested": A owns the subject).
			lo := 0
			fits := func(m mention) bool { return fitsCue(c, side, m.kind) }
			if m, opened, ok := mainSubjectAfterOpener(d, d.sents[d.sentenceOf(cs)], ms[:i], fits); opened && ok {
				for lo < i && ms[lo].start < m.start {
					lo++ // "Founded by A, a former B engineer, X supplies … and signed with C": X, not B
				}
			}
			for j := lo; j < i; j++ {
				if fitsCue(c, side, ms[j].kind) && !possessive(d, ms[j].end) {
					i = j
					break
				}
			}
		}
		out = append(out, ms[i])
		if d.lang == "en" && relative && !strings.HasPrefix(between, ", wh") {
			return out // "A and B, the venture arm of C": the apposition describes B alone
		}
		for j := i - 1; j >= 0; j-- {
			if closesParticipleOpener(d, ms[j].end, out[len(out)-1].start) {
				break // "Founded in 2019 by A and B, X is a graduate of": the founders are no item
			}
			// "SoftBank and Tokyo-based Mizuho Capital were…": a place that modifies an item.
			if ms[j].kind == kg.KindPlace && j > 0 && modifierPlace(d, ms[j], out[len(out)-1]) {
				continue
			}
			// "甲与新加坡主权基金乙": the place is part of the description the glue holds.
			if ms[j].kind == kg.KindPlace && j > 0 && d.lang != "en" && fitsCue(c, side, ms[j-1].kind) && isGlue(d, ms[j-1].end, out[len(out)-1].start) {
				continue
			}
			// "乙、丙及由丁管理的戊跟投": 丁 is the agent of a clause describing 戊, and 丙 the next item.
			if k, ok := afterAgentClause(d, ms, j); ok && j > 0 && ms[k].start == out[len(out)-1].start {
				j--
				if !fitsCue(c, side, ms[j].kind) || !isGlue(d, ms[j].end, ms[j+1].start-1) {
					break
				}
				out = append(out, ms[j])
				continue
			}
			// "乙及丙旗下的丁跟投": 丙 owns 丁, and 乙 is the next item of the list.
			if j > 0 && isOwnerGap(d, ms[j].end, out[len(out)-1].start) {
				j--
				if !fitsCue(c, side, ms[j].kind) || !isGlue(d, ms[j].end, ms[j+1].start) {
					break
				}
				out = append(out, ms[j])
				continue
			}
			last := out[len(out)-1]
			if k, ok := appositionHeadBefore(d, ms, j); ok && fitsCue(c, side, ms[k].kind) && isGlue(d, ms[j].end, modifiedStart(d, ms, last)) {
				out, j = append(out, ms[k]), k // "A, a subsidiary of B, and C": A, not B (appositionlists_en.go)
				continue
			}
			if !fitsCue(c, side, ms[j].kind) || !isGlue(d, ms[j].end, modifiedStart(d, ms, last)) || demonstrativeAfterAnd(d, ms[j].end, last) {
				break
			}
			out = append(out, ms[j])
		}
		// Reverse into text order.
		for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
			out[a], out[b] = out[b], out[a]
		}
		return out
	}
	i := 0
	for ; i < len(ms) && (ms[i].start < ce || !fitsCue(c, side, ms[i].kind)); i++ {
		// "从香港科技园公司旗下的“科技企业培育计划”毕业": the owner only names what follows.
		if ms[i].start >= ce && !skippable(t, side, ms[i]) && !(i+1 < len(ms) && ownerOf(d, ms[i], ms[i+1])) {
			return nil
		}
	}
	if i == len(ms) || crossesClause(d, ce, ms[i].start) {
		return nil
	}
	first := ms[i].start // the gap to the cue ends at the first name, before an owner that only describes the next
	if i+1 < len(ms) && describes(d, ms[i], ms[i+1]) && fitsCue(c, side, ms[i+1].kind) {
		i++ // "与香港新能源企业“晴川电力”合并": the name, not its description
	}
	if i+1 < len(ms) && ownerOf(d, ms[i], ms[i+1]) && fitsCue(c, side, ms[i+1].kind) && t != "LISTED_ON" { // "the Singapore Exchange's Catalist board" is the exchange's
		i++ // "由港投公司全资子公司甲担任管理人": 甲, the parent only names it
	}
	if k, ok := afterAgentClause(d, ms, i); ok && (t == "MEMBER_OF" || t == "WORKED_AT" || t == "ATTENDED") && fitsCue(c, side, ms[k].kind) {
		i = k // "加入了由港投公司牵头成立的「甲联盟」": 甲, not the founder named in the 由 clause
	}
	if (t == "ATTENDED" || t == "MEMBER_OF") && i+1 < len(ms) && titledBy(d, ms[i], ms[i+1]) && fitsCue(c, side, ms[i+1].kind) {
		i++ // "出席的还有财经事务及库务局局长何俊言": the person, not the bureau
	}
	if between := string(d.runes[ce:first]); d.lang == "en" && strings.ContainsAny(between, ",;") && len(strings.Fields(between)) > 4 {
		// "a Shenzhen-based startup, said it had raised … led by X": X is no end of -based
		// (an apposition stays: "spin off its gaming arm, Mocaverse").
		if t != "TARGETS_MARKET" || !locativeBefore(between) { // "back companies in A, B and C across the Greater Bay Area"
			return nil
		}
	}
	out = append(out, ms[i])
	for j := i + 1; j < len(ms); j++ {
		// "Singapore's Temasek and Beijing-based Lianhe": a place that modifies the next item.
		if ms[j].kind == kg.KindPlace && j+1 < len(ms) && (modifierPlace(d, ms[j], ms[j+1]) || t != "SUBSIDIARY_OF" && zhPlaceDescription(d, ms[j], ms[j+1])) &&
			isGlue(d, out[len(out)-1].end, ms[j].start) &&
			fitsCue(c, side, ms[j+1].kind) {
			out = append(out, ms[j+1])
			j++
			continue
		}
		if j+1 < len(ms) && ownerOf(d, ms[j], ms[j+1]) && fitsCue(c, side, ms[j+1].kind) && isGlue(d, out[len(out)-1].end, ms[j].start) {
			out = append(out, ms[j+1]) // "甲、乙，以及丙旗下的丁": 丙 owns the item 丁
			j++
			continue
		}
		if k, ok := nextBulletItem(d, ms, j, out[len(out)-1].end); ok {
			if !fitsCue(c, side, ms[k].kind) {
				break
			}
			out = append(out, ms[k]) // the next bullet line's name
			j = k
			continue
		}
		if d.lang == "en" && j+1 < len(ms) && ms[j].kind != kg.KindPerson && ms[j+1].kind == kg.KindPerson && fitsCue(c, side, ms[j+1].kind) {
			if _, ok := withoutPostBefore(d, string(d.runes[out[len(out)-1].end:ms[j+1].start]), ms[j+1].start); ok {
				out = append(out, ms[j+1]) // "A and ex-Google engineer B": Google only describes B's post
				j++
				continue
			}
		}
		if bracketedAlias(d, out[len(out)-1], ms[j]) {
			out[len(out)-1].end = ms[j].end + 1 // "A (HKIC), B and C": the bracket repeats A
			continue
		}
		if k, ok := afterApposition(d, ms, j, out[len(out)-1].end); ok && fitsCue(c, side, ms[k].kind) {
			out = append(out, ms[k]) // "the merger of A, a Shenzhen maker of X, and B"
			j = k
			continue
		}
		if !fitsCue(c, side, ms[j].kind) || !isGlue(d, out[len(out)-1].end, ms[j].start) && (memberNouns[c.cue] || !descriptorGlue(d, out[len(out)-1], ms[j])) { // descriptorGlue; "X incubatee A" names one
			break
		}
		if len(out) == 1 && opensJoinedClause(d, out[0].end, ms[j]) {
			break // "the programme run by A, and B now hosts our depots": B is the next clause's subject
		}
		if (t == "ATTENDED" || t == "MEMBER_OF") && j+1 < len(ms) && titledBy(d, ms[j], ms[j+1]) {
			j++ // "甲局长乙及丙公司联合创始人丁": the people
		}
		if t == "SUBSIDIARY_OF" && isPartnerGlue(d, out[len(out)-1].end, ms[j].start) {
			break // "甲旗下的乙與丙攜手": 丙 is 乙's partner, not another of 甲's subsidiaries
		}
		if j+1 < len(ms) && describes(d, ms[j], ms[j+1]) && fitsCue(c, side, ms[j+1].kind) {
			j++ // "甲以及香港城市大学团队“乙”": the item is the name its description stands before
		}
		out = append(out, ms[j])
	}
	if t == "TARGETS_MARKET" {
		out = withSummingRegion(d, ms, out) // 新加坡及印尼等東南亞市場
	}
	return closedList(d, out)
}

// closedList drops the items an English list gained through a bare comma when no "and"/"or"
// closes it: in "earned her PhD at MIT, Octave builds…" Octave starts the main clause.
func closedList(d *doc, out []mention) []mention {
	if d.lang != "en" || len(out) < 2 {
		return out
	}
	if g := strings.TrimSpace(string(d.folded[out[len(out)-2].end:out[len(out)-1].start])); g != "," {
		return out
	}
	for k := 1; k < len(out); k++ {
		if strings.TrimSpace(string(d.folded[out[k-1].end:out[k].start])) == "," {
			return out[:k]
		}
	}
	return out
}

// isGlue reports whether the text between two mentions joins them into one list. A comma
// joins English lists only: a Chinese ， separates clauses (A领投，B跟投).
func isGlue(d *doc, a, b int) bool {
	if b < a {
		return false
	}
	if bulletGlue(string(d.runes[a:b])) {
		return true // "甲(領投)\n・乙": items of a bullet list
	}
	// "A (HKIC) and B", "「甲」及「乙」": closing brackets and quotes belong to the item before.
	g := strings.ToLower(strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(string(d.runes[a:b])), ")）」”』")))
	g = strings.TrimSpace(strings.TrimRight(g, "「“『"))
	for _, p := range []string{"老股东", "老股東", "新股东", "新股東", "现有股东", "現有股東"} {
		g = strings.TrimSuffix(g, p)
	}
	if g == "，" || (g == "," || g == ", and") && d.lang != "en" {
		return false
	}
	if d.lang == "en" {
		g = withoutHonorific(d, g, b) // "Dr Karen Yip and Dr Rohan Mehta": the title opens the next item
		if p, ok := withoutPostBefore(d, string(d.runes[a:b]), b); ok {
			g = p // "A and ex-Google engineer B": the post opens the next item (titledlists_en.go)
		} else if p, ok := withoutDescriptorBefore(d, string(d.runes[a:b]), b); ok {
			g = p // "A, insurer B and C": the trade opens the next item (listdescriptors_en.go)
		}
	}
	if g == ", the" && d.lang == "en" {
		return theItemInList(d, b) // "GIC, the Qatar Investment Authority and Hillhouse" (listitems_en.go)
	}
	if utf8.RuneCountInString(g) > maxGlueRunes {
		return false // no glue is this long: skip folding the whole gap (a hot path on long gaps)
	}
	f := textnormFold(g)
	return listGlue[f] || d.lang != "en" && zhDescriptorGlue(f) // 、半導體封裝企業乙
}

// maxGlueRunes bounds the glue isGlue accepts: the longest listGlue entry, or 以及 and a ten-rune
// descriptor (zhDescriptorGlue). Folding keeps a string's rune count, so the bound holds before it.
var maxGlueRunes = func() int {
	n := 12
	for g := range listGlue {
		n = max(n, utf8.RuneCountInString(g))
	}
	return n
}()

// withoutHonorific drops from the lower-cased glue g an honorific that ends it when a person's
// name starts at b: the honorific belongs to that item.
func withoutHonorific(d *doc, g string, b int) string {
	i := strings.LastIndexByte(g, ' ')
	w := g[i+1:]
	if w == "" || !enHonorifics[strings.ToUpper(w[:1])+w[1:]] || !isCapitalised(string(d.runes[b:min(len(d.runes), b+2)])) {
		return g
	}
	if i < 0 {
		return ""
	}
	return strings.TrimSpace(g[:i])
}

// definingBracket reports whether what stands between a name and its short form opens a bracket
// that gives the short form: "（", "（下称“", "（以下简称「", "(the \"".
func definingBracket(g string) bool {
	g = strings.Trim(g, "（(「“\" ")
	for _, p := range []string{"以下简称", "下称", "简称", "以下称", "the"} {
		g = strings.TrimSpace(strings.TrimPrefix(g, p))
	}
	return strings.Trim(g, "「“\"") == ""
}

// isPartnerGlue reports whether only 與/同/跟 joins two mentions: the second is more often
// the first one's counterpart than another item of a list.
func isPartnerGlue(d *doc, a, b int) bool {
	g := strings.TrimSpace(string(d.folded[a:b]))
	return g == "与" || g == "同" || g == "跟"
}

// crossesClause reports whether a Chinese clause break lies between a and b: a cue's ends sit
// in its own clause. One lookup in clauseBreaks, built once per text: callers ask it for every
// pair of mentions in a clause.
func crossesClause(d *doc, a, b int) bool {
	if d.lang == "en" {
		return false
	}
	b = min(b, len(d.runes))
	if a >= b {
		return false
	}
	n := clauseBreaks(d)
	return n[b] > n[a]
}

// clauseBreaks returns d.breaks, building it on first use: breaks[p] counts the positions
// before p where a Chinese clause breaks (a comma, semicolon or colon, or a line break that
// does not open a bullet list), so a break lies in [a, b) when breaks[b] > breaks[a].
func clauseBreaks(d *doc) []int {
	if d.breaks != nil {
		return d.breaks
	}
	r := d.runes
	// next[i] is the first position after i that is not white space (len(r) for none), so
	// that a run of blank lines is walked once, not once per line break in it.
	next := make([]int, len(r)+1)
	next[len(r)] = len(r)
	for i := len(r) - 1; i >= 0; i-- {
		next[i] = next[i+1]
		if i+1 < len(r) && !isSpace(r[i+1]) {
			next[i] = i + 1
		}
	}
	bullet := func(i int) bool { return bulletOpensAt(r, next[i]) } // bulletFollows(r, i)
	n := make([]int, len(r)+1)
	prev := -1 // the last position before i that is not white space
	for i, c := range r {
		br := false
		switch c {
		case '\n', '\r': // a line break ends the clause unless a colon opens bullet lines
			br = !(prev >= 0 && (r[prev] == ':' || r[prev] == '：') && bullet(i))
		case '：', ':':
			j := i + 1
			for j < len(r) && r[j] == ' ' {
				j++
			}
			br = c == '：' && !(j < len(r) && (r[j] == '\n' || r[j] == '\r') && bullet(j)) // "包括：" before bullet lines
		case '，', '；', ',', ';':
			br = true
		}
		n[i+1] = n[i]
		if br {
			n[i+1]++
		}
		if !isSpace(c) {
			prev = i
		}
	}
	d.breaks = n
	return n
}

// startsWithPronoun reports whether the sentence opens with a word that refers back, after a
// time phrase that may open it (上月，公司…; 2022年，该公司…; In 2022, it…; Last month, the company…).
func startsWithPronoun(d *doc, s span) bool {
	if sectionLabelOpens(d, s) {
		return false // 公司背景：岩雀机器人成立于…: a label, then the subject
	}
	start := afterTimeOpener(d, s)
	if d.lang != "en" && wordAt(d.folded, s.start, []string{"公司", "该公司", "其"}) {
		start = s.start // 公司成立於2019年，總部位於…: the opening clause is the subject's, not a date
	}
	head := string(d.folded[start:min(s.end, start+20)])
	if strings.HasPrefix(head, "其中，") || strings.HasPrefix(head, "其中,") {
		return false // 其中，甲… "among them, A": the sentence names its own subject
	}
	for _, p := range pronouns {
		if strings.HasPrefix(head, p) {
			return p != "集团" || !ownerWord(head[len(p):]) // 集團旗下的「甲」…: the group only names 甲, the subject
		}
	}
	_, ok := enReferringPhrase(d, s)      // "The Hong Kong-based company later acquired …"
	return ok || pronounAfterPhrase(d, s) // "For the mainland launch, it has signed …" (phraseopeners_en.go)
}

// ownerWord reports whether a Chinese pronoun's rest opens with 旗下 or 的: the pronoun owns the
// subject that follows rather than being it.
func ownerWord(rest string) bool {
	return strings.HasPrefix(rest, "旗下") || strings.HasPrefix(rest, "的")
}

// timeWords mark a short opening clause as a time phrase or a source: 去年6月，/ 此前，/
// On Tuesday, / 据介绍，.
var timeWords = []string{"年", "月", "日", "前", "后", "今", "此", "同", "期间", "目前", "现时", "据悉",
	"in ", "on ", "last ", "earlier", "later", "since ", "this ", "next ", "meanwhile", "separately", "in addition", "also",
	// reported-speech and source openers: 据介绍，/ 招股书显示，/ 36氪获悉，/ 资料显示，
	"据", "显示", "获悉", "介绍", "指出", "透露", "报道", "消息", "另外", "此外", "同时", "事实上", "之前", "之后", "其中"}

// afterTimeOpener returns where the sentence's main clause starts: after up to two opening
// clauses of at most 12 code points that are time phrases or discourse markers (事实上，在正式
// 设立之前，…), after a source clause of up to 40 (证券时报记者从…获悉，), and after a leading
// adverb of time (目前公司…); else the sentence start.
func afterTimeOpener(d *doc, s span) int {
	start := s.start
	for round := 0; round < 2; round++ {
		next := openerEnd(d, span{start, s.end})
		if next == start {
			break
		}
		start = next
	}
	if d.lang != "en" {
		start = afterLeadingDate(d.folded, start, s.end)
	} else {
		start = afterEnglishLeadingDate(d, start, s.end) // "In 2024 it merged with …"
	}
	head := string(d.folded[start:min(s.end, start+4)])
	for _, a := range leadingAdverbs {
		if strings.HasPrefix(head, a) {
			return start + len([]rune(a))
		}
	}
	return start
}

// afterLeadingDate skips a Chinese date that opens a clause without a comma when a word that
// refers back follows it (今年2月该公司完成…, 2024年公司迁入…, 去年8月其总部…, 上月該集團…):
// the date is no subject, and the clause's subject is the one the pronoun carries over.
func afterLeadingDate(f []rune, i, end int) int {
	j := i
	if y, k := readInt(f, j, end); k-j == 4 && y >= 1950 && y <= 2100 && hasPrefixAt(f, k, "年") {
		j = k + 1
	} else if w := wordStartingAt(f, j, leadingYears); w != "" {
		j += len([]rune(w))
	}
	if m, k := readInt(f, j, end); k > j && k-j <= 2 && m >= 1 && m <= 12 && hasPrefixAt(f, k, "月") {
		j = k + 1
		if dd, k2 := readInt(f, j, end); k2 > j && dd >= 1 && dd <= 31 && (hasPrefixAt(f, k2, "日") || hasPrefixAt(f, k2, "号")) {
			j = k2 + 1
		}
	} else if w := wordStartingAt(f, j, leadingMonths); w != "" && j == i {
		j += len([]rune(w))
	}
	if j == i {
		return i
	}
	if w := wordStartingAt(f, j, []string{"初", "中", "底", "末", "上旬", "中旬", "下旬"}); w != "" {
		j += len([]rune(w))
	}
	if j < end && (wordAt(f, j, dateFollowedPronouns)) {
		return j
	}
	return i
}

// leadingYears and leadingMonths are the relative dates that may open a clause without a comma.
var leadingYears = []string{"今年", "去年", "明年", "前年", "本年", "上年"}
var leadingMonths = []string{"上月", "本月", "上个月", "今日", "昨日", "日前", "近日"}

// temporalAt reports whether a year or a month opens f at i (2026年, 明年, 3月, 上月): after 於/在
// it is a time, not the place a locative cue wants.
func temporalAt(f []rune, i, end int) bool {
	if y, k := readInt(f, i, end); k-i == 4 && y >= 1950 && y <= 2100 && hasPrefixAt(f, k, "年") {
		return true
	}
	if m, k := readInt(f, i, end); k > i && k-i <= 2 && m >= 1 && m <= 12 && hasPrefixAt(f, k, "月") {
		return true
	}
	return wordStartingAt(f, i, leadingYears) != "" || wordStartingAt(f, i, leadingMonths) != ""
}

// dateFollowedPronouns are the words after a comma-less date that carry the subject over.
var dateFollowedPronouns = []string{"该公司", "该集团", "该企业", "该初创", "该基金", "该机构", "公司", "集团", "其"}

// leadingAdverbs of time open a Chinese clause before its subject without a comma.
var leadingAdverbs = []string{"目前", "现时", "现在", "此前", "早前", "日前", "近日", "随后", "其后", "同年", "同月", "翌年", "另外", "此外",
	"合并后", "上市后", "上市前", "收购后", "重组后", "分拆后", "融资后", "成立后", // 合併後公司最大股東為…: an event, then the subject
	"例如", "比如", "譬如"} // 例如由甲成立的乙…: an example, then the subject

// sourceVerbs end an opening clause that names where the news came from.
// (also "among them" openers, 获批项目中，/ 入选企业当中，: the subject follows.)
var sourceVerbs = []string{"获悉", "报道", "显示", "介绍", "了解到", "透露", "项目中", "企业中", "公司中", "当中", "之中", "名单中"}

func openerEnd(d *doc, s span) int {
	if e, ok := enParticipleOpener(d, s); ok {
		return e // "Founded in 2019, the firm …"
	}
	for i := s.start; i < min(s.end, s.start+41); i++ {
		if d.runes[i] != '，' && d.runes[i] != ',' || d.runes[i] == ',' && isDigit(at(d.runes, i-1)) && isDigit(at(d.runes, i+1)) {
			continue // (not the comma of a number: 公司去年完成5,000萬港元融資 opens with no time clause)
		}
		head := string(d.folded[s.start:i])
		ok := false
		for _, w := range sourceVerbs {
			ok = ok || strings.HasSuffix(head, w)
		}
		for _, w := range timeWords {
			ok = ok || i-s.start <= 12 && strings.Contains(head, w)
		}
		if !ok || d.lang != "en" && afterLeadingDate(d.folded, s.start, i) > s.start {
			break // 今年3月公司完成A輪融資，…: a date, then the subject's clause
		}
		j := i + 1
		for j < s.end && d.runes[j] == ' ' {
			j++
		}
		return j
	}
	return s.start
}

// topicBefore is the entity a sentence that names no subject of its own refers back to: the
// first fitting mention of the nearest earlier sentence that names its own subject (one that
// itself opens with 公司/其/It refers further back), at most three sentences back. A name
// that modifies another (A的B, A's B) or a description before a name (保险科技初创「甲」) is
// not the subject. The bool says whether the mention is in the sentence just before.
func topicBefore(d *doc, es *entitySet, si int, fits func(mention) bool) (mention, bool, bool) {
	anyFit := fits
	firmWord := companyWord(d, d.sents[si])
	if firmWord {
		f := fits
		fits = func(m mention) bool { return f(m) && !publicBody(m.name) && !notACompany(m) && !fundVehicle(m.name) } // 公司 is no council, bureau or university; "the firm" no fund, programme, event or facility (staffposts.go, fundvehicles_en.go)
	}
	if m, ok := aboutSectionSubject(d, es, si, fits); ok {
		return m, false, true // "About Towngas\n… Through its subsidiary Y, it supplies …" (aboutsections_en.go)
	}
	if m, ok := roundOwnerBefore(d, es, si, fits); ok {
		return m, true, true // 乙参与了甲的C轮融资。本轮融资由丙领投 (roundreference_zh.go)
	}
	if m, ok := mergedRefOpening(d, es, si, fits); ok {
		return m, false, true // "The merged group plans …" (mergers_en.go)
	}
	if m, ok := companyAfterPersonSubject(d, es, si, fits); ok {
		return m, true, true // "Tsang co-founded QuickPay. The startup is backed by …" (subjects_en.go)
	}
	// 该基金/the fund, 该计划/the scheme name their kind: the latest one of that kind.
	if m, prev, ok := nounNamedBefore(d, es, si, fits); ok {
		return m, prev, true // "The centre" is the last name with Centre in it
	}
	if m, prev, ok := unitNamedBefore(d, es, si, fits); ok {
		return m, prev, true // "The subsidiary" is the one named as "The unit, X" (unitrefs_en.go)
	}
	if m, prev, ok := unitRunBefore(d, es, si, fits); ok {
		return m, prev, true // "The subsidiary …. It plans …. It will be led by": the subsidiary
	}
	if m, ok := itRunReferent(d, es, si, fits); ok {
		return m, false, true // "The fund will back …. In August it led …" (pronouns_en.go)
	}
	if m, prev, ok := kindPronounReferent(d, es, si, fits); ok {
		return m, prev, true // "The scheme", 该基金: the last name of that kind
	}
	// A run of sentences that all refer back ("It …. The company …. The firm ….")
	// keeps the subject named before the run: they do not count towards the three.
	itemStart, inItem := numberedItemStart(d, si) // a roundup's item is its own story (numbereditems_zh.go)
	for k, own := si-1, 0; k >= itemStart && own < 3 && k >= si-8; k-- {
		ms := es.sentenceMentions(d.sents[k])
		if startsWithPronoun(d, d.sents[k]) && !opensWithDefinedTerm(d, d.sents[k], ms) {
			continue // its own subject is further back; the names in it are objects
		}
		adjacent := own == 0 // only sentences that refer back stand between k and si
		own++
		if len(ms) == 0 {
			continue
		}
		if p, ok := possessiveTopic(d, d.sents[k], ms, fits); ok {
			return p, k == si-1, true // "Orbital Pay's largest shareholder is Ant Group. Its other investors …": Orbital Pay (coordinated_en.go)
		}
		if firmWord && (opensWithOther(d, d.sents[k], ms) || fundSubject(d, d.sents[k], ms, anyFit)) {
			continue // "The fund closed with commitments from X. The firm was founded by …": neither the fund nor X (staffposts.go, fundvehicles_en.go)
		}
		m, ok := firstSubject(d, d.sents[k], ms, fits)
		if !ok {
			continue // "Mr Cheuk joins from Temasek. He holds…": He is the person named before
		}
		if inItem {
			return m, k == si-1, true
		}
		// The article's main subject wins over a name that one sentence merely opens with
		// ("2019年，云栖影像与…合并。去年11月，公司收购…": 公司 is 云栖医疗, named most often).
		// 这家/这间/this point at the company just named.
		main, hasMain := mainSubject(d, es, si, fits)
		if hasMain && paragraphSubject(d, es, si, k, main, m) {
			return m, k == si-1, true // a roundup's paragraph is about its own company (paragraphs_en.go)
		}
		presented := adjacent && presentedOpener(d, d.sents[k], m) // 數碼港培育公司「甲」…。創辦人乙: 甲 was just presented (presented_zh.go)
		if hasMain && !sameEntity(main, m) && !startsWithDemonstrative(d, d.sents[si]) && !itAfterSubject(d, si, k) && !personPronounOpens(d, si) && !presented {
			return main, false, true
		}
		// No sentence opener wins, and the name found is further back or does not open
		// its sentence ("…由港聯物流創辦人鄧子軒出任。公司又透露…"): the organisation most sentences
		// name wins.
		sideParty := !adjacent || m.start > openerOrLabelEnd(d, d.sents[k])+1 &&
			!descriptorOpener(d, openerOrLabelEnd(d, d.sents[k]), m.start) && // 本地初創「智裝科技」… opens with its name
			!announcedHead(d, ms, m, fits) && // 甲宣布，乙完成…: 乙 opens the news
			!presentedName(d, d.sents[k], ms, m, fits) // 今屆焦點之一是本地初創「乙」: 乙 is the news
		if most, ok := mostNamedBefore(d, es, d.sents[si].start, fits); ok && sideParty && !sameEntity(most, m) && !itAfterSubject(d, si, k) && !personPronounOpens(d, si) &&
			!(hasMain && sameEntity(main, m)) { // the name found is the article's main subject: no other wins
			return most, false, true
		}
		return m, k == si-1, true
	}
	return mention{}, false, false
}

// kindPronounTopic is what sentence si's opening kind noun (the fund, the scheme) refers to: the
// last name like it, else the last mention of that kind in the ten sentences before.
func kindPronounTopic(d *doc, es *entitySet, si int, k kg.Kind, fits func(mention) bool) (mention, bool, bool) {
	if m, prev, ok := namedLikePronoun(d, es, si, k, fits); ok {
		return m, prev, true // "The scheme" is the last name ending in Scheme
	}
	for j := si - 1; j >= 0 && j >= si-10; j-- { // a fund is named once, then referred to for paragraphs
		ms := es.sentenceMentions(d.sents[j])
		for x := len(ms) - 1; x >= 0; x-- {
			if ms[x].kind == k && fits(ms[x]) {
				return ms[x], j == si-1, true
			}
		}
	}
	return mention{}, false, false
}

// mainSubject is the entity that opens the most sentences before sentence si as their first
// fitting name, when it opens at least two and more than any other: the article's subject.
func mainSubject(d *doc, es *entitySet, si int, fits func(mention) bool) (mention, bool) {
	counts := map[string]int{}
	first := map[string]mention{}
	j := 0
	for k := 0; k < si; k++ {
		s := d.sents[k]
		for j < len(es.mentions) && es.mentions[j].start < s.start {
			j++
		}
		from := s.start
		for ; j < len(es.mentions) && es.mentions[j].end <= s.end; j++ {
			m := es.mentions[j]
			if a, ok := announcedSubject(d, es.mentions[j+1:], m.end, s.end, fits); ok {
				from = a // 甲宣布，乙完成…: 乙 opens the news
				continue
			}
			if m.start < from || !fits(m) || m.media || m.id == "" && len([]rune(m.name)) < 3 || m.start < bylineEnd(d) || reportsNews(d, m.end) ||
				prepositionObject(d, m) { // "led by X", "a partner at X" open no sentence (appositionlists_en.go)
				continue // a two-character new name (科创) is more often a word than a name
			}
			if origin(d, m.start) || titledPersonAfter(d, es.mentions[j+1:], m, s.end) {
				break // 由甲共同设立 (the agent of a passive), 甲合伙人乙表示 (乙 speaks): 甲 opens no sentence
			}
			key := m.id + "|" + m.key
			counts[key]++
			if _, ok := first[key]; !ok {
				first[key] = m
			}
			for j < len(es.mentions) && es.mentions[j].end <= s.end {
				j++
			}
			break
		}
	}
	best, n, tie := "", 0, false
	for k, c := range counts {
		switch {
		case c > n:
			best, n, tie = k, c, false
		case c == n:
			tie = true
		}
	}
	if n < 2 || tie {
		return mention{}, false
	}
	return first[best], true
}

// origin reports whether 由/从/自 (from) stands right before position i.
func origin(d *doc, i int) bool {
	return i > 0 && (d.folded[i-1] == '由' || d.folded[i-1] == '从' || d.folded[i-1] == '自')
}

// participleOpeners open an English sentence whose subject follows the opening phrase:
// "Founded in 2019 by A, a former …, B builds …"; "Headquartered in Hong Kong, B manages …".
var participleOpeners = []string{"founded ", "headquartered ", "based ", "established ", "set up ", "backed ",
	"incorporated ", "launched ", "spun off ", "formerly ", "after ", "with "}

// closesParticipleOpener reports whether the gap [a, b) is the first comma of an English
// sentence opened by a participial phrase: the comma between the phrase and the main clause.
func closesParticipleOpener(d *doc, a, b int) bool {
	if d.lang != "en" || b-a != 2 || d.runes[a] != ',' {
		return false
	}
	s := d.sents[d.sentenceOf(a)]
	head := strings.ToLower(string(d.folded[s.start:min(s.end, s.start+16)]))
	for _, o := range participleOpeners {
		if strings.HasPrefix(head, o) {
			return !strings.ContainsRune(string(d.runes[s.start:a]), ',')
		}
	}
	return false
}

// mainSubjectAfterOpener returns, for an English sentence opened by a participial phrase, the
// first fitting mention that starts the main clause (right after ", "), if any.
func mainSubjectAfterOpener(d *doc, s span, ms []mention, fits func(mention) bool) (mention, bool, bool) {
	if d.lang != "en" {
		return mention{}, false, false
	}
	head := string(d.folded[s.start:min(s.end, s.start+16)])
	opened := false
	for _, o := range participleOpeners {
		opened = opened || strings.HasPrefix(head, o)
	}
	if !opened {
		return mention{}, false, false
	}
	for _, m := range ms {
		if m.start >= 2 && d.runes[m.start-1] == ' ' && d.runes[m.start-2] == ',' && fits(m) && !possessive(d, m.end) &&
			!(m.end < s.end && d.runes[m.end] == ',') {
			return m, true, true
		}
	}
	return mention{}, true, false
}

// firstSubject is the first mention that fits and stands as a subject: not followed by 的/'s,
// and not a description followed at once by the name it describes.
func firstSubject(d *doc, s span, ms []mention, fits func(mention) bool) (mention, bool) {
	ms = afterByline(d, ms) // the reporter and the paper of a byline are no subject
	if m, opened, ok := mainSubjectAfterOpener(d, s, ms, fits); opened {
		return m, ok
	}
	// "由甲創立的「乙」…": a clause opening with 由…的 describes its head noun 乙, the subject.
	if i := afterTimeOpener(d, s); d.lang != "en" && i < s.end && d.folded[i] == '由' {
		if k := strings.IndexRune(string(d.folded[i:min(s.end, i+40)]), '的'); k > 0 {
			de := i + len([]rune(string(d.folded[i:min(s.end, i+40)])[:k]))
			var rest []mention
			for _, m := range ms {
				if m.start > de {
					rest = append(rest, m)
				}
			}
			ms = rest
		}
	}
	from := s.start
	if e := asFrameEnd(d, s); e > 0 {
		from = e // 作為甲的培育公司，乙…: 乙 (asframes_zh.go)
	}
	for i, m := range ms {
		if m.start < from {
			continue
		}
		if a, ok := announcedSubject(d, ms[i+1:], m.end, s.end, fits); ok {
			from = a // 甲宣布，乙完成…: the announced clause's subject
			continue
		}
		if !fits(m) || possessive(d, m.end) && !roundOwner(d, m.end) /* 甲的A轮融资由乙领投 */ || reportsNews(d, m.end) /* 36氪获悉 */ || exceptedName(d, m) /* 除甲外，乙… (excepted_zh.go) */ {
			continue
		}
		if i+1 < len(ms) && describes(d, m, ms[i+1]) && fits(ms[i+1]) {
			return ms[i+1], true
		}
		if n, ok := headAfterDe(d, ms, i, fits); ok {
			return n, true
		}
		return m, true
	}
	return mention{}, false
}

// describes reports whether mention a is a description standing right before the name b
// (本地保险科技初创「卓衡科技」, 深圳机器人企业极序机器人): only a descriptor noun or a quote
// mark lies between them.
func describes(d *doc, a, b mention) bool {
	if d.lang == "en" {
		return enDescribes(d, a, b) // "VC firm Tenfold Ventures" (names.go)
	}
	if b.start < a.end || b.start-a.end > 6 {
		return false
	}
	g := strings.Trim(string(d.folded[a.end:b.start]), "「」“”『』\"' ")
	if g == "" {
		return b.start > a.end // a quote mark alone: 甲「乙」
	}
	if contains(zhTeamNouns, g) || contains(zhIncubateeNouns, g) {
		return true // 香港城市大学团队“瓴羊材料”: the team is the name after (數碼港培育公司「乙」: incubatees_zh.go)
	}
	for _, w := range zhDescriptors {
		if g == w && !strings.Contains(w, "旗下") && !strings.Contains(w, "子公司") && w != "母公司" {
			return true
		}
	}
	return false
}

func textnormFold(s string) string { return textnorm.ToSimplified(s) }

// partnerBefore finds the first party of "A与B签署…" / "A和B合作" when the cue's left list holds
// only B: the nearest fitting mention before a 与/和/同/跟 that stands before B in its clause.
func partnerBefore(d *doc, ms []mention, t kg.RelType, b mention) (mention, bool) {
	for i := b.start - 1; i >= 0 && i > b.start-40; i-- {
		c := d.folded[i]
		if isClauseBreak(d.runes[i]) || c == '。' || c == '；' {
			break
		}
		if c != '与' && c != '和' && c != '同' && c != '跟' {
			continue
		}
		for j := len(ms) - 1; j >= 0; j-- {
			m := ms[j]
			if m.end <= i && kindFits(t, 0, m.kind) && !crossesClause(d, m.end, i) && !sameEntity(m, b) {
				return m, true
			}
		}
	}
	return mention{}, false
}

// financing words: a cue flagged "fin" (获, alongside) fires only in a sentence about money.
var financing = []string{"融资", "投资", "注资", "轮", "funding", "financing", "round", "invest", "raised", "raise",
	"hk$", "us$", "rmb", "s$", "capital injection",
	"series a", "series b", "series c", "series d", "series e", "pre-seed", " yuan"} // "co-led a Series A in X alongside Y", "150 million yuan"

func aboutFinancing(d *doc, s span) bool {
	if v, ok := d.financing[s]; ok {
		return v // asked for every cue of the sentence
	}
	t := string(d.folded[s.start:s.end])
	v := false
	for _, w := range financing {
		if strings.Contains(t, w) {
			v = true
			break
		}
	}
	if d.financing == nil {
		d.financing = map[span]bool{}
	}
	d.financing[s] = v
	return v
}

// skippable reports whether a mention that does not fit a slot may be passed over while
// looking for the slot's entity: places may ("Shanghai-based chipmaker NovaSil"), other
// entities may not (they are the slot's real filler of the wrong kind).
func skippable(t kg.RelType, side int, m mention) bool {
	if ks, ok := endKinds[t]; ok && len(ks[side]) == 1 && ks[side][0] == kg.KindPerson {
		return true // titles find people reliably: "by former Goldman Sachs trader Kevin Lau"
	}
	return m.kind == kg.KindPlace || m.kind == kg.KindPerson && t == "INVESTED_IN"
}

func isOwnerGap(d *doc, a, b int) bool {
	if b < a {
		return false
	}
	// Trimmed by index, so that a far pair costs no string (the longest gap is 旗下的).
	for a < b && unicode.IsSpace(d.folded[a]) {
		a++
	}
	for b > a && unicode.IsSpace(d.folded[b-1]) {
		b--
	}
	if b-a > 3 {
		return false
	}
	g := string(d.folded[a:b])
	return g == "旗下的" || g == "旗下" || g == "'s" || g == "’s"
}

// afterApposition finds the next list item after an English apposition: in "A, a Shenzhen
// maker of flight controllers, and B" the text after A is ", a … , and " and B (ms[k], k ≥ j)
// is the next item; the names inside the apposition (Shenzhen) are skipped.
func afterApposition(d *doc, ms []mention, j, from int) (int, bool) {
	if d.lang != "en" {
		return 0, false
	}
	rest := string(d.folded[from:min(len(d.folded), from+4)])
	if !strings.HasPrefix(rest, ", a ") && !strings.HasPrefix(rest, ", an") && !strings.HasPrefix(rest, ", wh") { // ", who spent five years at X, and B
		return 0, false
	}
	for k := j; k < len(ms) && ms[k].start-from <= 160; k++ { // an aside with a clause of its own ("who studied at X")
		g := string(d.folded[from:ms[k].start])
		if isCapitalised(string(d.runes[ms[k].start:min(len(d.runes), ms[k].start+2)])) {
			g = withoutDescriptorTail(g) // "A, which anchored it, insurer B and C" (listdescriptors_en.go)
		}
		if strings.HasSuffix(g, ", and ") || strings.HasSuffix(g, ", and the ") || ms[k].kind == kg.KindPerson && titledAndSuffix(g) {
			if strings.Count(g, ",") == 2 {
				return k, true
			}
			return 0, false
		}
		if (strings.HasSuffix(g, "; ") || strings.HasSuffix(g, "; and ")) && strings.Count(g, ";") == 1 && strings.Count(g, ",") == 1 {
			return k, true // "A, a customs-data platform; B, a …; and C": items that carry asides
		}
		if strings.HasSuffix(g, ", ") && strings.Count(g, ",") == 2 && k+1 < len(ms) && closesList(d, ms[k].end, ms[k+1].start) {
			return k, true // "A, which led the Series A, B and C": the aside ends at a bare comma, and "and" closes the list
		}
	}
	return 0, false
}

// opensJoinedClause reports whether English mention m, after a first list item that ends at a,
// opens a clause joined by ", and " (m followed by a lower-case word): two items take no comma
// before "and", so "A, and B now hosts" is a second clause, as enClauseSubject reads it.
func opensJoinedClause(d *doc, a int, m mention) bool {
	g := string(d.folded[a:m.start])
	return d.lang == "en" && (g == ", and " || g == ", and the ") && lowerWordAfter(d, m.end, len(d.runes))
}

// closesList reports whether the gap [a, b) is the "and"/"or" that joins a list's last item.
func closesList(d *doc, a, b int) bool {
	switch strings.TrimPrefix(string(d.folded[a:b]), ",") {
	case " and ", " or ", " and the ", " or the ":
		return true
	}
	return false
}

// unnamedSubject reports whether a Chinese sentence opens with a name the reader did not
// recognise ("通達速運則於2010年創立": no mention, no pronoun, no title at its start): its
// subject is that name, not an earlier sentence's.
func unnamedSubject(d *doc, s span, ms []mention, cue int) bool {
	if d.lang == "en" {
		return false
	}
	i := afterTimeOpener(d, s)
	for i < s.end && (strings.ContainsRune(bulletRunes+"–—", d.folded[i]) || isSpace(d.folded[i])) {
		i++ // "－ 智譯通：由…創立": a bullet item opens with its own subject, named or not
	}
	if cue-i < 2 {
		return false // the clause opens with the cue itself (入选企业包括…)
	}
	// A clause opening with a preposition or an adverb (于…在香港联交所上市, 并…) has no subject.
	if i >= s.end || !isHan(d.folded[i]) || zhStopRunes[d.folded[i]] || strings.ContainsRune("亦再更均都便随首正现", d.folded[i]) ||
		startsWithPronoun(d, s) || titleAt(d.folded, i) > 0 {
		return false
	}
	for _, m := range ms {
		if m.start == i {
			return false
		}
	}
	return !companyAttributeOpens(d.folded, i, cue)
}

// zhCompanyAttributes are what a company has that a clause may open with while its owner is
// left out: 海外收入主要來自日本, 核心產品已銷往歐洲, 主要客戶來自東南亞. The owner is the company the
// text is about, not an unnamed subject.
var zhCompanyAttributes = []string{"收入", "营收", "收益", "营业额", "产品", "客户", "业务", "服务", "订单", "销售额",
	"总部", "办事处", "分公司"} // 国际总部将统筹东南亚市场的拓展: the company's own office (r19mkt)

// companyAttributeOpens reports whether one of zhCompanyAttributes opens within the first
// four runes of the clause that opens at i (the cue at cue may hold it: 收入主要來自).
func companyAttributeOpens(f []rune, i, cue int) bool {
	head := string(f[i:min(len(f), max(cue, i+8))])
	for _, a := range zhCompanyAttributes {
		if k := strings.Index(head, a); k >= 0 && len([]rune(head[:k])) <= 4 {
			return true
		}
	}
	return false
}

// speakerLabel reports whether the sentence opens with a speaker's name and a colon (陈细明：…,
// an interview's answer): what follows is speech, whose subjects are not the article's.
func speakerLabel(d *doc, s span, ms []mention) bool {
	if len(ms) == 0 || ms[0].start != s.start || ms[0].kind != kg.KindPerson || ms[0].end >= s.end {
		return false
	}
	c := d.runes[ms[0].end]
	return c == ':' || c == '：'
}

// timeWord reports whether a name is only a relative date (上月, 前年, 同日) that a reader took
// for a clause's subject.
func timeWord(name string) bool {
	for _, r := range name {
		if !strings.ContainsRune("上下本今去前明同翌昨月年日周週季度内內初底中", r) {
			return false
		}
	}
	return name != ""
}

// ownerOf reports whether only a word of ownership stands between a and b: a's subsidiary b
// (港投公司全资子公司甲, 甲旗下的乙, A's unit B).
func ownerOf(d *doc, a, b mention) bool {
	if memberNounGap(d, a, b) {
		return true // "Cyberport incubatee Votee AI"
	}
	if b.start < a.end || b.start-a.end > 7 {
		return false
	}
	if g := string(d.folded[a.end:b.start]); g == "「" || g == "“" || g == "『" {
		return true // 數碼港「金融科技創新大獎」: the body's own award or programme
	}
	switch strings.Trim(string(d.folded[a.end:b.start]), " 「“『") {
	case "全资子公司", "的全资子公司", "子公司", "的子公司", "旗下", "旗下的", "附属公司", "的附属公司", "全资附属公司", "'s", "’s",
		"的": // 获香港科技园公司的“科技企业培育计划”录取
		return true
	}
	return false
}

// startsWithDemonstrative reports whether the sentence's subject is 这家…/这间…/this…: the
// entity just named, not the article's main one.
func startsWithDemonstrative(d *doc, s span) bool {
	start := afterTimeOpener(d, s)
	head := string(d.folded[start:min(s.end, start+6)])
	for _, p := range []string{"这家", "这间", "this ", "these ", "该公司", "该企业", "该初创"} { // 该公司: the one just named
		if strings.HasPrefix(head, p) {
			return true
		}
	}
	return false
}

// modifierPlace reports whether place p only modifies the name n after it: Beijing-based
// Lianhe, Singapore's Temasek, 深圳的甲.
func modifierPlace(d *doc, p, n mention) bool {
	switch strings.TrimSpace(string(d.folded[p.end:n.start])) {
	case "-based", "-headquartered", "'s", "’s", "的", "":
		return n.start >= p.end
	}
	return describedByPlace(d, p, n) // "A and the Shenzhen chipmaker B"
}

// kindPronounReferent resolves a sentence that opens with a pronoun of a kind (该基金, "The
// fund", "The scheme") to what it refers to (kindPronounTopic).
func kindPronounReferent(d *doc, es *entitySet, si int, fits func(mention) bool) (mention, bool, bool) {
	k, ok := pronounKind(d, d.sents[si])
	if !ok {
		return mention{}, false, false
	}
	return kindPronounTopic(d, es, si, k, fits)
}

// pronounKind is the kind a sentence's opening pronoun names: 该基金/the fund a fund, 该计划/the
// scheme a programme.
func pronounKind(d *doc, s span) (kg.Kind, bool) {
	start := afterTimeOpener(d, s)
	head := string(d.folded[start:min(s.end, start+14)])
	for _, p := range []string{"该基金", "此基金", "新基金", "基金", "the fund", "the new fund"} {
		if strings.HasPrefix(head, p) {
			return kg.KindFund, true
		}
	}
	for _, p := range []string{"该计划", "此计划", "计划由", "the scheme", "the programme", "the program"} {
		if strings.HasPrefix(head, p) {
			return kg.KindProgramme, true
		}
	}
	for _, p := range facilityPronouns {
		if strings.HasPrefix(head, p) {
			return kg.KindFacility, true // "The centre, housed on the campus…"
		}
	}
	return "", false
}

// titledPersonAfter reports whether a person's name follows organisation m after at most a
// short title with no break (深创投合伙人郑晗, HKSTP chief executive Albert Wong): the
// organisation only says whom the person works for; the person is the clause's subject.
func titledPersonAfter(d *doc, next []mention, m mention, end int) bool {
	reach := 8
	if d.lang == "en" {
		reach = 40 // "Raed Ventures managing partner Faisal Al-Harbi": English titles are words
	}
	if len(next) == 0 || next[0].kind != kg.KindPerson || next[0].start > end || next[0].start-m.end > reach || next[0].start == m.end {
		return false
	}
	for _, r := range d.runes[m.end:next[0].start] {
		if isClauseBreak(r) || r == '、' || r == '的' || r == '，' || r == '。' {
			return false
		}
		if d.lang == "en" && r != ' ' && r != '-' && !(r >= 'a' && r <= 'z') {
			return false // lower-case title words only: "X, Y and Z", "X's Y" are no title
		}
	}
	return true
}

// companyWord reports whether sentence s opens (after a time phrase) with a word that names a
// company as such: 公司, 该公司, 本公司, "the company", "the firm".
func companyWord(d *doc, s span) bool {
	start := afterTimeOpener(d, s)
	return wordAt(d.folded, start, []string{"公司", "该公司", "本公司", "the company", "the firm", "the start-up", "the startup"})
}

// companyClause reports whether the Chinese clause holding position i opens (after a time
// word) with a word for the company and names no one before i: its subject is that company,
// not a name in the clause before.
func companyClause(d *doc, ms []mention, i int) bool {
	if d.lang == "en" {
		return false
	}
	cs := zhClauseStart(d, i)
	if cs == 0 || !isClauseBreak(d.runes[cs-1]) {
		return false // a sentence's start: the sentence-level readers see it
	}
	j := cs
	if w := wordStartingAt(d.folded, j, zhTimeWords); w != "" {
		j += len([]rune(w))
	}
	if !wordAt(d.folded, j, []string{"公司", "该公司", "本公司", "集团", "该集团"}) || wordAt(d.folded, j, []string{"公司的", "集团的"}) {
		return false
	}
	for _, m := range ms {
		if m.start >= cs && m.end <= i {
			return false
		}
	}
	return true
}

// publicBody reports whether a name is a government body's, a council's or a university's:
// never what "the company" refers to.
func publicBody(name string) bool {
	if governmentBody(name) || university(name) || universityShortName(name) {
		return true
	}
	n := textnormFold(name)
	return strings.HasSuffix(n, "议会") || strings.HasSuffix(n, "Council")
}

// openerOrLabelEnd is where a sentence's main clause starts: after a section label
// (公司背景：甲成立于…) or else after its time phrase (afterTimeOpener).
func openerOrLabelEnd(d *doc, s span) int {
	if sectionLabelOpens(d, s) {
		for k := s.start; k < s.end; k++ {
			if d.folded[k] == ':' || d.folded[k] == '：' {
				return k + 1
			}
		}
	}
	return afterTimeOpener(d, s)
}
