package extract

import (
	_ "embed"
	"strings"

	"github.com/hkgraph/hkgraph/kg"
	"github.com/hkgraph/hkgraph/textnorm"
)

//go:embed cues/places.tsv
var placesTSV string

// placeMatcher finds the places of cues/places.tsv; its ids are the English names.
var placeMatcher, placeNames = func() (*textnorm.Matcher, map[string][2]string) {
	var named []textnorm.Named
	names := map[string][2]string{}
	for line := range cueLines(placesTSV) {
		f := strings.Split(line, "\t")
		named = append(named, textnorm.Named{ID: f[1], Names: []string{f[0], f[1]}})
		names[f[1]] = [2]string{f[0], f[1]}
		if demonym[f[1]] != "" { // "Chinese electric-vehicle maker XPeng" is in China
			names[f[1]] = names[demonym[f[1]]]
		}
	}
	// English adjectives of the listed places ("a Dutch developer") that the list leaves out.
	for adj, place := range demonym {
		if _, ok := names[adj]; !ok && names[place] != ([2]string{}) {
			named = append(named, textnorm.Named{ID: adj, Names: []string{adj}})
			names[adj] = names[place]
		}
	}
	return textnorm.NewMatcher(named), names
}()

// demonym maps the adjectives of the place list (and English phrases for one) to their place.
var demonym = map[string]string{"Chinese": "China", "Japanese": "Japan", "Korean": "South Korea", "American": "United States",
	"British": "United Kingdom", "Dutch": "Netherlands", "German": "Germany", "French": "France", "Swiss": "Switzerland",
	"Thai": "Thailand", "Vietnamese": "Vietnam", "Indonesian": "Indonesia", "Malaysian": "Malaysia",
	"Singaporean": "Singapore", "Asian": "Asia", "Indian": "India", "Australian": "Australia", "Canadian": "Canada",
	"the mainland": "Mainland China", // Hong Kong English names mainland China "the mainland"
	"European":     "Europe", "Southeast Asian": "Southeast Asia", "Emirati": "United Arab Emirates",
	"Italian": "Italy", "Spanish": "Spain", "Filipino": "Philippines", "Taiwanese": "Taiwan", "Israeli": "Israel"}

// findPlaces proposes the places a text names from the built-in list.
func findPlaces(d *doc) []mention {
	var out []mention
	for _, m := range placeMatcher.FindFolded(d.folded) {
		n := string(d.runes[m.Start:m.End])
		if d.lang != "en" && placeRunsIntoWord(d.folded, m.Start, m.End) {
			continue // 華泰國際 (placewords_zh.go)
		}
		if id := demonym[m.ID]; id != "" {
			if d.lang != "en" {
				continue // 中国人 is a people, not a place name in Chinese text
			}
			m.ID = id
		}
		out = append(out, mention{start: m.Start, end: m.End, name: n, key: d.key(placeNames[m.ID][0]), kind: kg.KindPlace, english: m.ID})
	}
	return append(out, countryCodePlaces(d)...) // "the US market" (countrycodes_en.go)
}

// zhDescriptors are the nouns Chinese news puts before a new name: 初创企业深瞳医疗, 金融科技初創「匯立通」.
var zhDescriptors = []string{"旗下的", "旗下", "全资子公司", "子公司", "附属公司", "母公司", "初创企业", "初创公司", "初创", "独角兽企业", "独角兽", "科技公司", "科技企业", "公司", "企业",
	"平台", "品牌", "投资方", "投资者", "投资人", "制造商", "开发商", "服务商", "供应商", "运营商",
	"业务", "新创公司", "新创企业", "投资机构", "创投机构", "机构", "券商", "龙头",
	"设备商", "生产商", "厂商", "主权基金", // 荷蘭半導體設備商ASML, 新加坡主權基金GIC
	"科企", "药企", "车企", "房企", "险企"} // 內地科企甲宣布: a kind of firm, abridged (an owner, 區屬國企, locates no one)

// zhNameEnd are the words that follow a new name in Chinese news (宣布, 表示, 今日 …).
var zhNameEnd = []string{"宣布", "表示", "披露", "透露", "指出", "称", "公告", "发布", "回应", "证实", "介绍", "强调",
	"计划", "筹备", "正在", "正", "今日", "昨日", "日前", "近日", "早前", "于", "在", "已", "将", "获", "与", "和", "正式",
	"完成", "成立", "推出", "的", "为", "是", "上月", "本月", "今年", "去年", "亦", "也", "再", "又", "则", "目前", "现时",
	"，", "。", "、", "；", "（", "(", "入选", "进驻", "落户", "加入",
	"委任", "任命", "向", "对", "同", "携手", "联手", "伙拍", "签署", "签订", "成为", "收购", "分拆", "入驻", "注资",
	"领投", "参与", "合作", "以", "凭借", "透过", "通过",
	"分获", "分别", "均", "共同"} // 甲与乙分获金奖

// descriptorNames finds a name right after a descriptor noun, ending where a verb or a
// preposition starts (初创企业深瞳医疗宣布 → 深瞳医疗).
func descriptorNames(d *doc) []mention {
	f := d.folded
	var out []mention
	for i := 0; i < len(f); i++ {
		for _, desc := range zhDescriptors {
			dr := []rune(desc)
			s := i + len(dr)
			if !hasPrefixAt(f, i, desc) {
				continue
			}
			if bareNounOpens(f, i, desc) || countedGroupNoun(f, i) || demonstrativeBefore(f, i) || at2(f, i-1) == '等' {
				// ，公司看好前景: a bare 公司 opening a clause is "the company", no descriptor;
				// 與多家香港公用事業公司接觸: a counted group names no one company;
				// 該公司辦公室設於…: "the company" points back, no name follows it (namebounds_zh.go);
				// 與甲、乙等車企展開合作: after 等 the noun closes a list, no name follows it.
			} else if wordAt(f, s, zhJointVerbs) {
				// 香港科技园公司联合星河数据: the descriptor ends a name, the verb joins a partner.
			} else if n, ok := quotedAt(d, s); ok {
				if !strings.ContainsRune(string(f[n.start:n.end]), '的') {
					out = append(out, n) // (公司「最重要的增長市場」 quotes a phrase: 的 joins no name)
				}
			} else if e := nameEndAfter(f, s, 8); e-s >= 2 && !zhStopRunes[f[s]] && !containsStopWord(f[s:e]) && !allGeneric(string(f[s:e])) &&
				!hasSuffixAt(f, e, "市场") { // 新加坡是公司首个海外市场: a market, no name

				if p, ok := chineseNameAfter(f, s); ok && p.end == e && (desc == "投资人" || desc == "投资者") {
					break // 紅杉中國投資人沈嘉禾: an investor so named is a person (a title's name)
				}
				name := string(d.runes[s:e])
				// A run that ends at punctuation rather than at a verb may be a phrase, not a name.
				weak := e < len(f) && !isHan(f[e]) && !isLatinLetter(f[e]) && !latinNameInBrackets(f, e) // 初創藍橋（BlueBridge）
				out = append(out, mention{start: s, end: e, name: name, key: d.key(name), kind: kg.KindOrganization, weak: weak})
			}
			i = s - 1
			break
		}
	}
	return out
}

