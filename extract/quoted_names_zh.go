package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
	"github.com/hkgraph/hkgraph/textnorm"
)

// Names in 「」 that carry no kind suffix. Hong Kong news quotes a company's name where
// English would capitalise it; what stands around the quote says it is a name:
//   - an event word ends it (「2025香港智能製造博覽」, 「數碼港創業周」);
//   - a peer noun stands before it (本地同業「再生源」, 競爭對手「快送」);
//   - a time word or a verb a company does follows it (「數思醫療」去年畢業, 「速遞通」宣布).

// zhQuotedEventEnds end the quoted name of an event.
var zhQuotedEventEnds = []string{"博览", "展览", "展会", "创科展", "嘉年华", "大会", "年会", "节", "周", "挑战赛", "比赛"}

// zhQuotedOccasionEnds end the quoted name of an occasion: a ceremony (签约仪式, 开幕典礼), a
// promotion or a launch (投资推介会, 新品发布会), a fair (发明展). Such a name may hold verbs
// that stop an unquoted name (「2025顺德投资推介会暨重点项目签约仪式」): the quotes bound it.
var zhQuotedOccasionEnds = []string{"仪式", "典礼", "推介会", "发布会", "洽谈会", "招商会", "研讨会", "交流会", "分享会", "说明会",
	"启动礼", "开幕礼", "颁奖礼", "展"}

// zhPeerNouns stand before the quoted name of another company: 本地同業「再生源」.
var zhPeerNouns = []string{"同业", "同行", "对手", "竞争对手", "伙伴", "合作伙伴", "新创", "初创"}

// zhCompanyDoes follow the quoted name of a company: a time word or a verb of a company's news.
var zhCompanyDoes = []string{"去年", "今年", "上月", "本月", "早前", "日前", "近日", "昨日", "今日", "前日", "宣布", "表示", "透露", "公布",
	"完成", "获得", "成立于", "创立于", "总部", "毕业", "落户", "进驻", "于20", "于19"}

// quotedNameByContext reports whether the quoted m is a name by what stands around it, and
// gives it its kind.
func quotedNameByContext(d *doc, m *mention) bool {
	f := d.folded
	name := []rune(textnorm.Fold(m.name))
	for _, s := range zhQuotedEventEnds {
		if n := len([]rune(s)); len(name) >= n+2 && len(name) <= 16 && hasSuffixAt(name, len(name), s) && !containsStopWord(name) {
			m.kind = kg.KindEvent
			return true
		}
	}
	if occasionName(name) {
		m.kind = kg.KindEvent
		return true
	}
	if quotedPair(d, *m) {
		return true // 「港華物流」與深圳的「捷運通」合併而成
	}
	if quotedItemOrObject(d, *m) {
		return true // 包括「聲匯AI」、「綠芯」; 與「藍橋」簽署; 收購「凍運通」 (quoted_items_zh.go)
	}
	if !plainName(name) || len(name) > 8 || m.start < 1 || m.end+1 > len(f) { // a quote may open the text
		return false
	}
	for _, p := range zhPeerNouns {
		if hasSuffixAt(f, m.start-1, p) {
			return true
		}
	}
	// 口號是「…」, 稱為「…」: a predicate's quote is a phrase, not a name.
	return m.end+1 < len(f) && wordAt(f, m.end+1, zhCompanyDoes) && !strings.ContainsRune("是为称", at2(f, m.start-2))
}

// occasionName reports whether the folded quoted name ends with an occasion word and holds a
// proper part of three runes or more before it: not generic words alone (「新品发布会」), not a
// sentence.
func occasionName(name []rune) bool {
	if len(name) > 30 || strings.ContainsAny(string(name), "，。；：,;:!?！？") {
		return false
	}
	for _, s := range zhQuotedOccasionEnds {
		n := len([]rune(s))
		if len(name) >= n+3 && hasSuffixAt(name, len(name), s) && !allGeneric(string(name[:len(name)-n])) &&
			!demonstrativeLed(name) && !strings.ContainsAny(string(name[:len(name)-n]), "的了吗呢吧") {
			return true
		}
	}
	return false
}

// editionLed reports whether a folded name opens with an edition (第51届, 第五届): an event's
// edition is part of its name (第51届日内瓦国际发明展), a batch (第二批) is not.
func editionLed(r []rune) bool {
	i := 1
	for i < len(r) && zhNumerals[r[i]] {
		i++
	}
	return i > 1 && i+2 < len(r) && r[i] == '届'
}

