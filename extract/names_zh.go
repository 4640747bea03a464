package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
	"github.com/hkgraph/hkgraph/textnorm"
)

// yearBefore moves the start of a Chinese event or policy name left over the year that opens
// it (2025世界人工智能大會, 2025年施政報告, 2026-27年度財政預算案): digits stop the walk to the
// left, but a conference's or a budget's year is part of its name. It returns start unchanged
// for other kinds or when no year stands right before.
func yearBefore(f []rune, start int, kind kg.Kind) int {
	if kind != kg.KindEvent && kind != kg.KindPolicy {
		return start
	}
	j := start
	if j >= 1 && j < len(f) && f[j] == '度' && f[j-1] == '年' {
		j++ // 2026-27年度財政預算案: the walk left stopped at 年
	}
	if j >= 2 && hasSuffixAt(f, j, "年度") {
		j -= 2
	} else if j >= 1 && f[j-1] == '年' {
		j--
	}
	digitsBefore := func(e int) int {
		k := e
		for k > 0 && e-k < 4 && isDigit(f[k-1]) {
			k--
		}
		return k
	}
	k := digitsBefore(j)
	if j-k == 2 && k >= 5 && f[k-1] == '-' {
		if k2 := digitsBefore(k - 1); k-1-k2 == 4 {
			k = k2 // 2026-27年度: a financial year
		}
	}
	if j-k != 4 && j-k != 7 {
		return start // a year is four digits, a financial year 2026-27 seven runes
	}
	if k > 0 && (isDigit(f[k-1]) || isLatinLetter(f[k-1]) || f[k-1] == '-') {
		return start
	}
	return k
}

// foreignUniversity reports whether a name that opens with a foreign country and ends with 大学 or
// 学院 names the university after the country (美國史丹福大學 → 史丹福大學): the part before the
// suffix is a proper name of three runes or more, not generic words (新加坡國立大學 and
// 新加坡科技設計大學 keep their country).
func foreignUniversity(f []rune) bool {
	s := string(f)
	for _, suf := range []string{"大学", "学院"} {
		if !strings.HasSuffix(s, suf) {
			continue
		}
		for _, x := range placeMatcher.FindFolded(f) {
			if x.Start != 0 || !zhForeignCountries[x.ID] {
				continue
			}
			rest := []rune(strings.TrimSuffix(string(f[x.End:]), suf))
			return len(rest) >= 3 && !allGeneric(string(rest)) && plainName(rest)
		}
	}
	return false
}

// placeThrough returns where a listed place starts when it covers the rune at k and ends by
// end (将 of 将军澳 in 迁往将军澳工业邨), else -1.
func placeThrough(f []rune, k, end int) int {
	from := max(0, k-3)
	for _, x := range placeMatcher.FindFolded(f[from:min(len(f), k+6)]) {
		if s, e := from+x.Start, from+x.End; s <= k && k < e && e <= end && e > k+1 && s >= 0 {
			return s
		}
	}
	return -1
}

// zhQuotedSuffixes end names that Chinese news puts in quotes and that are too common as
// plain words to be read by suffix alone: a ranking (“港深创科先锋榜”), an award
// (「金融科技創新大獎」), an advisory group (“前沿产业咨询小组”), a network of investors.
var zhQuotedSuffixes = []suffix{{"榜", kg.KindEvent}, {"奖", kg.KindEvent}, {"小组", kg.KindOrganization},
	{"网络", kg.KindOrganization}, {"名单", kg.KindEvent}}

// zhListWords follow a quoted ranking: 入選「30位30歲以下精英」榜單.
var zhListWords = []string{"榜单", "排行榜", "名单", "榜"}