// zhBareNouns are descriptors that, opening a clause alone, stand for the company the text is
// about (公司看好前景, 企業計劃明年上市), not for a kind before a name.
var zhBareNouns = map[string]bool{"公司": true, "企业": true, "平台": true, "机构": true, "品牌": true, "业务": true}

// bareNounOpens reports whether the descriptor desc at i is one of zhBareNouns opening a clause.
func bareNounOpens(f []rune, i int, desc string) bool {
	return zhBareNouns[desc] && (i == 0 || strings.ContainsRune("，。；：！？,;:\n", f[i-1]))
}

// zhGroupCounts count an unnamed group before its kind noun: 多家, 數間, 一些.
var zhGroupCounts = []string{"多家", "数家", "几家", "两家", "多间", "数间", "几间", "两间", "一些", "若干", "部分", "各家", "多所", "数所"}

// countedGroupNoun reports whether a count of a group stands in the clause before the descriptor at i.
func countedGroupNoun(f []rune, i int) bool {
	for k := i; k > 0 && k > i-12 && !strings.ContainsRune("，。；：,;:\n", f[k-1]); k-- {
		if endsWithAny(f, k, zhGroupCounts) {
			return true
		}
	}
	return false
}

// nameEndAfter returns where a name that starts at s ends: before the first zhNameEnd word
// within max runes, or s when there is none.
func nameEndAfter(f []rune, s, max int) int {
	for e := s; e < len(f) && e <= s+max; e++ {
		if !isHan(f[e]) && !isLatinLetter(f[e]) {
			if e-s >= 2 && (f[e] == '，' || f[e] == ',' || f[e] == '。' || latinNameInBrackets(f, e)) {
				return e
			}
			return s
		}
		for _, w := range zhNameEnd {
			if hasPrefixAt(f, e, w) {
				return e
			}
		}
	}
	return s
}

// quotedAt reads a name in 「」 or “” starting at s (the quote marks stay out of the name).
func quotedAt(d *doc, s int) (mention, bool) {
	if s >= len(d.runes) {
		return mention{}, false
	}
	closer := map[rune]rune{'「': '」', '“': '”', '『': '』', '"': '"'}[d.runes[s]]
	if closer == 0 {
		return mention{}, false
	}
	for e := s + 1; e < len(d.runes) && e <= s+25; e++ {
		c := d.runes[e]
		if c == closer {
			if e-s-1 < 2 {
				return mention{}, false
			}
			name := string(d.runes[s+1 : e])
			return mention{start: s + 1, end: e, name: name, key: d.key(name), kind: kindBySuffix(name, kg.KindOrganization)}, true
		}
		if c == '。' || c == '，' || c == '\n' || c == '；' {
			return mention{}, false
		}
	}
	return mention{}, false
}

// quotedNames proposes names in 「」 and “” that carry a kind suffix (“科技企业培育计划”).
func quotedNames(d *doc) []mention {
	var out []mention
	for i, c := range d.runes {
		if c != '「' && c != '“' && c != '『' {
			continue
		}
		if m, ok := quotedAt(d, i); ok && (hasKindSuffix(m.name) || pairedWithQuotedName(d, m)) {
			out = append(out, m)
		} else if ok && quotedListOrBody(d, &m) {
			out = append(out, m)
		}
	}
	return out
}

// pairedWithQuotedName reports whether the quoted m is joined by 与/和/及/、 to another quoted
// name that carries a kind suffix: 「港聯物流」與「通達速運」 names two companies.
func pairedWithQuotedName(d *doc, m mention) bool {
	if !plainName(d.folded[m.start:m.end]) {
		return false
	}
	joins := "与和及、"
	f := d.folded
	// The other name after: m」與「X」.
	if e := m.end + 1; e+1 < len(f) && strings.ContainsRune(joins, f[e]) {
		if o, ok := quotedAt(d, e+1); ok && hasKindSuffix(o.name) {
			return true
		}
	}
	// The other name before: 「X」與「m.
	if s := m.start - 2; s >= 1 && strings.ContainsRune(joins, f[s]) && strings.ContainsRune("」”』", f[s-1]) {
		for o := s - 2; o >= 0 && o >= s-26; o-- {
			if strings.ContainsRune("「“『", f[o]) {
				q, ok := quotedAt(d, o)
				return ok && hasKindSuffix(q.name)
			}
		}
	}
	return false
}

// plainName reports whether f is 2–12 runes of Han, Latin letters or digits, with no stop word:
// the shape of a company's name, not of a slogan or a quotation.
func plainName(f []rune) bool {
	if len(f) < 2 || len(f) > 12 || containsStopWord(f) {
		return false
	}
	for i, c := range f {
		if !(isHan(c) || isLatinLetter(c) || isDigit(c)) || zhStopRunes[c] && c != '之' && !everyDay(f, i) {
			return false
		}
	}
	return true
}

func kindBySuffix(name string, dflt kg.Kind) kg.Kind {
	f := textnorm.Fold(name)
	for _, s := range zhSuffixes {
		if strings.HasSuffix(f, s.s) {
			return s.kind
		}
	}
	ws := strings.Fields(f)
	for _, w := range ws {
		if k, ok := enCues[w]; ok {
			dflt = k
		}
	}
	for i := 0; i+2 < len(ws); i++ {
		if (ws[i] == "centre" || ws[i] == "center") && (ws[i+1] == "for" || ws[i+1] == "of") {
			return kg.KindOrganization // (the X) Centre for Advanced Materials Discovery: a research body, not a building
		}
	}
	return dflt
}