// quotedByContext proposes the quoted names that quotedNameByContext accepts and no other
// finder took (a cue before the quote gives its own kind: 管理的「香港增長組合」).
func quotedByContext(d *doc) []mention {
	if d.lang == "en" {
		return nil
	}
	var out []mention
	for i, c := range d.runes {
		if c != '「' && c != '“' && c != '『' {
			continue
		}
		if m, ok := quotedAt(d, i); ok && !hasKindSuffix(m.name) && quotedNameByContext(d, &m) {
			out = append(out, m)
		}
	}
	return out
}

// acronymStart moves the start a of a Latin word back over the letters an asterisk or an
// ampersand joins to it (A*STAR, AT&T): one name, not the word after the sign.
func acronymStart(r []rune, a int) int {
	for a >= 2 && (r[a-1] == '*' || r[a-1] == '&') && isLatinLetter(r[a-2]) {
		a--
		for a > 0 && (isLatinLetter(r[a-1]) || isDigit(r[a-1])) {
			a--
		}
	}
	return a
}

// descriptorOpener reports whether the text from a to b is only a description of the name at b
// (本地初創「, 德國工業機械人製造商): a sentence that starts so opens with that name.
func descriptorOpener(d *doc, a, b int) bool {
	if d.lang == "en" || b-a > 14 || b <= a {
		return false
	}
	g := strings.TrimRight(string(d.folded[a:b]), "「“『 ")
	if strings.ContainsAny(g, "，,。；：、") {
		return false
	}
	for _, x := range zhDescriptors {
		if strings.HasSuffix(g, x) {
			return true
		}
	}
	return false
}

// zhMergeVerbs follow two parties that merge or combine (甲与乙合并而成).
var zhMergeVerbs = []string{"合并", "整合", "重组"}

// quotedPair reports whether the quoted plain name m and another quoted plain name are joined by
// 与/和/及 and followed by a verb of a pair (「港華物流」與深圳的「捷運通」合併而成, 「甲」和「乙」
// 簽署協議): two parties, so two names; the second may carry a short 的-modifier (深圳的).
func quotedPair(d *doc, m mention) bool {
	f := d.folded
	name := func(o mention) bool { return plainName(f[o.start:o.end]) && !allGeneric(string(f[o.start:o.end])) }
	if !name(m) {
		return false
	}
	pairAfter := func(o mention) bool {
		e := o.end + 1
		return name(o) && e < len(f) && (wordAt(f, e, zhPairVerbs) || wordAt(f, e, zhMergeVerbs))
	}
	// m first: m」與(…的)「o」+verb
	if j := m.end + 1; j < len(f) && strings.ContainsRune("与和及", f[j]) {
		k := j + 1
		if g := modifierEnd(f, k); g > 0 {
			k = g
		}
		if o, ok := quotedAt(d, k); ok && pairAfter(o) {
			return true
		}
	}
	// m second: 「o」與(…的)「m」+verb
	if !pairAfter(m) {
		return false
	}
	for j := m.start - 2; j >= 1 && j >= m.start-8; j-- {
		if strings.ContainsRune("与和及", f[j]) && strings.ContainsRune("」”", f[j-1]) {
			k := j + 1
			if g := modifierEnd(f, k); g > 0 {
				k = g
			}
			return k == m.start-1 && quotedBefore(d, j-1, name)
		}
	}
	return false
}

// quotedBefore reports whether the quote that closes at c holds a name that ok accepts.
func quotedBefore(d *doc, c int, ok func(mention) bool) bool {
	for o := c - 1; o >= 0 && o >= c-26; o-- {
		if strings.ContainsRune("「“", d.runes[o]) {
			q, found := quotedAt(d, o)
			return found && q.end == c && ok(q)
		}
	}
	return false
}

// modifierEnd is where a short modifier that ends with 的 (深圳的, 本地的) ends when one starts at
// k, else 0.
func modifierEnd(f []rune, k int) int {
	for e := k; e < len(f) && e <= k+4; e++ {
		if f[e] == '的' && e > k {
			return e + 1
		}
		if !isHan(f[e]) || zhStopRunes[f[e]] {
			return 0
		}
	}
	return 0
}

// everyDay reports whether the 日 at i follows 每 (每日财经): "every day", no date.
func everyDay(f []rune, i int) bool { return f[i] == '日' && i > 0 && f[i-1] == '每' }

// zhOrdinalNouns follow an ordinal that counts (第二批, 第三期, 第五届): no brand.
var zhOrdinalNouns = runeSet("批期届轮季阶次号个项年章条款名位家间代类级波部座份场组")

// ordinalBrand reports whether a name that opens with 第 and a numeral goes on with a word, not
// a counted noun (第一财经): a brand, not the second batch of something.
func ordinalBrand(r []rune) bool {
	i := 1
	for i < len(r) && zhNumerals[r[i]] {
		i++
	}
	return i == 2 && i+2 <= len(r) && !zhOrdinalNouns[r[i]] && isHanString(string(r[i:]))
}