// quotedListOrBody reports whether the quoted name m ends with one of zhQuotedSuffixes or is
// followed by a list word, and gives it its kind.
func quotedListOrBody(d *doc, m *mention) bool {
	f := d.folded
	name := []rune(textnorm.Fold(m.name))
	if len(name) > 24 {
		return false
	}
	for _, s := range zhQuotedSuffixes {
		if n := len([]rune(s.s)); len(name) <= 16 && len(name) >= n+2 && hasSuffixAt(name, len(name), s.s) && !allGeneric(string(name[:len(name)-n])) && !demonstrativeLed(name) {
			m.kind = s.kind
			return true
		}
	}
	if o := m.start - 1; o >= 1 && (f[o-1] == '》' || o >= 3 && f[o-3] == '》' && wordAt(f, o-2, zhAfterMedia)) {
		m.kind = kg.KindEvent // 《財富》中國「最值得關注的40家新能源初創」: the medium's ranking
		return true
	}
	if m.end < len(f) && eventNounAfterQuote(f, m.end) {
		m.kind = kg.KindEvent // 出席「LEAP 2026」科技大會 (quotedevents_zh.go)
		return true
	}
	if m.end+1 < len(f) && wordAt(f, m.end+1, zhListWords) { // a ranking's long name (「2025大灣區生物醫藥創新企業50強」榜單)
		m.kind = kg.KindEvent
		return true
	}
	return false
}

// zhMediaEndings end the names of newspapers and magazines: 《南方科創報》, 《經濟日報》.
var zhMediaEndings = []string{"报", "日报", "时报", "周刊", "月刊", "杂志", "新闻", "画报"}

// zhAfterMedia follow the name of a medium in 《》: its reporter (記者), its edition (中國, 亞洲)
// and the ranking it publishes.
var zhAfterMedia = []string{"记者", "报道", "杂志", "中国", "亚洲", "全球", "美国", "香港"}

// bookTitleNames proposes the medium named in 《》 (《福布斯》中國「30位30歲以下精英」, 《南方科创报》记者):
// a title that ends like a newspaper's name, or that a reporter, an edition or a ranking
// follows. A report's or a rule's title (《上市規則》) stays no name.
func bookTitleNames(d *doc) []mention {
	if d.lang == "en" {
		return nil
	}
	f := d.folded
	var out []mention
	for i, c := range f {
		e := bookTitleEnd(f, i, 12) // one scan for 《…》
		// PaperName, not plainName, takes 《佛山日报》.
		if c != '《' || e < 0 || e-i-1 < 2 || !paperName(f[i+1:e]) {
			continue
		}
		in := string(f[i+1 : e])
		media := false
		for _, w := range zhMediaEndings {
			media = media || strings.HasSuffix(in, w) && len([]rune(in)) > len([]rune(w))
		}
		if !media && wordAt(f, e+1, zhAfterMedia) {
			// An edition alone is not enough for a policy paper: 《施政報告》中提出.
			media = kindBySuffix(in, "") == "" || kindBySuffix(in, "") == kg.KindOrganization
		}
		if media {
			name := string(d.runes[i+1 : e])
			out = append(out, mention{start: i + 1, end: e, name: name, key: d.key(name), kind: kg.KindOrganization, media: true})
		}
	}
	return out
}

// zhJoins join the items of a Chinese list.
const zhJoins = "与和及、"

// zhPairVerbs follow two parties joined by 与/和/及 and end the second one's name.
var zhPairVerbs = []string{"昨日", "今日", "日前", "近日", "早前", "上月", "本月", "签署", "签订", "签约", "达成", "宣布", "共同", "联合", "携手", "合作",
	"合办", "合组", "合资", "成立", "建立", "组成", "结成", "将于", "将在", "已于", "分别", "均"}