func hasKindSuffix(name string) bool {
	f := textnorm.Fold(name)
	for _, s := range zhSuffixes {
		if strings.HasSuffix(f, s.s) && len([]rune(f)) > len([]rune(s.s)) {
			return true
		}
	}
	return false
}

// itemStops cannot stand inside a list item (联想之星 keeps its 之).
var itemStops = runeSet("的在是将已被了为于")

// zhListOpeners open a Chinese list of investors that runs to the clause's end.
var zhListOpeners = []string{"投资方包括", "投资者包括", "投资机构包括", "参与方包括", "合作伙伴包括"}

// zhListCues end a Chinese list of investors: 由甲領投，乙、丙及丁跟投.
var zhListCues = []string{"独家投资", "的全资子公司", "的子公司", "的附属公司", "联合领投", "领投", "跟投", "参投", "共同投资", "等投资", "等机构"}

// zhListPrefixes are dropped from the front of a list item (老股东顺为资本 → 顺为资本).
var zhListPrefixes = []string{"本轮融资由", "本轮由", "此轮由", "由", "老股东", "新股东", "现有股东", "以及", "及", "和", "与", "、",
	"同业", "同行"} // 与同业华测生物合并

// listNames proposes each item of the list before a Chinese investment cue as an investor,
// and each item after an English one ("led by A", "participation from A, B and C").
func listNames(d *doc) []mention {
	var out []mention
	f := d.folded
	if d.lang == "en" {
		return englishListNames(d)
	}
	out = append(out, partnerLists(d)...)
	for i := 0; i < len(f); i++ {
		for _, cue := range zhListOpeners {
			if hasPrefixAt(f, i, cue) {
				s := i + len([]rune(cue))
				e := s
				for e < len(f) && e-s < 80 && !isClauseBreak(d.runes[e]) && f[e] != '。' && f[e] != '；' {
					e++
				}
				out = append(out, splitItems(d, s, e)...)
			}
		}
	}
	for i := 0; i < len(f); i++ {
		for _, cue := range zhListCues {
			if !hasPrefixAt(f, i, cue) {
				continue
			}
			// Walk left to the clause start, then cut the run into items.
			s := i
			for s > 0 && !isClauseBreak(f[s-1]) && f[s-1] != '。' && f[s-1] != '；' && i-s < 60 {
				s--
				if f[s] == '由' { // 完成由新世界發展領投: the list starts after 由
					s++
					break
				}
			}
			out = append(out, splitItems(d, s, i)...)
			i += len([]rune(cue)) - 1
			break
		}
	}
	return out
}

// splitItems cuts [s, e) at 、 及 和 与 and proposes each item of 2–12 runes as an organisation.
func splitItems(d *doc, s, e int) []mention {
	var out []mention
	f := d.folded
	seps := []string{"、", "以及", "及", "和", "与"}
	start := s
	emit := func(a, b int) {
		for k := a; k < b; k++ {
			if f[k] == '等' && k-a >= 2 {
				b = k // 與比亞迪、寧德時代等車企展開合作: the list ends at 等
				break
			}
		}
		for _, p := range zhListPrefixes {
			if strings.HasPrefix(string(f[a:b]), p) {
				a += len([]rune(p))
			}
		}
		for _, x := range zhTrailingObjects {
			if n := len([]rune(x)); b-a > n+1 && hasSuffixAt(f, b, x) {
				b -= n // 由字节跳动战略投资部领投: the company acts through its department
				break
			}
		}
		if b-a < 2 || b-a > 12 {
			return
		}
		for k := a; k < b; k++ {
			if !isHan(f[k]) && !isLatinLetter(f[k]) && f[k] != ' ' || itemStops[f[k]] {
				return
			}
		}
		if containsStopWord(f[a:b]) {
			return
		}
		name := string(d.runes[a:b])
		out = append(out, mention{start: a, end: b, name: name, key: d.key(name), kind: kg.KindOrganization})
	}
	for k := s; k < e; k++ {
		for _, sep := range seps {
			if hasPrefixAt(f[:e], k, sep) {
				emit(start, k)
				start = k + len([]rune(sep))
				k = start - 1
				break
			}
		}
	}
	emit(start, e)
	return out
}

// enListCues open an English list of investors or partners.
var enListCues = []string{"existing investors", "existing investor", "led by", "co-led by", "participation from", "participation of", "joined by", "backed by", "alongside", "investors including", "investors such as"}

func englishListNames(d *doc) []mention {
	var out []mention
	f := d.folded
	for i := 0; i < len(f); i++ {
		for _, cue := range enListCues {
			e := i + len([]rune(cue))
			if e > len(f) || string(f[i:e]) != cue || isWordRune(at(f, i-1)) || isWordRune(at(f, e)) {
				continue
			}
			words := latinWordsFrom(d.runes, e, 16)
			var cur []word
			flush := func() {
				cur = afterPossessive(d.runes, cur) // "led by Singapore's Temasek"
				if len(cur) > 0 && len(cur) <= 5 {
					a, b := cur[0].start, cur[len(cur)-1].end
					name := strings.TrimSuffix(string(d.runes[a:b]), ".")
					if len(cur) > 1 {
						name = trimPossessive(name) // "led by A Capital's growth fund": A Capital (not "McDonald's")
					}
					out = append(out, mention{start: a, end: a + len([]rune(name)), name: name, key: d.key(name), kind: kindBySuffix(name, kg.KindOrganization)})
				}
				cur = nil
			}
			for wi, w := range words {
				if wi > 0 && hasListBreak(d.runes[words[wi-1].end:w.start]) {
					flush()
					if d.runes[words[wi-1].end] != ',' {
						break
					}
				}
				switch {
				case w.text == "and" || w.text == "&":
					flush()
				case listModifierWord(w.text):
					cur = nil // "VC firm A", "Hong Kong-based A": the words before describe the name after
				case isCapitalised(w.text) || (len(cur) > 0 && enConnectors[w.text]):
					cur = append(cur, w)
				default:
					flush()
					goto done
				}
			}
			flush()
		done:
			i = e - 1
			break
		}
	}
	return out
}

// listModifierWord reports whether an English list word only describes the name after it: a
// lower-case descriptor noun (firm, investor; not the Group of a name) or a place modifier
// (Hong Kong-based).
func listModifierWord(w string) bool {
	l := strings.ToLower(w)
	return w == l && (enDescriptors[l] || enMoreDescriptors[l]) || strings.HasSuffix(l, "-based") || strings.HasSuffix(l, "-headquartered")
}

