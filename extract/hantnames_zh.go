package extract

import (
	"strings"
	"sync"

	"github.com/hkgraph/hkgraph/kg"
	"github.com/hkgraph/hkgraph/textnorm"
)

// zhClassHeads are class nouns that Hong Kong press puts right before a new name of the same
// class (新加坡家族辦公室鼎峰家族辦公室, 美國藥企百時美施貴寶): a candidate that opens with one,
// once a place before it has been cut off, starts after it.
var zhClassHeads = []string{"家族办公室", "药企", "药厂"}

func init() {
	zhInnerDescriptors = append(zhInnerDescriptors, "药企", "药厂")
	// 美國藥企百時美施貴寶: a place before the class noun says where the company is.
	zhDescriptors = append(zhDescriptors, "药企", "药厂", "家族办公室")
	// 領投方維港投資合夥人陳詠詩: a round's role noun ends the walk left from a title.
	zhStopWords = append(zhStopWords, "领投方", "跟投方", "参投方")
}

// afterClassHead returns where the name f[s:e] starts once a class noun of zhClassHeads that
// opens it is cut off, when a plain name of two runes at least stays; s otherwise.
func afterClassHead(f []rune, s, e int) int {
	for k := s; k < e && k-s <= 6; k++ {
		if k > s && !placesOnly(f[s:k]) {
			continue // 新加坡家族辦公室…: only a place may stand before the class noun
		}
		for _, w := range zhClassHeads {
			if hasPrefixAt(f, k, w) {
				if rest := f[k+len([]rune(w)) : e]; len(rest) >= 2 && plainName(rest) && !allGeneric(string(rest)) && !bareSuffix(string(rest)) { // 香港家族辦公室協會 keeps its class
					return e - len(rest)
				}
			}
		}
	}
	return s
}

// isClassHead reports whether s is one of zhClassHeads: a kind precise enough that a place
// before it says where the company named after it is (美國藥企百時美施貴寶).
func isClassHead(s string) bool {
	for _, w := range zhClassHeads {
		if s == w {
			return true
		}
	}
	return false
}

// describesNext reports whether the Chinese candidate m is a place and kind words alone that
// stand right before the name they describe (香港創投基金「維港灣創科基金二期」, 新加坡家族
// 辦公室鼎峰家族辦公室): such a run names no one, but the places that open it stay (they say
// where the described one is). It returns those places.
func describesNext(d *doc, m, next mention) ([]mention, bool) {
	if m.kind != kg.KindOrganization && m.kind != kg.KindFund || m.key == "" || !textnorm.HasHan(m.name) {
		return nil, false
	}
	if next.start != m.end && !(next.start == m.end+1 && strings.ContainsRune("「“『", d.runes[m.end])) {
		return nil, false
	}
	f := d.folded[m.start:m.end]
	for k := len(f) - 2; k >= 0; k-- {
		if k > 0 && !placesOnly(f[:k]) {
			continue
		}
		if rest := string(f[k:]); allGeneric(rest) || isClassHead(rest) {
			var places []mention
			for _, p := range placeMatcher.FindFolded(f[:k]) { // the description only: a scan of the text per description would be quadratic
				if demonym[p.ID] == "" {
					a, b := m.start+p.Start, m.start+p.End
					places = append(places, mention{start: a, end: b, name: string(d.runes[a:b]), key: d.key(placeNames[p.ID][0]), kind: kg.KindPlace, english: p.ID})
				}
			}
			return places, true
		}
	}
	return nil, false
}

// fieldDescriptor reports whether a descriptor noun carries a field before its kind (創投機構,
// 科技公司, 初創企業): after a place (香港創投機構維港灣資本) it describes a firm of that place,
// where a bare kind (內地企業) says little. A count before the place (40家內地科技企業) makes
// the phrase a group, no one firm.
func fieldDescriptor(d *doc, s string, place int) bool {
	f := d.folded
	counted := place >= 2 && zhClassifiers[f[place-1]] && zhNumerals[f[place-2]]
	return len([]rune(s)) >= 4 && isBareDescriptor(s) && !counted
}

// zhMeasureWords count what follows a number in Chinese, in either script: 18間初創, 3名創辦人,
// 12個項目.
const zhMeasureWords = "间間家个個名位项項款所只隻部台批支队隊"

// countBeforeMeasure reports whether the Latin-script word w, ending at end, is a number that a
// Chinese measure word follows: it counts, it is no part of the name before it.
func countBeforeMeasure(rs []rune, w string, end int) bool {
	for _, c := range w {
		if !isDigit(c) {
			return false
		}
	}
	return end < len(rs) && strings.ContainsRune(zhMeasureWords, rs[end])
}