// coordinatedNames proposes the item joined by 与/和/及/、 to an organisation the text already
// names, when the item stands alone in its clause (联席保荐人为中金公司与摩根士丹利。,
// 战略伙伴为中银香港与毕马威中国。): items of one list are names of one kind, so a brand with
// no suffix is read by the company it is listed with. Weak (any other reading wins) unless it
// ends with a place.
func coordinatedNames(d *doc, ms []mention) []mention {
	if d.lang == "en" {
		return nil
	}
	f := d.folded
	taken := make([]bool, len(f)+1)
	placeAt, placeEnd := map[[2]int]bool{}, map[int]bool{}
	for _, m := range ms {
		if m.kind == kg.KindPlace {
			placeAt[[2]int{m.start, m.end}] = true // 毕马威中国: a brand's local arm may end with a place
			placeEnd[m.end] = true
		} else if !m.weak {
			for i := m.start; i < m.end; i++ {
				taken[i] = true
			}
		}
	}
	var out []mention
	item := func(s, e int) {
		if e-s < 2 || e-s > 8 || s < 0 || e > len(f) {
			return
		}
		run := f[s:e]
		for i := s; i < e; i++ {
			if taken[i] {
				return
			}
		}
		if placeAt[[2]int{s, e}] || strings.ContainsRune("上中内外后前间时", run[len(run)-1]) {
			return // 与深圳, 在會上與: a place or a time, not a party
		}
		if !plainName(run) || allGeneric(string(run)) || zhGeneric[string(run[:2])] || len(run) >= 6 && allGeneric(string(run[2:])) || e-s <= 3 && surnames[run[0]] ||
			titleIn(run) || hasDigit(run) {
			return
		}
		for _, w := range zhDescriptors {
			if strings.HasSuffix(string(run), w) {
				return // 内地券商, 多家机构: a description, not a name
			}
		}
		name := string(d.runes[s:e])
		// A brand and a place (毕马威中国) is the brand's local arm: it is not weak against the place.
		// So is a city and a brand (北京科达光研): a mainland company's name, not the city.
		m := mention{start: s, end: e, name: name, key: d.key(name), kind: kg.KindOrganization, weak: !placeEnd[e]}
		m.weak = m.weak && !placeAndBrand(d, ms, m)
		out = append(out, m)
	}
	for _, m := range ms {
		if m.weak || m.kind != kg.KindOrganization || m.id == "" && m.key == "" {
			continue
		}
		// The item after: 中金公司与摩根士丹利。
		joint := wordStartingAt(f, m.end, zhJointVerbs) // 科技园公司携手星河数据推出…
		if m.end < len(f) && strings.ContainsRune(zhJoins, f[m.end]) || joint != "" {
			s := m.end + max(1, len([]rune(joint)))
			e := s
			for e < len(f) && e-s <= 8 && (isHan(f[e]) || isLatinLetter(f[e])) && !zhStopRunes[f[e]] && (e == s || !wordAt(f, e, zhPairVerbs) && !(joint != "" && wordAt(f, e, zhJointActs))) {
				e++
			}
			if e == len(f) || strings.ContainsRune("，。；,;等", f[e]) || wordAt(f, e, zhPairVerbs) || pairNounAt(f, e) || joint != "" && wordAt(f, e, zhJointActs) {
				item(s, e) // 思博科技與藍海動力昨日簽署: a verb of the pair may end it too
			}
		}
		// The item before: 为摩根士丹利与中金公司。 (the clause or a stop rune opens it).
		if m.start >= 3 && strings.ContainsRune(zhJoins, f[m.start-1]) {
			e := m.start - 1
			s := e
			for s > 0 && e-s <= 8 && (isHan(f[s-1]) || isLatinLetter(f[s-1])) && !zhStopRunes[f[s-1]] {
				s--
			}
			if s == 0 || zhStopRunes[f[s-1]] {
				item(s, e)
			}
		}
	}
	return out
}

// zhJointVerbs join a partner to the company before them (甲携手乙推出…, 甲联合乙发布…), and
// zhJointActs are what the two then do, which ends the partner's name.
var zhJointVerbs = []string{"携手", "联手", "联合", "伙拍", "夥拍"}
var zhJointActs = []string{"推出", "发布", "打造", "举办", "开发", "建设", "设立", "成立", "启动", "研发", "推动", "开展"}

// jointAfterName reports whether a joint verb ends at j right after a name with a kind suffix
// (晶氢能源联合, 科技园公司携手): the verb joins the next party; it opens no name of its own.
func jointAfterName(f []rune, j int) bool {
	for _, v := range zhJointVerbs {
		if n := len([]rune(v)); hasSuffixAt(f, j, v) && j-n >= 2 && kindSuffixOf(string(f[max(0, j-n-4):j-n])) != "" {
			return true
		}
	}
	return false
}