// enDescribes reports whether an English mention a only modifies the name b after it: one or
// two lower-case words between them, the last a descriptor noun ("VC firm Tenfold Ventures",
// "SoftBank portfolio company X" is not one: portfolio company names the owner's holding).
func enDescribes(d *doc, a, b mention) bool {
	if b.start <= a.end || b.start-a.end > 24 {
		return false
	}
	ws := strings.Fields(string(d.runes[a.end:b.start]))
	if len(ws) == 0 || len(ws) > 2 {
		return false
	}
	for _, w := range ws {
		if w != strings.ToLower(w) || !isLatinLetter([]rune(w)[0]) {
			return false
		}
	}
	return listModifierWord(ws[len(ws)-1])
}

// afterPossessive keeps the words of a list item after a place's possessive: "Singapore's
// Temasek" names Temasek. Another owner stays in the name ("Quill's Harbour Growth Partners"
// may be the unit's own name; ownernames_en.go cuts it when the text names the owner alone).
func afterPossessive(r []rune, ws []word) []word {
	for k := len(ws) - 2; k >= 0; k-- {
		owner := string(r[ws[0].start:ws[k].end])
		if t := trimPossessive(owner); t != owner && placeNames[t] != ([2]string{}) {
			return ws[k+1:]
		}
	}
	return ws
}

// trimPossessive drops a final 's: "led by A's growth fund" names A.
func trimPossessive(s string) string {
	for _, p := range []string{"'s", "’s"} {
		if t, ok := strings.CutSuffix(s, p); ok {
			return t
		}
	}
	return s
}

func hasListBreak(r []rune) bool {
	for _, c := range r {
		if c != ' ' {
			return true
		}
	}
	return false
}

// enDescriptors are the nouns English news puts before a new name: "fintech startup Finloop".
var enDescriptors = map[string]bool{"startup": true, "start-up": true, "firm": true, "company": true, "maker": true,
	"chipmaker": true, "developer": true, "platform": true, "unicorn": true, "lender": true, "insurer": true,
	"operator": true, "provider": true, "investor": true, "giant": true, "brand": true, "incubator": true, "accelerator": true,
	"drugmaker": true, "carmaker": true, "automaker": true,
	"conglomerate": true, "manufacturer": true, "producer": true, "supplier": true, "retailer": true,
	"chain": true} // "Singapore coffee chain X", "a restaurant chain"

// englishDescriptorNames finds capitalised names right after a descriptor noun.
func englishDescriptorNames(d *doc) []mention {
	words := latinWords(d.runes)
	var out []mention
	for wi := 0; wi+1 < len(words); wi++ {
		if !enDescriptors[strings.ToLower(words[wi].text)] || hasBreak(d.runes[words[wi].end:words[wi+1].start]) {
			continue
		}
		k := wi + 1
		for k < len(words) && k < wi+5 && isCapitalised(words[k].text) && (k == wi+1 || !hasBreak(d.runes[words[k-1].end:words[k].start])) {
			k++
		}
		if k == wi+1 {
			continue
		}
		a, b := words[wi+1].start, words[k-1].end
		name := strings.TrimSuffix(string(d.runes[a:b]), ".")
		out = append(out, mention{start: a, end: a + len([]rune(name)), name: name, key: d.key(name), kind: kindBySuffix(name, kg.KindOrganization)})
	}
	return out
}

// latinNamesInChinese proposes runs of capitalised Latin words inside Chinese text (旗下的Impact
// Kommune, GOGOX): Chinese news writes foreign and brand names so.
func latinNamesInChinese(d *doc) []mention {
	if d.lang == "en" {
		return nil
	}
	words := latinWords(d.runes)
	var out []mention
	for i := 0; i < len(words); {
		j := i
		for j < len(words) && isCapitalised(words[j].text) && (j == i || words[j].start-words[j-1].end == 1 && d.runes[words[j-1].end] == ' ') {
			j++
		}
		if j == i {
			i++
			continue
		}
		if j-i >= 2 && countBeforeMeasure(d.runes, words[j-1].text, words[j-1].end) {
			j-- // Demo Day 18間初創: the number counts what follows, it ends no name
		}
		titled := false
		if j-i >= 3 && isTitleWord(strings.ToLower(words[i].text)) {
			i, titled = i+1, true // CEO Alice Wong: the title is no part of the name
		}
		a, b := words[i].start, words[j-1].end
		a = acronymStart(d.runes, a) // A*STAR, AT&T are one name
		name := string(d.runes[a:b])
		lower := strings.ToLower(name)
		if len([]rune(name)) >= 3 && !isTitleWord(lower) && !isDigit([]rune(name)[0]) && !strings.HasPrefix(lower, "pre-") {
			kind := latinKindInChinese(name)
			if latinPersonInChinese(d, words[i:j], titled) {
				kind = kg.KindPerson // 創辦人Ken Lee表示
			}
			out = append(out, mention{start: a, end: b, name: name, key: d.key(name), kind: kind})
		}
		i = j
	}
	return out
}

func isTitleWord(s string) bool {
	for _, t := range titles {
		if t.latin && t.cue == s {
			return true
		}
	}
	return false
}

// quotedAfterCues proposes a quoted name right after a relationship cue (入选“X”, 管理的“X”),
// with the kind the cue expects there.
func quotedAfterCues(d *doc) []mention {
	if d.lang == "en" {
		return nil
	}
	var out []mention
	for _, s := range d.sents {
		for _, h := range findCues(d, s) {
			m, ok := quotedAt(d, h.end)
			if !ok || h.cue.typ == "RECOGNIZED_BY" || designationQuote(d, m) {
				continue // 被乙认定为“专精特新”中小企业: the quote is a designation, no entity
			}
			if ks, ok := endKinds[h.cue.typ]; ok && contains(h.cue.to, "R") && !hasKindSuffix(m.name) {
				m.kind = ks[1][0]
			}
			out = append(out, m)
		}
	}
	return out
}

// zhDesignationNouns follow the quoted designation a company holds (“专精特新”中小企业,
// 「小巨人」企業, “独角兽”称号): the quote names a status, not an organisation.
var zhDesignationNouns = []string{"企业", "中小企业", "称号", "资格", "认定", "认证"}

