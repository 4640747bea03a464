package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// The items of a Chinese enumeration (甲、乙、丙及丁) are names of one kind. When one item
// is an organisation the text already names (or the list ends with 等企业), the others that read
// as names are organisations too: 包括思博科技、藍海動力、康健醫療及數匯通.

// zhListKinds are the nouns after 等 that say a list names organisations (…及明略科技等企业).
var zhListKinds = []string{"企业", "公司", "机构", "初创", "投资者", "投资方", "银行", "大学", "院校", "集团", "品牌", "厂商", "车企", "券商", "基金",
	"零售", "连锁", "超市", "医院", "科企", "大厂", "巨头", "科技巨头", "互联网公司", "商会", "协会"}

// zhListOpeners1 are verbs right before a list's first item (合作伙伴有深智城、…, 例如甲、乙).
const zhListOpeners1 = "有如为是像到"

// item is one item of a list: its runes [s, e).
type item struct{ s, e int }

// zhPersonListNouns after 等 say a list names people (陈大文、李小明及张三等企业家).
var zhPersonListNouns = []string{"企业家", "嘉宾", "代表", "学者", "专家", "高管", "创办人", "创始人", "董事", "教授", "议员", "官员", "校友", "人士"}

// zhLastJoins join the last item of an enumeration.
var zhLastJoins = []string{"以及", "及", "和", "与"}

// enumeratedNames proposes the unnamed items of 、-lists whose other items are organisations.
func enumeratedNames(d *doc, ms []mention) []mention {
	if d.lang == "en" {
		return nil
	}
	f := d.folded
	var out []mention
	var cover [][]int32
	for k := 0; k < len(f); k++ {
		if f[k] != '、' {
			continue
		}
		// The first item: back from the 、 to a stop rune or a stop word.
		s := k
		for s > 0 && k-s < 10 && (isHan(f[s-1]) || isLatinLetter(f[s-1])) && !zhStopRunes[f[s-1]] && !stopWordEndsAt(f, s) &&
			!(k-s >= 2 && strings.ContainsRune(zhListOpeners1, f[s-1])) {
			s--
		}
		items := []item{{s, k}}
		j := k
		for j < len(f) && f[j] == '、' {
			e := j + 1
			for e < len(f) && e-j <= 10 && (isHan(f[e]) || isLatinLetter(f[e])) && !zhStopRunes[f[e]] && (e == j+1 || !wordAt(f, e, zhNameEnd)) {
				e++
			}
			items = append(items, item{j + 1, e})
			j = e
		}
		if w := wordStartingAt(f, j, zhLastJoins); w != "" && len(items) >= 2 {
			s := j + len([]rune(w))
			e := s
			for e < len(f) && e-s <= 10 && (isHan(f[e]) || isLatinLetter(f[e])) && !zhStopRunes[f[e]] && (e == s || !wordAt(f, e, zhNameEnd)) {
				e++
			}
			items = append(items, item{s, e})
			j = e
		}
		k = j
		kindNoun := false
		if w := wordStartingAt(f, j+1, zhListKinds); j < len(f) && f[j] == '等' && w != "" {
			kindNoun = !strings.ContainsRune("家人员主", at2(f, j+1+len([]rune(w)))) // 等企业家: people
		}
		if w := wordEndingAt(f, items[0].s, zhListOpenWords); w != "" && companiesListed(f, items[0].s-len([]rune(w))) {
			kindNoun = true // 入選企業包括思匯、藍橋及碳知道: the group named before the list (quoted_items_zh.go)
		}
		personNoun := j < len(f) && f[j] == '等' && (wordAt(f, j+1, zhPersonListNouns) || at2(f, j+1) == '人' && !strings.ContainsRune("工才", at2(f, j+2)))
		orgItem, personItem, placeItem := false, false, false
		named := map[item]bool{}
		if cover == nil {
			cover = make([][]int32, len(f)) // the strong mentions over each rune: a list asks only its own
			for mi, m := range ms {
				for i := max(m.start, 0); i < min(m.end, len(f)) && !m.weak; i++ {
					cover[i] = append(cover[i], int32(mi))
				}
			}
		}
		for _, it := range items {
			for i := it.s; i < it.e; i++ {
				for _, mi := range cover[i] {
					m := ms[mi]
					if i != max(m.start, it.s) {
						continue // met at an earlier rune of this item
					}
					exact := m.start == it.s && m.end == it.e
					if m.kind == kg.KindPlace && !exact {
						continue // 前海科创: a place opening an item leaves it unnamed
					}
					named[it] = true
					switch {
					case m.kind == kg.KindPerson:
						personItem = true
					case m.kind == kg.KindPlace:
						placeItem = true
					case exact && (m.kind == kg.KindOrganization || m.kind == kg.KindFund):
						orgItem = true
					}
				}
			}
		}
		kind := kg.Kind("")
		switch {
		case (orgItem || kindNoun) && !personItem && !placeItem:
			kind = kg.KindOrganization
		case !orgItem && !placeItem && !kindNoun && (personItem || personNoun || allPersonNames(f, items, named)):
			kind = kg.KindPerson // 聯合創辦人黃志明、林嘉欣和吳子聰; 梁思穎、何家豪及馮子健
		default:
			continue
		}
		for _, it := range items {
			run := f[it.s:it.e]
			if named[it] || kind == kg.KindOrganization && !listItemName(run, kindNoun) || kind == kg.KindPerson && !listPersonName(run) {
				continue
			}
			name := string(d.runes[it.s:it.e])
			out = append(out, mention{start: it.s, end: it.e, name: name, key: d.key(name), kind: kindBySuffix(name, kind)})
		}
	}
	return out
}