// possessiveTitleAt is where a title after 的 starts when 的 stands at e and a title follows it
// (蓝鲸智算的创办人陈志远: the company's founder), else e.
func possessiveTitleAt(f []rune, e int) int {
	if e+1 < len(f) && f[e] == '的' && titleAt(f, e+1) > 0 {
		return e + 1
	}
	return e
}

// zhCompanyHeads head a whole company, never a function of it: the word before them (星河数据
// 董事长, 云图技术创始人) ends the company's name, it names no function (数据总监, 技术总监).
var zhCompanyHeads = []string{"董事长", "创始人", "联合创始人", "创办人", "联合创办人", "首席执行官", "首席技术官", "首席运营官", "首席财务官",
	"行政总裁", "ceo", "cto", "coo", "cfo", "董事会主席", "主席"}

// companyHeadAt reports whether one of zhCompanyHeads starts at e.
func companyHeadAt(f []rune, e int) bool { return wordAt(f, e, zhCompanyHeads) }

// zhPairNouns name what two parties do together: 甲与乙的合并方案, 甲和乙的合作.
var zhPairNouns = []string{"合并", "合作", "合资", "并购", "战略合作", "交易"}

// pairNounAt reports whether 的 and a pair noun stand at e: the item before them is the second
// party of the pair (光迹智能与北京科达光研的合并方案).
func pairNounAt(f []rune, e int) bool {
	return e < len(f) && f[e] == '的' && wordAt(f, e+1, zhPairNouns)
}

// bracketedPersons proposes a Chinese name of two or three runes that opens with a family name
// and is followed by a two-word English name in brackets (26歲的林曉晴(Cherry Lam), 陳大文（Peter
// Chan）): Hong Kong news introduces a person so. The English name becomes the person's alias.
func bracketedPersons(d *doc) []mention {
	f := d.folded
	english := func(i int) bool {
		j := i + 1
		for j < len(f) && j < i+30 && f[j] != ')' && f[j] != '）' {
			j++
		}
		if j >= len(f) || j >= i+30 {
			return false
		}
		w := strings.Fields(string(d.runes[i+1 : j]))
		return len(w) == 2 && latinPersonWord(w[0]) && latinPersonWord(w[1])
	}
	chinese := func(s, i int) bool {
		if s > 0 && !zhStopRunes[f[s-1]] && !isDigit(f[s-1]) && !wordAt(f, s-2, []string{"岁的"}) {
			return false
		}
		run := f[s:i]
		return isHanString(string(run)) && !hasKindSuffix(string(run)) && !containsStopWord(run) && !titleIn(run)
	}
	return personsBeforeBracket(d, english, chinese)
}

// personsBeforeBracket proposes the Chinese name of three or else two runes, opening with a
// family name, that stands right before a bracket at i holding a person's English name:
// english(i) reads the bracket, chinese(s, i) the name f[s:i] and what stands before it.
func personsBeforeBracket(d *doc, english func(i int) bool, chinese func(s, i int) bool) []mention {
	if d.lang == "en" {
		return nil
	}
	f := d.folded
	var out []mention
	for i := 2; i < len(f); i++ {
		if f[i] != '(' && f[i] != '（' || !english(i) {
			continue
		}
		for n := 3; n >= 2; n-- {
			s := i - n
			if s < 0 || !surnames[f[s]] || !chinese(s, i) {
				continue
			}
			name := string(d.runes[s:i])
			out = append(out, mention{start: s, end: i, name: name, key: d.key(name), kind: kg.KindPerson})
			break
		}
	}
	return out
}

// latinPersonWord is one capitalised word of a person's English name: no kind word (Robotics),
// no topic word, no acronym.
func latinPersonWord(w string) bool {
	return isCapitalised(w) && !isAcronym(w) && enCues[strings.ToLower(w)] == "" && !enTopicWords[w] && !enNotNames[w]
}

// zhHarbourBefore and zhHarbourVerbs frame 港 standing alone for Hong Kong: 在港設立, 赴港上市,
// 來港發展, 留港營運.
var zhHarbourBefore = runeSet("在于赴来留驻回")
var zhHarbourVerbs = []string{"设立", "设有", "成立", "上市", "发展", "营运", "运营", "开设", "建立", "落地", "扎根", "注册", "经营",
	"生产", "研发", "设厂", "落户", "开业"}