// designationQuote reports whether the quoted m is followed by a designation noun that ends the
// phrase (“专精特新”中小企业。; not “专精特新”企业名单, a list one joins).
func designationQuote(d *doc, m mention) bool {
	f := d.folded
	i := m.end + 1 // past the closing quote
	for _, w := range zhDesignationNouns {
		n := len([]rune(w))
		if i+n <= len(f) && string(f[i:i+n]) == w && (i+n == len(f) || !isHan(f[i+n]) || strings.ContainsRune("的之", f[i+n])) {
			return true
		}
	}
	return false
}

// acronymNames proposes the capitalised words before an acronym in brackets as a name, commas
// and connectors included: "Singapore's Agency for Science, Technology and Research (A*STAR)".
func acronymNames(d *doc) []mention {
	if d.lang != "en" {
		return nil
	}
	r := d.runes
	var out []mention
	for i := 1; i < len(r); i++ {
		if r[i] != '(' || r[i-1] != ' ' {
			continue
		}
		j := i + 1
		for j < len(r) && j < i+12 && r[j] != ')' {
			j++
		}
		if j >= len(r) || r[j] != ')' || !isAcronym(string(r[i+1:j])) {
			continue
		}
		acronym := string(r[i+1 : j])
		// Walk left over capitalised words, connectors and commas between capitalised words.
		end := i - 1
		s := end
		words := 0
		for k := end; k > 0; {
			e := k
			b := e
			for b > 0 && (isLatinLetter(r[b-1]) || r[b-1] == '-' || r[b-1] == '&') {
				b--
			}
			w := string(r[b:e])
			if b == e || b > 0 && (r[b-1] == '\'' || r[b-1] == '’') {
				break
			}
			if w == "The" || w == "and" && startsAcronym(r, s, end, acronym) {
				break // "X and Harbour Grid Limited (HGC)": the name right of "and" spells the acronym
			}
			if isCapitalised(w) {
				s = b
				words++
			} else if !enConnectors[w] || words == 0 {
				break
			}
			k = b
			for k > 0 && (r[k-1] == ' ' || r[k-1] == ',') {
				k--
			}
			if k == b {
				break
			}
		}
		if words < 2 {
			continue
		}
		if strings.HasPrefix(string(r[s:end]), "The ") {
			s += 4
		}
		name := string(r[s:end])
		m := mention{start: s, end: end, name: name, key: d.key(name), kind: kindBySuffix(name, kg.KindOrganization)}
		out = append(out, m)
	}
	return out
}

// partnerLists proposes the items of "与A、B、C等…签署/合作": Chinese news lists partners
// between 与/和/同 and 等 before the verb.
// partnerVerbs follow the partners of "与A、B签署…", "与A完成合并".
var partnerVerbs = []string{"签署", "签订", "签约", "达成", "合作", "携手", "建立", "完成合并", "合并"}

func partnerLists(d *doc) []mention {
	var out []mention
	f := d.folded
	for i := 0; i < len(f); i++ {
		if f[i] != '等' && !wordAt(f, i, partnerVerbs) || hasPrefixAt(f, i, "合并") && hasSuffixAt(f, i, "完成") {
			continue
		}
		// The list opens after the nearest 与/和/同 in the clause.
		s := i
		for s > 0 && i-s < 80 && !isClauseBreak(d.runes[s-1]) && f[s-1] != '。' && f[s-1] != '；' {
			s--
			if f[s] == '与' || f[s] == '和' || f[s] == '同' && !strings.ContainsRune("业行时期步年月日样", at(f, s+1)) {
				break // 同业, 同时 are no "with"
			}
		}
		if s == i || (f[s] != '与' && f[s] != '和' && f[s] != '同') {
			continue
		}
		rest := string(f[i:min(len(f), i+20)])
		if !strings.Contains(rest, "合作") && !strings.Contains(rest, "签") && !strings.Contains(rest, "协议") && !strings.Contains(rest, "合并") {
			continue
		}
		out = append(out, splitItems(d, s+1, i)...)
	}
	return out
}

// rSideCues take the name right after them when nothing else names it (投资了银河通用机器人,).
var rSideCues = []string{"伙拍", "联手", "投资了", "投资", "领投了", "入股", "收购了", "收购", "注资", "携手", "联同", "引进了",
	"曾任职于", "曾任职", "任职于", "任职", "就职于", "曾就职于", "加盟", "效力", "毕业于", "来自", "参与了"}

// strictObjectCues take only a name-shaped object (来自内地或海外 is no name).
var strictObjectCues = map[string]bool{"来自": true, "参与了": true}

// namesAfterCues proposes the run of characters after an investment or partnership verb, up to
// the clause's end, as an organisation.
func namesAfterCues(d *doc) []mention {
	if d.lang == "en" {
		return nil
	}
	var out []mention
	f := d.folded
	for i := 0; i < len(f); i++ {
		for _, c := range rSideCues {
			if !hasPrefixAt(f, i, c) {
				continue
			}
			s := i + len([]rune(c))
			if hasPrefixAt(f, s, c) {
				break // 維港投資投資甲: the first 投資 ends the subject's name, the second is the cue
			}
			e := s
			for e < len(f) && e-s <= 10 && (isHan(f[e]) || isLatinLetter(f[e])) && !itemStops[f[e]] && f[e] != '、' {
				e++
			}
			if e-s >= 2 && e-s <= 10 && e < len(f) && (isClauseBreak(d.runes[e]) || f[e] == '。' || f[e] == '；' || f[e] == ';' || f[e] == '的') &&
				!containsStopWord(f[s:e]) && !allGeneric(string(f[s:e])) && !strings.ContainsRune("者人们方", f[e-1]) &&
				(!strictObjectCues[c] || plainName(f[s:e])) {
				end := e
				e = beforeClauseTime(f, s, e) // 投資甲後，: "after", not the name's
				// "曾任職高盛及摩根士丹利": a list after the verb is one name per item.
				if items := splitItems(d, s, e); len(items) > 1 {
					for _, m := range items {
						m.weak = true
						out = append(out, m)
					}
					i = s - 1
					break
				}
				name := string(d.runes[s:e])
				// A run that ends at punctuation rather than at a verb may be a phrase, not a name.
				weak := end < len(f) && !isHan(f[end]) && !isLatinLetter(f[end])
				out = append(out, mention{start: s, end: e, name: name, key: d.key(name), kind: kg.KindOrganization, weak: weak})
			}
			i = s - 1
			break
		}
	}
	return out
}