// latinKindInChinese is the kind of a Latin-script name inside Chinese text: by its suffix, and
// an event when it ends with "Day" (數碼港加速器Demo Day, 投資者Investor Day): a day of pitches
// or talks is held, not a company.
func latinKindInChinese(name string) kg.Kind {
	if strings.HasSuffix(name, " Day") || latinEdition(name) { // LEAP 2026 (editionnames_zh.go)
		return kg.KindEvent
	}
	return kindBySuffix(name, kg.KindOrganization)
}

// zhFacultyFields are the fields a university's faculty is named by (醫學院, 工程學院).
var zhFacultyFields = []string{"医", "工", "法", "商", "理", "文", "工程", "教育", "牙医", "药剂", "建筑", "护理", "社会科学", "人文"}

// bareFaculty reports whether the folded name is a faculty named by its field alone (醫學院,
// 工程學院): a part of the university the text names, no organisation of its own.
func bareFaculty(name string) bool {
	field, ok := strings.CutSuffix(name, "学院")
	return ok && contains(zhFacultyFields, field)
}

// businessLine reports whether the folded g names a business line of a company: two to six
// runes of field and 業務 (國際業務總經理, 數碼業務主管 after the employer's name).
func businessLine(g []rune) bool {
	return len(g) >= 4 && len(g) <= 8 && strings.HasSuffix(string(g), "业务")
}

// ownerDescriptors are the nouns that describe a partner named after them (與吉隆坡醫療集團
// Klinik Sejahtera簽署): zhDescriptors and the group noun, which describes a Latin or quoted
// name after it but is too often a name's own end to open names by itself.
var ownerDescriptors = sync.OnceValue(func() []string {
	return append(append([]string(nil), zhDescriptors...), "集团")
})

func init() {
	// 私營醫療集團, 公營機構: ownership words describe, they name no one.
	zhGeneric["私营"], zhGeneric["公营"] = true, true
}

func init() {
	// 基金由甲管理: a sentence opening with the bare fund noun and 由 speaks of the fund just
	// named, as 計劃由 does of a programme.
	pronouns = append(pronouns, "基金由")
}

// withSummingRegion adds to a list of markets the region that sums it up after 等 (新加坡及
// 印尼等東南亞市場): the company names the region as its market too.
func withSummingRegion(d *doc, ms []mention, out []mention) []mention {
	if d.lang == "en" || len(out) == 0 {
		return out
	}
	last := out[len(out)-1]
	if last.kind != kg.KindPlace || last.end >= len(d.folded) || d.folded[last.end] != '等' {
		return out
	}
	for _, n := range ms {
		if n.start == last.end+1 && n.kind == kg.KindPlace && wordAt(d.folded, n.end, []string{"市场", "地区", "国家"}) {
			return append(out, n)
		}
	}
	return out
}

func init() {
	// 香港科技園創投基金及天使投資人梁志恒跟投: an investor's kind before the next item of a
	// list of co-investors does not break the list.
	zhItemDescriptorEnds = append(zhItemDescriptorEnds, "投资人", "投资者")
}

// zhLatinKindNouns end a Chinese description of a name written in Latin letters: 新加坡加速器
// Iterative, 吉隆坡私營醫療集團Klinik Sejahtera.
var zhLatinKindNouns = []string{"加速器", "集团", "公司", "机构", "基金", "银行", "医院", "大学"}

// kindBeforeLatin reports whether between (the folded text from a place to the name o) is a
// short Chinese description ending with a kind noun and o is written in Latin letters: the
// place then says where o is.
func kindBeforeLatin(d *doc, between string, o mention) bool {
	r := []rune(between)
	if d.lang == "en" || textnorm.HasHan(o.name) || len(r) < 2 || len(r) > 8 || !isHanString(between) {
		return false
	}
	for _, w := range zhLatinKindNouns {
		if strings.HasSuffix(between, w) && !containsStopWord([]rune(strings.TrimSuffix(between, w))) {
			return true
		}
	}
	return false
}

// presentedName reports whether sentence s presents m with a copula and names nothing else
// that fits (今屆焦點之一是專注保險理賠的本地初創「理賠寶」): the sentence is about m, the
// next sentence's bare title is m's, however often the article names another.
func presentedName(d *doc, s span, ms []mention, m mention, fits func(mention) bool) bool {
	if d.lang == "en" {
		return false
	}
	for _, o := range ms {
		if o.start != m.start && fits(o) {
			return false
		}
	}
	before := string(d.folded[s.start:m.start])
	return strings.Contains(before, "是") || strings.Contains(before, "为")
}

// unplacedZone reports whether m is a cooperation zone (…合作區) whose name holds no place: a
// zone is named by the places it joins (河套深港科技創新合作區), a run without one is a phrase.
func unplacedZone(d *doc, m mention) bool {
	f := d.folded[m.start:m.end]
	return m.kind == kg.KindPlace && strings.HasSuffix(string(f), "合作区") && len(placeMatcher.FindFolded(f)) == 0
}