// harbourMentions proposes 港 as the known Hong Kong where a preposition or a motion verb stands
// before it and a verb of settling after it (引進驭势领航在港設立國際總部). The preposition
// follows a name or an auxiliary (公司將在港設立): after a common noun (資助企業在港設立) the
// subject is nobody the text names. Longer names that open with 港 (港投公司, 港交所) win over it.
func harbourMentions(d *doc, ix *Index, ms []mention) []mention {
	const hk = "hong-kong"
	if d.lang == "en" || ix.kinds[hk] == "" {
		return nil
	}
	f := d.folded
	ends := map[int]bool{}
	for _, m := range ms {
		ends[m.end] = m.kind != kg.KindPlace
	}
	var out []mention
	for i := 2; i+1 < len(f); i++ {
		if f[i] == '港' && zhHarbourBefore[f[i-1]] && wordAt(f, i+1, zhHarbourVerbs) &&
			(ends[i-1] || strings.ContainsRune("将已并亦拟再也会，,划算备", f[i-2])) { // 计划/打算/筹备在港设立
			out = append(out, mention{start: i, end: i + 1, name: string(d.runes[i : i+1]), id: hk, kind: ix.kinds[hk]})
		}
	}
	return out
}

// countedNoun reports whether a count in Chinese numerals (十家, 兩間, 逾百名) stands in the first
// runes of a Chinese candidate: 有近十家特專科技公司 counts companies, it names none (a ranking
// such as 30位30歲以下精英 keeps its digits).
func countedNoun(r []rune) bool {
	for i := 0; i+1 < len(r) && i < 4; i++ {
		if strings.ContainsRune("一十两几多数百千", r[i]) && strings.ContainsRune("家间名位份个", r[i+1]) {
			return true
		}
	}
	return false
}

// localArms makes a weak Chinese organisation that is a brand followed by a place (前渣打香港
// 行政總裁: 渣打香港, found before a title) as strong as the place inside it: a local arm's name,
// not the place.
func localArms(d *doc, ms []mention) {
	for i := range ms {
		m := &ms[i]
		if m.weak && m.kind == kg.KindOrganization && m.id == "" && textnorm.HasHan(m.name) && brandAndPlace(d, ms, *m) {
			m.weak = false
		}
		if m.weak && m.kind == kg.KindOrganization && m.id == "" && d.lang == "en" && enBrandAndPlace(d, ms, *m) {
			m.weak = false // "Medlink Asia", "Sequoia China": a brand's regional arm
		}
	}
}

// venueNames proposes the market a company lists on, named between 在/於/登陸 and 上市/掛牌
// (在納斯達克上市, 於科創板掛牌): an exchange or a board, read as an organisation. A place there
// (在香港上市) stays a place; a board after a known exchange (港交所主板) is the exchange's.
func venueNames(d *doc) []mention {
	if d.lang == "en" {
		return nil
	}
	f := d.folded
	var out []mention
	for i := 0; i < len(f); i++ {
		var s int
		switch {
		case f[i] == '在' || f[i] == '于':
			s = i + 1
		case hasPrefixAt(f, i, "登陆"):
			s = i + 2
		default:
			continue
		}
		for e := s + 2; e <= s+6 && e+2 <= len(f); e++ {
			if !isHan(f[e-1]) {
				break
			}
			if !hasPrefixAt(f, e, "上市") && !hasPrefixAt(f, e, "挂牌") {
				continue
			}
			run := f[s:e]
			if !isHanString(string(run)) || allGeneric(string(run)) || containsStopWord(run) || strings.HasSuffix(string(run), "主板") ||
				strings.ContainsRune("港内外", run[0]) && e-s <= 2 {
				break
			}
			whole := false
			for _, x := range placeMatcher.FindFolded(run) {
				whole = whole || x.Start == 0 && x.End == len(run)
			}
			if !whole {
				name := string(d.runes[s:e])
				out = append(out, mention{start: s, end: e, name: name, key: d.key(name), kind: kg.KindOrganization, weak: true})
			}
			break
		}
	}
	return out
}