// enNotNames are capitalised words that start no name: sentence openers, days, months,
// pronouns and common words news capitalises.
var enNotNames = map[string]bool{"The": true, "A": true, "An": true, "It": true, "Its": true, "This": true, "That": true,
	"These": true, "Those": true, "He": true, "She": true, "They": true, "We": true, "I": true, "In": true, "On": true,
	"At": true, "For": true, "With": true, "By": true, "From": true, "As": true, "After": true, "Before": true,
	"Under": true, "Among": true, "Meanwhile": true, "Separately": true, "However": true, "But": true, "And": true,
	"Also": true, "Last": true, "Next": true, "This year": true, "Monday": true, "Tuesday": true, "Wednesday": true,
	"Thursday": true, "Friday": true, "Saturday": true, "Sunday": true, "Mr": true, "Ms": true, "Dr": true, "Mrs": true,
	"Prof": true, "Series": true, "Founded": true, "Existing": true, "According": true, "Chief": true, "Executive": true,
	"Chairman": true, "Director": true, "President": true, "CEO": true, "CFO": true, "CTO": true, "COO": true,
	"Limited": true, "Ltd": true, "Group": true, "Our": true, "Their": true, "His": true, "Her": true, "If": true,
	"When": true, "While": true, "Since": true, "During": true, "Both": true, "Each": true, "All": true, "Some": true,
	"Other": true, "New": true, "AI": true, "IPO": true, "MoU": true, "MOU": true, "US": true, "HK": true}

// englishProperNames proposes runs of capitalised words that stand inside a sentence (not only
// at its start): in English news those are names. A run may hold "of", "for", "and", "&".
func englishProperNames(d *doc) []mention {
	if d.lang != "en" {
		return nil
	}
	var out []mention
	for _, s := range d.sents {
		words := sentenceLatinWords(d, s)
		// The first letter or digit of the sentence: a name before it opens the sentence.
		first := s.start
		for first < s.end && !isLatinLetter(d.runes[first]) && !isDigit(d.runes[first]) {
			first++
		}
		first = afterTurnLabel(d, first, s.end) // "A: Plenty.": the turn's first word opens it (spoken_en.go)
		for wi := 0; wi < len(words); wi++ {
			w := words[wi]
			if w.start < s.start || !isCapitalised(w.text) || isDigit([]rune(w.text)[0]) && !digitLedName(w.text) || enNotNames[strings.TrimSuffix(w.text, ".")] && !newOpensName(d, words, wi) || enMonths[strings.ToLower(w.text)] > 0 {
				continue
			}
			if hyphenModifier(w.text) {
				// "HKEX-listed Meitu said": the name starts after the modifier, and a company
				// named alone there is as good as one opening the sentence.
				if wi+1 < len(words) && isCapitalised(words[wi+1].text) && !hasBreak(d.runes[w.end:words[wi+1].start]) &&
					(wi+2 >= len(words) || !isCapitalised(words[wi+2].text)) && subjectName(d, words[wi+1], s.end) {
					n := words[wi+1]
					out = append(out, mention{start: n.start, end: n.end, name: n.text, key: d.key(n.text), kind: kg.KindOrganization})
					wi++
				}
				continue
			}
			k := wi + 1
			for k < len(words) && !hasBreak(d.runes[words[k-1].end:words[k].start]) && !hyphenModifier(words[k].text) {
				t := words[k].text
				// "SenseCore HK", "Alibaba Cloud US": a brand's local arm ends with the
				// abbreviation of its place.
				armPlace := (t == "HK" || t == "US") && (k+1 >= len(words) || hasBreak(d.runes[words[k].end:words[k+1].start]) || !isCapitalised(words[k+1].text))
				if isCapitalised(t) && (!enNotNames[t] || armPlace) || (enConnectors[t] && t != "and") && k+1 < len(words) && isCapitalised(words[k+1].text) {
					k++
					continue
				}
				break
			}
			for k > wi+1 && enConnectors[words[k-1].text] {
				k--
			}
			a, b := w.start, words[k-1].end
			name := string(d.runes[a:b])
			if !enAbbrevs[words[k-1].text] || k-1 == wi {
				name = strings.TrimSuffix(name, ".") // "Mitsui & Co." keeps the abbreviation's stop
			}
			startOfSentence := a == s.start || first >= a // only spaces or breaks before it (hasBreakOnly)
			if startOfSentence && k == wi+1 && !subjectName(d, w, s.end) {
				wi = k - 1
				continue // one capitalised word opening a sentence may be any word
			}
			if strings.HasSuffix(name, "'s") || strings.HasSuffix(name, "’s") {
				name = name[:len(name)-2]
			}
			if len([]rune(name)) >= 2 && !enAmpersandWords[name] {
				out = append(out, mention{start: a, end: a + len([]rune(name)), name: name, key: d.key(name), kind: kindBySuffix(name, kg.KindOrganization)})
			}
			wi = k - 1
		}
	}
	return out
}

// enSubjectVerbs follow a company named alone at the start of an English sentence: "Klook
// raised…", "Tencent invested in…", "WeLab, which…", "Kingdee and Huawei Cloud signed…".
var enSubjectVerbs = map[string]bool{"said": true, "says": true, "announced": true, "announces": true, "has": true,
	"had": true, "is": true, "was": true, "will": true, "plans": true, "raised": true, "raises": true, "closed": true,
	"closes": true, "completed": true, "completes": true, "signed": true, "signs": true, "inked": true, "launched": true,
	"launches": true, "invested": true, "invests": true, "acquired": true, "acquires": true, "counts": true,
	"moved": true, "moves": true, "listed": true, "lists": true, "opened": true, "opens": true, "joined": true,
	"joins": true, "led": true, "leads": true, "co-led": true, "partnered": true, "partners": true, "teamed": true,
	"teams": true, "secured": true, "secures": true, "received": true, "receives": true, "bought": true, "buys": true,
	"agreed": true, "relocated": true, "relocates": true, "set": true, "sets": true, "expanded": true, "expands": true,
	"entered": true, "enters": true, "became": true, "becomes": true, "backed": true, "backs": true, "also": true,
	"and": true, "which": true, "unveiled": true, "unveils": true, "formed": true, "forms": true, "appointed": true,
	"appoints": true, "named": true, "names": true, "hired": true, "hires": true, "spun": true, "debuted": true}