// listPersonName reports whether an item of a people's list reads as a Chinese name: a family
// name and one or two runes (a compound one and one or two), no title, no listed organisation.
func listPersonName(run []rune) bool {
	n, sur := len(run), 1
	for _, c := range compoundSurnames {
		if strings.HasPrefix(string(run), c) {
			sur = 2
		}
	}
	if n < sur+1 || n > sur+2 || sur == 1 && !surnames[run[0]] || !isHanString(string(run)) || wordAt(run, 0, zhNotNames) {
		return false
	}
	for _, c := range run {
		if zhStopRunes[c] {
			return false
		}
	}
	return !titleIn(run) && !hasKindSuffix(string(run)) && len(orgMatcher.FindFolded(run)) == 0
}

// allPersonNames reports whether a list of three or more unnamed items reads as people's names
// alone, two of them or more of three runes (梁思穎、何家豪及馮子健): Hong Kong's full names.
func allPersonNames(f []rune, items []item, named map[item]bool) bool {
	if len(items) < 3 {
		return false
	}
	three := 0
	for _, it := range items {
		if named[it] || !listPersonName(f[it.s:it.e]) {
			return false
		}
		if it.e-it.s == 3 {
			three++
		}
	}
	return three >= 2
}

// stopWordEndsAt reports whether a stop word ends at k of f (包括思博科技: the list opens after it).
func stopWordEndsAt(f []rune, k int) bool {
	for _, w := range zhStopWords {
		if hasSuffixAt(f, k, w) {
			return true
		}
	}
	return wordEndsAt(f, k, nameStopCues())
}

// listItemName reports whether an item of an organisations' list reads as a name: 2–8 runes,
// no stop word, not generic, no person's name (a surname and one or two runes), no title, no
// digit, no description (多家机构). After 等企业 the list names no people, and a brand may open
// with a surname's rune (惠康、萬寧及屈臣氏等零售連鎖店).
func listItemName(run []rune, kindNoun bool) bool {
	if len(run) < 2 || len(run) > 8 || hasDigit(run) || !kindNoun && len(run) <= 3 && surnames[run[0]] || zhGeneric[string(run[:2])] {
		return false
	}
	for _, w := range zhDescriptors {
		if strings.HasSuffix(string(run), w) {
			return false
		}
	}
	return !titleIn(run) && !allGeneric(string(run)) && plainName(run) // the dearest checks last
}