// dropPlaceIndustry drops a Chinese candidate made of a place and an industry that describes
// the name right after it (荷蘭半導體設備商ASML, 新加坡主權基金GIC): the reader took the
// description for a name, and it hid the place.
func dropPlaceIndustry(d *doc, ms []mention) []mention {
	f := d.folded
	placeEnd := map[int]int{} // place start → end
	for _, m := range ms {
		if m.kind == kg.KindPlace {
			placeEnd[m.start] = max(placeEnd[m.start], m.end)
		}
	}
	nameStart := map[int]bool{} // where a name other than a place or a person starts
	for _, m := range ms {
		if m.kind != kg.KindPlace && m.kind != kg.KindPerson && (m.key != "" || m.id != "") && !m.weak && m.end-m.start >= 3 {
			nameStart[m.start] = true // (not 營運 after 香港科技園公司: two runes may be a verb)
		}
	}
	out := ms[:0]
	for _, m := range ms {
		pe, ok := placeEnd[m.start]
		if ok && m.key != "" && m.id == "" && m.kind != kg.KindPlace && m.kind != kg.KindPerson && pe < m.end && m.end < len(f) &&
			textnorm.HasHan(m.name) {
			rest := string(f[pe:m.end])
			next := isLatinLetter(f[m.end]) || wordAt(f, m.end, zhDescriptors)
			if next && (allGeneric(strings.TrimSuffix(rest, kindSuffixOf(rest))) || isLatinLetter(f[m.end])) || describesNameAfter(rest, nameStart[m.end]) {
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// describesNameAfter reports whether the words after a place, ending in a company word, describe
// the name that follows them at once (南京储能电池公司澜峰科技, 杭州AR眼镜企业镜界): a short
// description of the business, not a name of its own.
func describesNameAfter(rest string, nameFollows bool) bool {
	if !nameFollows {
		return false
	}
	for _, w := range []string{"公司", "企业", "初创", "集团", "厂商"} {
		if d, ok := strings.CutSuffix(rest, w); ok && len([]rune(d)) >= 2 && len([]rune(d)) <= 10 && !strings.ContainsAny(d, "的，,、") {
			return true
		}
	}
	return false
}

// suffixAliases gives the bare kind suffix of three runes or more as an alias of the one new
// Chinese name in the text that ends with it: 研發院表示… after 香港微電子研發院 names it again
// (該院). A suffix two names of the text share stays no alias.
func suffixAliases(ms []mention) map[string]mention {
	by := map[string][]mention{}
	for _, m := range ms {
		if m.key == "" || m.id != "" || m.kind == kg.KindPlace || m.kind == kg.KindPerson || !textnorm.HasHan(m.name) {
			continue
		}
		suf := kindSuffixOf(textnorm.Fold(m.name))
		n := len([]rune(suf))
		r := []rune(m.name)
		if n < 3 || len(r) < n+2 {
			continue
		}
		a := string(r[len(r)-n:])
		if premisesWord(suf) || zhGeneric[suf] {
			continue // 辦公室設於觀塘: a bare 辦公室 is the text's company's office, not 數字政策辦公室; 半導體 the industry
		}
		dup := false
		for i, o := range by[a] {
			// 香港微電子研發院（微電子研發院）: a bracketed short form is the same name.
			if o.key == m.key || strings.HasSuffix(o.name, m.name) || strings.HasSuffix(m.name, o.name) {
				dup = true
				if len(m.name) > len(o.name) {
					by[a][i] = m
				}
			}
		}
		if !dup {
			by[a] = append(by[a], m)
		}
	}
	out := map[string]mention{}
	for a, list := range by {
		if len(list) == 1 {
			out[a] = list[0]
		}
	}
	return out
}

// premisesWord reports whether a kind suffix is also the common noun for a company's premises
// (办公室 office, 办事处 branch office): found bare, it names a place of work, not the body
// whose name ends with it.
func premisesWord(suf string) bool {
	return suf == "办公室" || suf == "办事处" || suf == "代表处"
}