// enCommonOpeners are capitalised common nouns that open sentences before such verbs
// ("Analysts said", "Investors have").
var enCommonOpeners = map[string]bool{"Analysts": true, "Officials": true, "Investors": true, "Shares": true,
	"Revenue": true, "Sales": true, "Customers": true, "Users": true, "Startups": true, "Companies": true,
	"Banks": true, "Regulators": true, "Executives": true, "Experts": true, "Sources": true, "Researchers": true,
	"Students": true, "Founders": true, "Authorities": true, "Everyone": true, "Nobody": true, "Today": true,
	"Yesterday": true, "Now": true, "Then": true, "There": true, "Here": true, "What": true, "Why": true, "How": true,
	"Who": true, "Which": true, "Most": true, "Many": true, "Several": true, "Such": true, "Funding": true,
	"Proceeds": true, "Demand": true, "Growth": true, "Earlier": true, "Later": true, "Overall": true, "Together": true}

// enRoleWords open sentences as titles ("Founder and CEO Kevin Ng", "Chairman Li said").
var enRoleWords = map[string]bool{"Founder": true, "Co-founder": true, "Chairman": true, "Chairwoman": true,
	"Chair": true, "Partner": true, "Professor": true, "Minister": true, "Secretary": true, "Spokesman": true,
	"Spokeswoman": true, "Spokesperson": true, "Head": true, "Vice": true, "Deputy": true, "Senior": true}

// subjectName reports whether the capitalised word w that opens a sentence is a company named
// alone: a word news does not capitalise for the sentence's sake, followed by a verb, a comma
// or "and" another name.
func subjectName(d *doc, w word, end int) bool {
	if enCommonOpeners[w.text] || enInterjections[w.text] || enNotNames[w.text] || len([]rune(w.text)) < 3 || strings.HasSuffix(w.text, "ing") ||
		isTitleWord(strings.ToLower(w.text)) || enRoleWords[w.text] {
		return false
	}
	// latinWords ends a word before its possessive: "Klook's" is read as "Klook" before "'s"; a
	// kind word owning something ("Hospital's staff") is a common noun.
	possessive := w.end < end && possessiveAt(d.runes, w.end) && enCues[strings.ToLower(w.text)] == ""
	if w.end < end && d.runes[w.end] == ',' || possessive || strings.HasSuffix(w.text, "'s") || strings.HasSuffix(w.text, "’s") {
		return true // "WeLab, which is backed by…", "Klook's chief executive"
	}
	next := latinWordsFrom(d.runes[:end], w.end, 1)
	if len(next) == 0 || strings.TrimSpace(string(d.runes[w.end:next[0].start])) != "" {
		return false
	}
	return enSubjectVerbs[next[0].text] || enMoreSubjectVerbs[next[0].text] && wordShapedAsName(d, w) // subjectnames_en.go
}

func hasBreakOnly(r []rune) bool {
	for _, c := range r {
		if isLatinLetter(c) || isDigit(c) {
			return false
		}
	}
	return true
}

// zhSubjectVerbs follow the name that opens a Chinese clause: 灵犀智脑宣布…, 某公司今日表示….
var zhSubjectVerbs = []string{"宣布", "表示", "公布", "完成", "获得", "今日", "昨日", "日前", "近日", "正式", "透露", "指出",
	"成立于", "创立于", "总部位于", "总部设于", "是一家", "为一家", "专注于", "致力于",
	"旗下", "委任", "任命", "成为", "携手", "联手", "伙拍", "已完成", "亦", "已于", "已在", "与", "由",
	// a company's move into a site or a programme: 星橋醫療進駐數碼港, 雲樞科技獲納入…
	"进驻", "入驻", "获纳入", "落户", "迁入"}

// clauseSubjects proposes the run that opens a Chinese clause right before a reporting or
// completing verb as an organisation: news names the company first (灵犀智脑宣布获得…).
func clauseSubjects(d *doc) []mention {
	if d.lang == "en" {
		return nil
	}
	var out []mention
	f := d.folded
	for i := 0; i < len(f); i++ {
		if i > 0 && !isClauseBreak(d.runes[i-1]) && f[i-1] != '。' && f[i-1] != '；' && f[i-1] != ';' && f[i-1] != '\n' && !reportOpensAt(f, i) || f[i] == '\n' || f[i] == ' ' {
			continue // a run opens after the break, not on the line break itself
		}
		if !isHan(f[i]) && !isLatinLetter(f[i]) {
			continue // ・天使投資人李卓恒: a bullet opens no name
		}
		for e := i + 2; e <= i+10 && e < len(f); e++ {
			if !isHan(f[e-1]) && !isLatinLetter(f[e-1]) || itemStops[f[e-1]] {
				break
			}
			// "月之暗面創始人楊植麟", "匯立通創辦人兼行政總裁黃志偉": titles and a name follow the
			// organisation. The run stops at the first title.
			if j := titleAt(f, possessiveTitleAt(f, e)); j > 0 { // 蓝鲸智算的创办人陈志远 too
				for j < len(f) && (f[j] == '兼' || f[j] == '及' || f[j] == '、') && titleAt(f, skipWords(f, j+1, zhFunctions)) > 0 {
					j = titleAt(f, skipWords(f, j+1, zhFunctions)) // 联合创办人、技术总监
				}
				i, e := formerHead(f, i, e) // 前腾讯研发总监 → 腾讯
				if _, ok := chineseNameAfter(f, j); ok && !isDivision(string(f[i:e])) && !containsStopWord(f[i:e]) &&
					!allGeneric(string(f[i:e])) && !hasDigit(f[i:e]) && titleAt(f, i) == 0 &&
					(!zhStopRunes[f[i]] || strings.ContainsRune("年月日", f[i])) { // 月之暗面: no date opens a clause so
					name := string(d.runes[i:e])
					out = append(out, mention{start: i, end: e, name: name, key: d.key(name), kind: kindBySuffix(name, kg.KindOrganization)})
				}
				break
			}
			for _, v := range zhSubjectVerbs {
				if hasPrefixAt(f, e, v) {
					if v == "与" && f[e-1] == '参' {
						break // 恒嶺參與了…: 與 ends the verb 參與, it joins no subject
					}
					name := string(d.runes[i:e])
					if !containsStopWord(f[i:e]) && !allGeneric(string(f[i:e])) && !hasDigit(f[i:e]) && !zhStopRunes[f[i]] && !zhOccasionNouns[string(f[i:e])] {
						out = append(out, mention{start: i, end: e, name: name, key: d.key(name), kind: kindBySuffix(name, kg.KindOrganization)})
					}
					e = i + 11
					break
				}
			}
		}
	}
	return out
}

func hasDigit(r []rune) bool {
	for _, c := range r {
		if isDigit(c) {
			return true
		}
	}
	return false
}

// gapNames proposes the names inside the gap of a Chinese gapped cue whose gap is one end of the
// fact (向X注資, 獲X領投, 完成對X的收購, 由X負責管理): news puts a new name there without a
// suffix or a cue of its own. A descriptor in the gap (向合成生物企業X注資) is dropped.
func gapNames(d *doc) []mention {
	if d.lang == "en" {
		return nil
	}
	var out []mention
	f := d.folded
	for _, s := range d.sents {
		for _, h := range findCues(d, s) {
			c := h.cue
			side := -1
			if contains(c.from, "I") {
				side = 0
			} else if contains(c.to, "I") {
				side = 1
			}
			if !c.gap || side < 0 || h.gap.end-h.gap.start < 2 || !gapNameTypes[c.typ] || c.flags["nogap"] {
				continue
			}
			a := h.gap.start
			if f[a] == '得' { // 獲得: the gap of 獲…投資 starts after 得
				a++
			}
			for k := h.gap.start; k < h.gap.end; k++ {
				for _, desc := range zhDescriptors {
					if hasPrefixAt(f[:h.gap.end], k, desc) && k+len([]rune(desc)) < h.gap.end {
						a = k + len([]rune(desc))
					}
				}
			}
			kind := kg.KindOrganization
			if ks, ok := endKinds[c.typ]; ok {
				kind = ks[side][0]
			}
			e := h.gap.end
			if w := wordEndingAt(f, e, zhInvestmentKinds); w != "" && e-len([]rune(w)) > a {
				e -= len([]rune(w)) // 獲遠山資本策略性投資: the kind of investment follows the investor
			}
			for _, v := range []string{"全资拥有及", "全资拥有并", "全资拥有", "负责", "全资"} { // 由甲全資擁有及管理, 獲甲全資收購
				if e-len([]rune(v)) > a && hasPrefixAt(f, e-len([]rune(v)), v) {
					e -= len([]rune(v))
					break
				}
			}
			for _, m := range splitItems(d, a, e) {
				if allGeneric(string(f[m.start:m.end])) {
					continue
				}
				// Not weak: the whole gap (獲中國移動香港注資) beats a place inside it.
				m.kind = kindBySuffix(m.name, kind)
				out = append(out, m)
			}
		}
	}
	return out
}

// gapNameTypes are the facts whose gap holds a party (an investor, a buyer, a manager), not a
// place or an exchange with modifiers (於港交所主板上市, 赴新加坡設立).
var gapNameTypes = map[kg.RelType]bool{"INVESTED_IN": true, "SUBSIDIARY_OF": true, "MANAGES": true, "FUNDS": true, "WORKED_AT": true}

// zhAppointVerbs stand before the person a company appoints: 委任王曉東出任…, 任命X為….
var zhAppointVerbs = []string{"委任", "任命", "委派", "聘任", "聘请", "邀请", "接替"} // 接替: (甲接替乙出任…)

// zhTakeUpVerbs stand after the appointed person and before the post and its organisation.
var zhTakeUpVerbs = []string{"出任", "担任", "为"}

// appointeeNames finds "委任 NAME 出任 [ORG] TITLE": the person, and the organisation named
// between the verb and the title (委任王曉東出任華潤創業董事長).
func appointeeNames(d *doc) []mention {
	if d.lang == "en" {
		return nil
	}
	var out []mention
	f := d.folded
	for i := 0; i < len(f); i++ {
		for _, v := range zhAppointVerbs {
			if !hasPrefixAt(f, i, v) {
				continue
			}
			s := i + len([]rune(v))
			for _, n := range []int{3, 2} {
				e := s + n
				if e > len(f) || !surnames[f[s]] || !isHanString(string(f[s:e])) {
					continue
				}
				h := e + len([]rune(wordStartingAt(f, e, zhHonorifics))) // 委任李嘉欣女士為…: the honorific follows the name
				for _, t := range zhTakeUpVerbs {
					if !hasPrefixAt(f, h, t) {
						continue
					}
					name := string(d.runes[s:e])
					out = append(out, mention{start: s, end: e, name: name, key: d.key(name), kind: kg.KindPerson})
					if org, ok := orgBeforeTitle(d, h+len([]rune(t))); ok {
						out = append(out, org)
					}
					n = 0
					break
				}
				if n == 0 {
					break
				}
			}
		}
	}
	return out
}

// isDivision reports whether a run before a title names a region or a part of an organisation
// (香港區行政總裁, 零售業務主管), not an organisation.
func isDivision(s string) bool {
	for _, x := range []string{"区", "地区", "业务", "部门", "分行", "市场", "团队", "部"} {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

// orgBeforeTitle reads the 2–10 runes from s up to a title (華潤創業董事長 → 華潤創業) as an
// organisation, when they are not already a title or a generic word.
func orgBeforeTitle(d *doc, s int) (mention, bool) {
	f := d.folded
	for e := s + 2; e <= s+10 && e < len(f); e++ {
		if !isHan(f[e-1]) && !isLatinLetter(f[e-1]) || zhStopRunes[f[e-1]] {
			break
		}
		if titleAt(f, e) > 0 {
			if titleAt(f, s) > 0 || containsStopWord(f[s:e]) || allGeneric(string(f[s:e])) || isDivision(string(f[s:e])) {
				break
			}
			name := string(d.runes[s:e])
			return mention{start: s, end: e, name: name, key: d.key(name), kind: kindBySuffix(name, kg.KindOrganization)}, true
		}
	}
	return mention{}, false
}

// sentenceLatinWords is latinWords of the text up to the end of sentence s, read from the
// sentence's start when no word can run across it (the rune before it is no word's): the words
// before the sentence are passed over anyway, and reading them again for every sentence was
// quadratic in a long text.
func sentenceLatinWords(d *doc, s span) []word {
	if s.start == 0 || strings.ContainsRune("&-'.", d.runes[s.start-1]) || isLatinLetter(d.runes[s.start-1]) || isDigit(d.runes[s.start-1]) {
		return latinWords(d.runes[:s.end])
	}
	ws := latinWords(d.runes[s.start:s.end])
	for i := range ws {
		ws[i].start += s.start
		ws[i].end += s.start
	}
	return ws
}
