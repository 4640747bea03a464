package extract

import (
	"sort"
	"strings"

	"github.com/hkgraph/hkgraph/kg"
	"github.com/hkgraph/hkgraph/textnorm"
)

// What a title next to a person's name says about the organisation it names.

// moreWorkTitles say where someone works without leading it (讲座教授, 精算师, consultant).
var moreWorkTitles = map[string]bool{"讲座教授": true, "客座教授": true, "荣誉教授": true, "首席研究员": true, "博士后研究员": true,
	"讲师": true, "精算师": true, "顾问": true, "律师": true, "会计师": true, "医生": true,
	"chief scientist": true, "consultant": true, "adviser": true, "advisor": true, "lawyer": true, "researcher": true, "lecturer": true, "economist": true, "actuary": true,
	"chief digital officer": true, "chief risk officer": true, "chief strategy officer": true, "chief information officer": true, "chief data officer": true,
	"chief revenue officer": true, "chief people officer": true, "chief sustainability officer": true, "chief medical officer": true,
	"chief legal officer": true, "chief innovation officer": true, "chief growth officer": true, // a function's chief works at the company
	"首席风险官": true, "首席战略官": true, "首席数据官": true, "首席信息官": true, "首席数字官": true, "首席增长官": true, "首席法务官": true,
	"首席创新官": true, "首席医疗官": true}

// memberTitles are seats on a board, a council or a committee: MEMBER_OF, not LEADS.
var memberTitles = map[string]bool{"独立非执行董事": true, "非执行董事": true, "独立董事": true, "董事": true, "理事": true, "委员": true, "成员": true, "会员": true, "board member": true,
	"议员": true, "区议员": true} // b17x14: a councillor sits on the council (区议员黄美仪 → 沙田区议会)

// deputy reports whether a title names a deputy head (副校长, vice president): deputies work
// at the organisation (WORKED_AT); they do not lead it.
func deputy(cue string) bool {
	return strings.HasPrefix(cue, "副") || strings.HasPrefix(cue, "助理") || strings.HasPrefix(cue, "vice ") || strings.HasPrefix(cue, "vice-") || strings.HasPrefix(cue, "deputy ") ||
		strings.HasPrefix(cue, "associate ") || strings.HasPrefix(cue, "assistant ") || // associate director-general: works there
		strings.HasPrefix(cue, "under") || strings.HasPrefix(cue, "permanent ") // under secretary, permanent secretary of a bureau
}

// association reports whether a name is a membership body (协会, 联盟, Association): its vice
// chair or council member is a member of it.
func association(name string) bool {
	n := strings.ToLower(textnormFold(name))
	for _, s := range []string{"协会", "商会", "学会", "联会", "分会", "联盟", "总会", "委员会", "理事会", "咨询小组", "association", "alliance", "chamber", "society", "federation", "committee", "council"} {
		if strings.HasSuffix(n, s) {
			return true
		}
	}
	return false
}

// titleRelation is the relationship a title states between the person and org (type, role,
// status), or "" when it states none.
func titleRelation(t *title, org mention, former bool) (kg.RelType, string) {
	switch {
	case studyTitles[t.cue]:
		return "EDUCATED_AT", "" // 香港科技大學電子及計算機工程學系畢業生張卓楠
	case former && memberTitles[t.cue] && !association(org.name):
		return "MEMBER_OF", "ENDED" // 曾任甲獨立董事: a past board seat (staffposts.go)
	case former:
		return "WORKED_AT", "ENDED"
	case memberTitles[t.cue] || deputy(t.cue) && association(org.name):
		return "MEMBER_OF", ""
	case deputy(t.cue) || moreWorkTitles[t.cue] || workTitles[t.cue]:
		return "WORKED_AT", ""
	case t.role != "":
		return "LEADS", ""
	}
	return "", ""
}

// zhFunctions name a function a title belongs to (研发总监, 技术总监): they stand between an
// organisation's name and the title.
var zhFunctions = []string{"研发", "技术", "营运", "运营", "市场", "销售", "财务", "投资", "产品", "业务", "人力资源", "战略", "工程", "数据", "风险", "合规"}

// trimTitleHead moves the end e of an organisation's name read before a Chinese title back
// over 原/前 (华测生物原董事长) and a function (台积电研发总监), keeping at least two runes; a
// leading 有 after 还/亦/也 (还有财经事务及库务局局长) is no part of the name either.
func trimTitleHead(f []rune, s, e int) int {
	// A rank may stand on either side of the one function (首席投资总监, 投资高级经理).
	e = trimRank(f, s, e)
	for _, fn := range zhFunctions {
		if e-s > len([]rune(fn))+1 && hasSuffixAt(f, e, fn) && !companyHeadAt(f, e) && !namedWholeElsewhere(f, s, e) {
			e = trimRank(f, s, e-len([]rune(fn)))
			break
		}
	}
	if e-s > 3 && (f[e-1] == '原' || f[e-1] == '前') && !placeSpans(f, e-1, e) {
		e--
	}
	for _, w := range []string{"另一名", "另一位"} {
		if e-s > 4 && hasSuffixAt(f, e, w) {
			e -= 3 // 云图数据另一名联合创办人
		}
	}
	return e
}

// trimRank moves e back over a rank that ends the run [s, e) (前港交所高級副總裁: the rank
// belongs to the title).
func trimRank(f []rune, s, e int) int {
	for _, r := range zhTitleRanks {
		if e-s > len([]rune(r))+1 && hasSuffixAt(f, e, r) {
			return e - len([]rune(r))
		}
	}
	return e
}

// zhTitleRanks open a title without being one: 高級副總裁, 資深經理, 常務副總裁, 助理總裁,
// 首席投資總監, 聯席行政總裁, 署理署長.
var zhTitleRanks = []string{"高级", "资深", "常务", "助理", "首席", "联席", "署理"}

// formerHead trims a run [s, e) read before a title: a leading 前/原 (前腾讯研发总监) and what
// trimTitleHead trims at its end.
func formerHead(f []rune, s, e int) (int, int) {
	if e-s > 3 && (f[s] == '前' || f[s] == '原' || f[s] == '据') && !placeSpans(f, s, s+1) {
		s++ // 据星河数据CEO陈志远介绍: "according to"
	}
	return s, trimTitleHead(f, s, e)
}

// titleGap reports whether what stands between an organisation's name and a title still lets
// the title belong to it: 原/前 (速递宝原行政总裁, a past post), 另一名/另一位 (甲另一名联合创办人),
// a department after the name or its bracketed short form (香港城市大学(城大)材料科学与工程学系讲座教授).
func titleGap(gap string) bool {
	g := textnormFold(gap)
	for _, p := range []string{"的前", "的原", "前", "原", "另一名", "另一位", "另一", "》"} {
		if g == p {
			return true
		}
	}
	if divisionGap(g) {
		return true // 滙豐亞太區科技主管, 信達國際研究部經理
	}
	if titleChain(g) {
		return true // 港交所高級副總裁, 台积电研发总监, 前金管局助理總裁, 惠理副主席兼聯席首席投資總監
	}
	if r := []rune(g); len(r) > 0 && (r[0] == '(' || r[0] == '（') {
		for k, c := range r {
			if c == ')' || c == '）' {
				g = string(r[k+1:]) // the bracketed short form: 香港城市大学(城大)
				break
			}
		}
	}
	g = strings.TrimLeft(g, ")）」”") // the short form itself: 香港城市大学(城大)材料…学系
	g = strings.TrimPrefix(strings.TrimPrefix(g, "的"), "之")
	if g == "" {
		return gap != "" // 匯立通（WeLend）創辦人, 「匯立通」創辦人
	}
	r := []rune(g)
	if len(r) < 2 || len(r) > 14 || !isHanString(g) {
		return false
	}
	for _, s := range []string{"学系", "系", "学院", "学部", "研究所", "研究院", "研究中心", "实验室", "理事会", "董事会", "委员会"} {
		if strings.HasSuffix(g, s) && !strings.ContainsAny(g, "，。的在") {
			return true
		}
	}
	return false
}

// titleChain reports whether g, the text between an organisation and the title before a
// person's name, is made only of what opens a title: 前/原, ranks (高级, 助理, 首席, 联席),
// functions (研发, 投资) and whole titles joined by 兼 (副主席兼…): the title is still the
// organisation's.
func titleChain(g string) bool {
	g = strings.TrimPrefix(strings.TrimPrefix(g, "前"), "原")
	if g == "" {
		return false
	}
	for g != "" {
		rest := g
		for _, t := range titles {
			if !t.latin && strings.HasPrefix(g, t.cue+"兼") {
				rest = strings.TrimPrefix(g, t.cue+"兼")
				break
			}
		}
		for _, p := range zhTitleRanks {
			if rest == g && strings.HasPrefix(g, p) {
				rest = strings.TrimPrefix(g, p)
			}
		}
		for _, p := range zhFunctions {
			if rest == g && strings.HasPrefix(g, p) {
				rest = strings.TrimPrefix(g, p)
			}
		}
		if rest == g {
			return false
		}
		g = rest
	}
	return true
}

// dropPersonLed drops a name found by its ending that opens with a person's name and a word
// that follows names (林晓晴说公司, 程立轩则, 何嘉怡现任公司): the person is named there, the
// rest is no organisation.
func dropPersonLed(d *doc, ms []mention) []mention {
	persons := map[string]bool{}
	for _, m := range ms {
		if m.kind == kg.KindPerson && textnorm.HasHan(m.name) && len([]rune(m.name)) >= 2 {
			persons[textnormFold(m.name)] = true
		}
	}
	if len(persons) == 0 {
		return ms
	}
	out := ms[:0]
	for _, m := range ms {
		if m.kind != kg.KindPerson && m.id == "" && textnorm.HasHan(m.name) && personLed(d.folded, m, persons) {
			continue
		}
		out = append(out, m)
	}
	return out
}

func personLed(f []rune, m mention, persons map[string]bool) bool {
	for _, n := range []int{3, 2} {
		e := m.start + n
		if e >= m.end || !persons[string(f[m.start:e])] {
			continue
		}
		if nameBreak[f[e]] || wordAt(f, e, nameBreakWords) || wordAt(f, e, zhPersonVerbs) {
			return true
		}
	}
	return false
}

// bracketAfter returns the position after a short bracket that opens at i (at most 12 runes
// inside), else i.
func bracketAfter(f []rune, i int) int {
	if i >= len(f) || f[i] != '(' && f[i] != '（' {
		return i
	}
	for k := i + 1; k < len(f) && k <= i+13; k++ {
		if f[k] == ')' || f[k] == '）' {
			return k + 1
		}
	}
	return i
}

func isNameAt(f []rune, i int) bool {
	_, ok := chineseNameAfter(f, i)
	return ok
}

// zhHonorifics follow a surname alone when the text names a person again (郑博士, 陈先生).
var zhHonorifics = []string{"博士", "先生", "女士", "教授", "小姐", "太太"}

// resolvePersonRefs points the words that name a person again at the person named in full:
// a surname with an honorific (郑博士 after 郑伟文博士) and a pronoun opening a clause (他/她,
// 他本人, He/She at a sentence's start) for the nearest person named before it.
func resolvePersonRefs(d *doc, es *entitySet) {
	isRef := map[string]bool{}
	for _, m := range es.mentions {
		if _, ok := isRef[m.name]; !ok && m.kind == kg.KindPerson {
			isRef[m.name] = honorificRef(m.name)
		}
	}
	full := es.where(func(m mention) bool { return m.kind == kg.KindPerson && !isRef[m.name] })
	if len(full) == 0 {
		return
	}
	surs := make([]rune, len(full))
	for k, m := range full {
		surs[k] = []rune(textnormFold(string([]rune(m.name)[:1])))[0]
	}
	used := map[string]int{}
	for _, m := range es.mentions {
		used[m.key]++
	}
	for i := range es.mentions {
		m := &es.mentions[i]
		if m.kind != kg.KindPerson || m.id != "" || !isRef[m.name] {
			continue
		}
		sur := []rune(textnormFold(string([]rune(m.name)[:1])))[0]
		var ref *mention
		for k := range full {
			if surs[k] == sur {
				if ref != nil && !sameEntity(*ref, full[k]) {
					ref = nil // two people share the surname: leave it
					break
				}
				ref = &full[k]
			}
		}
		if ref == nil {
			continue
		}
		if used[m.key]--; used[m.key] == 0 && es.candidates[m.key] != nil {
			delete(es.candidates, m.key)
			for k, o := range es.order {
				if o == m.key {
					es.order = append(es.order[:k:k], es.order[k+1:]...)
					break
				}
			}
		}
		m.name, m.id, m.key = ref.name, ref.id, ref.key
	}
	var added []mention
	for si, s := range d.sents {
		for _, p := range pronounsIn(d, s) {
			if ref, ok := personBefore(d, es, si, p.start); ok {
				added = append(added, mention{start: p.start, end: p.end, name: ref.name, id: ref.id, key: ref.key, kind: kg.KindPerson})
			}
		}
	}
	es.addMentions(added)
}

func honorificRef(name string) bool {
	r := []rune(textnormFold(name))
	for _, h := range zhHonorifics {
		if len(r) == 1+len([]rune(h)) && surnames[r[0]] && strings.HasSuffix(string(r), h) {
			return true
		}
	}
	return false
}

// pronounsIn finds the personal pronouns that open a clause of sentence s: 他/她 (not 其他,
// 他们, 他人) after the sentence's start, a time phrase or a clause break, and He/She opening
// an English sentence.
func pronounsIn(d *doc, s span) []span {
	var out []span
	f := d.folded
	if d.lang == "en" {
		for _, p := range []string{"He ", "She "} {
			if hasPrefixAt(d.runes, afterTimeOpener(d, s), p) {
				i := afterTimeOpener(d, s)
				out = append(out, span{i, i + len(p) - 1})
			}
		}
		return out
	}
	opener := afterTimeOpener(d, s)
	for i := s.start; i < s.end; i++ {
		if f[i] != '他' && f[i] != '她' {
			continue
		}
		if i+1 < len(f) && strings.ContainsRune("们人国乡日", f[i+1]) {
			continue
		}
		if i != s.start && i != opener && !isClauseBreak(d.runes[i-1]) && !strings.ContainsRune("；;", f[i-1]) {
			continue
		}
		if speechAfter(f, i+1) {
			continue // 他表示公司…: what follows is the speaker's, its subject is not the speaker
		}
		e := i + 1
		if hasPrefixAt(f, e, "本人") {
			e += 2
		}
		out = append(out, span{i, e})
	}
	return out
}

// personBefore is the nearest person named before position i, in sentence si or the two before it.
func personBefore(d *doc, es *entitySet, si, i int) (mention, bool) {
	lo := d.sents[max(0, si-2)].start
	for k := sort.Search(len(es.mentions), func(k int) bool { return es.mentions[k].start >= i }) - 1; k >= 0; k-- {
		m := es.mentions[k]
		if m.end > i {
			continue
		}
		if m.start < lo {
			break
		}
		if m.kind == kg.KindPerson {
			return m, true
		}
	}
	return mention{}, false
}

// coFounders are the people a Chinese co-founding cue names in its clause (他与学生何嘉怡共同
// 创立, 由甲与前友邦保险精算师乙共同创立): every person named there, and the sentence's subject when
// the clause opens with 与/和 (她…，于2023年与乙共同创立丙).
func coFounders(d *doc, ms []mention, h cueHit, from []mention) []mention {
	s := d.sents[d.sentenceOf(h.start)]
	cs := h.start
	for cs > s.start && !isClauseBreak(d.runes[cs-1]) {
		cs--
	}
	end := max(h.start, h.gap.end) // 由甲与乙共同创立: the people stand in the gap
	out := append([]mention(nil), from...)
	addP := func(m mention) {
		for _, o := range out {
			if sameEntity(o, m) || o.start == m.start {
				return
			}
		}
		out = append(out, m)
	}
	var firstPerson = -1
	for _, m := range ms {
		if m.kind == kg.KindPerson && m.start >= cs && m.end <= end {
			addP(m)
			if firstPerson < 0 {
				firstPerson = m.start
			}
		}
	}
	if firstPerson > cs && strings.ContainsAny(string(d.folded[cs:firstPerson]), "与和同跟") && !strings.ContainsRune(string(d.folded[cs:firstPerson]), '由') {
		for _, m := range ms {
			if m.kind == kg.KindPerson && m.end <= cs {
				addP(m)
				break
			}
		}
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].start < out[b].start })
	return out
}

// namesWithEnglishName finds a Chinese person's name followed by the English one in brackets
// (林晓晴(Cherry Lam), 陈家豪（Calvin Chan）): a surname and one or two runes standing alone,
// then two or three capitalised words whose last is no company word.
func namesWithEnglishName(d *doc) []mention {
	f := d.folded
	english := func(i int) bool {
		words := latinWordsFrom(d.runes, i+1, 4)
		sp, ok := capitalisedRun(d.runes, words)
		if !ok || sp.start != i+1 || sp.end >= len(f) || f[sp.end] != ')' && f[sp.end] != '）' {
			return false
		}
		return !enOrgWords[strings.ToLower(words[len(strings.Fields(string(d.runes[sp.start:sp.end])))-1].text)]
	}
	chinese := func(s, i int) bool {
		return isHanString(string(f[s:i])) && !(s > 0 && isHan(f[s-1]) && !zhStopRunes[f[s-1]]) && !wordAt(f, s, zhNotNames)
	}
	return personsBeforeBracket(d, english, chinese)
}

// enOrgWords end company names, not people's.
var enOrgWords = map[string]bool{"group": true, "robotics": true, "technology": true, "technologies": true, "tech": true, "capital": true,
	"ventures": true, "holdings": true, "limited": true, "ltd": true, "bank": true, "partners": true, "labs": true, "lab": true, "ai": true,
	"biotech": true, "medical": true, "health": true, "fund": true, "systems": true, "solutions": true, "energy": true, "network": true}

// titleAfter is the leading, deputy or board title that follows position i closely (担任甲副主席).
func titleAfter(d *doc, i, limit int) *title {
	f := d.folded
	for j := i; j < min(limit, i+8, len(f)); j++ {
		for k := range titles {
			t := &titles[k]
			if hasPrefixAt(f, j, t.cue) && (t.role != "" || memberTitles[t.cue]) {
				return t
			}
		}
	}
	return nil
}

// postType is what taking up post t at org makes of a person: a deputy works there (or is a
// member of an association), a board or council seat is a membership, any other post leads.
func postType(t *title, org mention) kg.RelType {
	switch {
	case memberTitles[t.cue] || deputy(t.cue) && association(org.name):
		return "MEMBER_OF"
	case deputy(t.cue):
		return "WORKED_AT"
	}
	return "LEADS"
}

// speechVerbs follow a speaker: the clause after them has a subject of its own.
var speechVerbs = []string{"表示", "指出", "指", "称", "说", "透露", "强调", "认为", "相信", "坦言", "预计", "希望", "补充", "回应", "直言", "笑言"}

func speechAfter(f []rune, i int) bool {
	for i < len(f) && strings.ContainsRune("又亦也还则更续再", f[i]) {
		i++
	}
	return wordAt(f, i, speechVerbs)
}

// companyPronoun reports whether sentence s opens with a word for a company (公司, 该公司, 其,
// the company, it), not for a person (他, she).
func companyPronoun(d *doc, s span) bool {
	start := afterTimeOpener(d, s)
	head := string(d.folded[start:min(s.end, start+6)])
	for _, p := range []string{"他", "她", "he ", "she "} {
		if strings.HasPrefix(head, p) {
			return speechAfter(d.folded, start+len([]rune(p))) // 他表示公司…: the company is the subject
		}
	}
	return true
}

// dropHonorific moves a name's start past a leading honorific (Professor Alan Cheung, Dr
// Priya Raman) when two words are left.
func dropHonorific(r []rune, n span) span {
	w := strings.Fields(string(r[n.start:n.end]))
	if len(w) >= 3 && honorifics[w[0]] {
		s := n.start + len([]rune(w[0]))
		for s < n.end && r[s] == ' ' {
			s++
		}
		return span{s, n.end}
	}
	return n
}

// zhKindNouns follow 该 to name an organisation by its kind (该局, 该署, 该会).
var zhKindNouns = []string{"委员会", "基金会", "协会", "集团", "银行", "中心", "大学", "局", "署", "会", "院", "校", "所", "行", "部"}

// referredOrg is the organisation a word before a title refers to: "Its" before chained
// titles ("Its co-founder and chief technology officer, X"); 该局/该署 (the latest organisation
// whose name ends with that kind noun); 其 after a clause of the same sentence (甲将成为乙的子公司，
// 其创办人丙: the sentence's subject 甲).
func (es *entitySet) referredOrg(d *doc, ms []mention, si, anchor int) (mention, bool, bool) {
	s := d.sents[si]
	head := strings.TrimRight(string(d.folded[max(s.start, anchor-40):anchor]), " ")
	head = trimChainedTitles(head)
	isOrg := func(m mention) bool { return m.kind == kg.KindOrganization }
	if m, ok := es.leadingWordOrg(d, anchor); ok {
		return m, false, true // "Sightline's founder": Sightline AI, named before
	}
	if d.lang == "en" && (strings.HasSuffix(head, " its") || strings.EqualFold(head, "its")) && head != string(d.folded[max(s.start, anchor-40):anchor]) {
		if si > 0 {
			if m, ok := es.objectOfDeal(d, si-1, anchor); ok {
				return m, true, true // "A has acquired B. Its founder, X, …": B's founder
			}
			if k := si - 2; k >= 0 && !namesOrg(es.sentenceMentions(d.sents[si-1])) {
				if m, ok := es.objectOfDeal(d, k, anchor); ok {
					return m, false, true // "Q: You bought B. A: Right, a payments team. Its founder, X, …"
				}
			}
			return topicBefore(d, es, si, isOrg)
		}
		return mention{}, false, false
	}
	if d.lang == "en" {
		if m, prev, ok := es.possessiveNounOrg(d, si, anchor, head); ok {
			return m, prev, true // "the centre's director" (possessivenouns_en.go)
		}
		return es.kindNounOrg(d, si, anchor, head) // "Programme director Ben Okafor" (possessivenouns_en.go)
	}
	for _, k := range zhKindNouns {
		if !strings.HasSuffix(head, "该"+k) {
			continue
		}
		for j := si; j >= 0 && j >= si-3; j-- {
			cand := es.sentenceMentions(d.sents[j])
			for x := len(cand) - 1; x >= 0; x-- {
				m := cand[x]
				if m.end <= anchor && isOrg(m) && strings.HasSuffix(withoutArmPlace(textnormFold(m.name)), k) { // 螞蟻銀行（香港）… 該行
					return m, j == si-1, true
				}
			}
		}
		return mention{}, false, false
	}
	if strings.HasSuffix(head, "其") && anchor-1 > afterTimeOpener(d, s) {
		var pre []mention
		for _, m := range ms {
			if m.end <= anchor-1 {
				pre = append(pre, m)
			}
		}
		if m, ok := firstSubject(d, s, pre, isOrg); ok {
			return m, false, true
		}
	}
	return mention{}, false, false
}

// enDealVerbs take a company as their object: the company acquired, invested in or admitted.
var enDealVerbs = []string{" acquired ", " acquires ", " acquire ", " bought ", " buys ", " buy ", " invested in ", " invests in ",
	" led the round in ", " backed ", " admitted ", " took over ", " takes over "}

// objectOfDeal is the company a deal in English sentence k was about, when the title at anchor
// is a founder's or chief executive's: "Blue Ocean has acquired Kestrel Analytics. Its founder,
// David Lee, …" names Kestrel's founder (the buyer's or investor's people go by other titles:
// managing partner, chairman). The first organisation after the deal verb.
func (es *entitySet) objectOfDeal(d *doc, k, anchor int) (mention, bool) {
	f := d.folded
	founderish := false
	for _, w := range []string{"founder", "co-founder", "cofounder", "chief executive", "ceo"} {
		founderish = founderish || hasPrefixAt(f, anchor, w)
	}
	if !founderish {
		return mention{}, false
	}
	s := d.sents[k]
	v := -1
	for _, w := range enDealVerbs {
		if i := strings.Index(string(f[s.start:s.end]), w); i >= 0 {
			v = s.start + len([]rune(string(f[s.start:s.end])[:i]))
			break
		}
	}
	if v < 0 {
		return mention{}, false
	}
	var obj mention
	ok := false
	for _, m := range es.sentenceMentions(s) {
		if m.start > v && m.kind == kg.KindOrganization {
			obj, ok = m, true
			break
		}
	}
	return obj, ok
}

// personEndsFit reports whether a cue's two ends may stand together: an "assoc" cue (加入,
// joined) makes a member only of a membership body, and joining one is no employment; a
// person-only slot is not filled from an earlier sentence when this one opens with an
// organisation of its own (研发院亦将加入「…联盟」 is not said of the person named before).
func personEndsFit(d *doc, ms []mention, si int, c *relCue, f, t mention) bool {
	if c.flags["assoc"] && !association(t.name) {
		return false
	}
	if (c.typ == "MEMBER_OF" || c.typ == "ATTENDED") && t.end <= f.start && unnamedQuoted(d, ms, t.end, f.start) {
		return false // 组成「甲小组」，…成员包括乙: the body is the one the reader did not name
	}
	if c.typ == "WORKED_AT" && (strings.Contains(c.cue, "加入") || strings.Contains(c.cue, "join")) && association(t.name) {
		return false
	}
	if (c.typ == "LEADS" || c.typ == "WORKED_AT") && d.lang != "en" && (hasSuffixAt(d.folded, t.start, "担任") || hasSuffixAt(d.folded, t.start, "出任")) && unnamedPostOrg(d, t) {
		return false // 担任港大校友会创业分会副主席: the post is in a body the reader did not name
	}
	if f.kind == kg.KindPerson && (c.typ == "WORKED_AT" || c.typ == "EDUCATED_AT" || c.typ == "LEADS") && !contains(ms, f) && opensWithOwnOrg(d, ms, si) {
		return false
	}
	return true
}

// opensWithOwnOrg reports whether sentence si opens with an organisation as its subject (not
// one that owns the next noun or one a title follows: 甲的…, 甲行政总裁…).
func opensWithOwnOrg(d *doc, ms []mention, si int) bool {
	return len(ms) > 0 && ms[0].start == afterTimeOpener(d, d.sents[si]) && ms[0].kind == kg.KindOrganization && !possessive(d, ms[0].end) &&
		titleAt(d.folded, trimTitleHeadAt(d.folded, ms[0].end)) == 0
}

// dropWorkOfLeaders drops a current WORKED_AT of a person who LEADS the same organisation in
// the same text (加入甲前… with 甲行政总裁乙): the lead says more, and the two are exclusive.
// A founder's past work there goes too ("Tam left FreightLoop", which she co-founded): she
// founded it, and the founding is the fact; an ended post of a non-founder stays (he ran
// it, then left).
func dropWorkOfLeaders(ps []Proposal) []Proposal {
	leads, founded := map[string]bool{}, map[string]bool{}
	for _, p := range ps {
		if r := p.Relationship; r != nil && r.Type == "LEADS" {
			leads[endKey(r.From)+"|"+endKey(r.To)] = true
			if strings.Contains(strings.ToLower(r.Role), "founder") {
				founded[endKey(r.From)+"|"+endKey(r.To)] = true
			}
		}
	}
	out := ps[:0]
	for _, p := range ps {
		if r := p.Relationship; r != nil && r.Type == "WORKED_AT" && (r.Status != "ENDED" && leads[endKey(r.From)+"|"+endKey(r.To)] || founded[endKey(r.From)+"|"+endKey(r.To)]) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// foundedWithAfter reports whether 与/和/及 and, later in the clause, a founding verb follow
// position e: 由甲与前汇丰银行分析师乙共同创立.
func foundedWithAfter(f []rune, e int) bool {
	if e >= len(f) || !strings.ContainsRune("与和及、", f[e]) { // 由甲、乙共同创立: a list too
		return false
	}
	for k := e + 1; k < len(f) && k < e+25; k++ {
		if isClauseBreak(f[k]) || f[k] == '。' {
			return false
		}
		if wordAt(f, k, zhFounderAfter) && k-e > 2 {
			return true
		}
	}
	return false
}

// personVerbs open a run the suffix reader took for a name before a school or an employer.
var personVerbs = map[string]bool{"取得": true, "获得": true, "修读": true, "就读": true, "攻读": true, "加盟": true, "任职": true, "拥有": true}

// bylineNames reads a byline at the text's start: "By Daniel Ng, Asia Tech Ledger" (the
// reporter and the publication) and 【《南方科创报》记者 林晓岚 香港报道】 (the publication in
// 《》 before 记者; the title finds the reporter).
func bylineNames(d *doc) []mention {
	r := d.runes
	if d.lang == "en" {
		return englishBylineNames(d) // bylines_en.go
	}
	f := d.folded
	for i := 0; i+2 < len(f) && i < 30; i++ {
		if f[i] != '《' {
			continue
		}
		for k := i + 1; k < len(f) && k < i+14; k++ {
			if f[k] == '》' {
				if k-i-1 >= 2 && hasPrefixAt(f, k+1, "记者") {
					name := string(r[i+1 : k])
					return []mention{{start: i + 1, end: k, name: name, key: d.key(name), kind: kg.KindOrganization}}
				}
				break
			}
		}
	}
	return nil
}

// bylineFacts makes the reporter of an English byline WORKED_AT its publication.
func bylineFacts(d *doc, es *entitySet) []Proposal {
	if len(d.sents) == 0 {
		return nil
	}
	if d.lang != "en" {
		return zhBylineFacts(d, es)
	}
	return englishBylineFacts(d, es) // bylines_en.go
}

// zhEventNouns name an event by its kind (论坛, 峰会); an English text says "the fair".
var zhEventNouns = []string{"论坛", "峰会", "大会", "博览会", "展览会", "展会", "创科展", "大赛", "年会", "博览" /* 今屆博覽 */}
var enEventRefs = []string{"the fair", "the forum", "the summit", "the conference", "the expo", "the exhibition", "the opening forum", "the event"}

// resolveEventRefs points an event named by its kind (出席论坛的还有…, 本届论坛, "spoke at the
// opening forum") at the latest event named in full before it.
func resolveEventRefs(d *doc, es *entitySet) {
	events := es.where(func(m mention) bool { return m.kind == kg.KindEvent && !genericEvent(m.name) && !award(m.name) })
	if len(events) == 0 {
		return
	}
	latest := func(i int, noun string) (mention, bool) {
		for k := len(events) - 1; k >= 0; k-- {
			e := events[k]
			if e.end <= i && (noun == "" || endsWithNounOf(textnormFold(e.name), noun)) {
				return e, true
			}
		}
		// 展會 for 「2025國際資訊科技博覽」: a noun of the same family names the event too.
		for k := len(events) - 1; k >= 0; k-- {
			if e := events[k]; e.end <= i && sameEventFamily(textnormFold(e.name), noun) {
				return e, true
			}
		}
		return mention{}, false
	}
	for i := range es.mentions {
		m := &es.mentions[i]
		if m.kind == kg.KindEvent && genericEvent(m.name) {
			n := textnormFold(m.name)
			for _, w := range zhEventNouns {
				if strings.HasSuffix(n, w) {
					if e, ok := latest(m.start, w); ok {
						m.name, m.id, m.key = e.name, e.id, e.key
					}
				}
			}
		}
	}
	f := d.folded
	var added []mention
	for i := 0; i < len(f); i++ {
		nouns, before := zhEventNouns, []string{"出席", "参加", "参与", "在", "于", "该", "本届", "今届", "是次", "此次"}
		if d.lang == "en" {
			nouns, before = enEventRefs, []string{"at ", "of ", "in ", "attended ", "during "}
		}
		for _, w := range nouns {
			if !hasPrefixAt(f, i, w) || insideMention(es.mentions, i) || !endsWithAny(f, i, before) {
				continue
			}
			noun := w
			if d.lang == "en" {
				noun = ""
			}
			if e, ok := latest(i, noun); ok {
				added = append(added, mention{start: i, end: i + len([]rune(w)), name: e.name, id: e.id, key: e.key, kind: kg.KindEvent})
				i += len([]rune(w)) - 1
			}
			break
		}
	}
	es.addMentions(added)
}

// zhExpoHeads end the names of the fairs 展會 (a fair, an exhibition) refers to: 「2025國際資訊
// 科技博覽」… 優必選在展會上簽署協議.
var zhExpoHeads = []string{"展会", "博览会", "博览", "展览会", "展览", "交易会", "展"}

// endsWithNounOf reports whether an event's name ends with the kind noun refers to.
func endsWithNounOf(name, noun string) bool {
	if noun != "展会" {
		return strings.HasSuffix(name, noun)
	}
	for _, h := range zhExpoHeads {
		if strings.HasSuffix(name, h) {
			return true
		}
	}
	return false
}

func genericEvent(name string) bool {
	n := textnormFold(name)
	for _, p := range []string{"本届", "今届", "是次", "此次", "该", "今年", ""} {
		for _, w := range zhEventNouns {
			if n == p+w {
				return true
			}
		}
	}
	return false
}

func endsWithAny(f []rune, i int, ws []string) bool {
	for _, w := range ws {
		if hasSuffixAt(f, i, w) {
			return true
		}
	}
	return false
}

// titledBy reports whether only a title stands between organisation a and person b (甲局局长乙).
func titledBy(d *doc, a, b mention) bool {
	if a.kind == kg.KindPerson || b.kind != kg.KindPerson || b.start <= a.end || b.start-a.end > 12 {
		return false
	}
	f := d.folded
	j := skipWords(f, trimTitleHeadAt(f, a.end), zhFunctions)
	for j < b.start {
		k := titleAt(f, j)
		if k == 0 {
			return false
		}
		j = k
		if j < b.start && (f[j] == '兼' || f[j] == '、') {
			j++
		}
	}
	return j == b.start
}

// bylineEnd is where a byline at the text's start ends ("By …" up to the line's end, 【…】), or 0.
func bylineEnd(d *doc) int {
	r := d.runes
	switch {
	case hasPrefixAt(r, 0, "By "):
		for i := 0; i < len(r) && i < 80; i++ {
			if r[i] == '\n' {
				return i
			}
		}
	case len(r) > 0 && r[0] == '【':
		for i := 1; i < len(r) && i < 60; i++ {
			if r[i] == '】' {
				return i + 1
			}
		}
	}
	return 0
}

// afterByline drops the mentions that stand in a byline.
func afterByline(d *doc, ms []mention) []mention {
	b := bylineEnd(d)
	if b == 0 || len(ms) == 0 || ms[0].start >= b {
		return ms
	}
	var out []mention
	for _, m := range ms {
		if m.start >= b {
			out = append(out, m)
		}
	}
	return out
}

// cueEndsAt reports whether a Chinese relationship cue of two runes or more ends at i (曾任,
// 加入): a name may start there.
func cueEndsAt(f []rune, i int) bool {
	for ci := range relCues {
		c := &relCues[ci]
		if c.lang == "zh" && !c.gap && len(c.runes) >= 2 && hasSuffixAt(f, i, c.cue) {
			return true
		}
	}
	return false
}

// afterYearPhrase skips a year phrase after a name (自2020年起, 于2019年, 2018年): where the verb
// would stand, or i when there is none.
func afterYearPhrase(f []rune, i int) int {
	j := i
	if j < len(f) && f[j] == '将' {
		j++ // 陳大文將於下月接任
	}
	if j < len(f) && strings.ContainsRune("自于在", f[j]) {
		j++
	}
	for _, w := range []string{"去年", "今年", "前年", "上月", "本月", "早前", "日前", "近日", "同年", "昨日", "今日", "前日", "下月", "明年"} {
		if hasPrefixAt(f, j, w) {
			return j + len([]rune(w)) // 陈美玲于去年卸任
		}
	}
	k := j
	for k < len(f) && isDigit(f[k]) {
		k++
	}
	if k-j != 4 || k >= len(f) || f[k] != '年' {
		return i
	}
	k++
	for _, w := range []string{"起", "开始", "初", "底", "年中"} {
		if hasPrefixAt(f, k, w) {
			k += len([]rune(w))
			break
		}
	}
	return k
}

// enPersonFollowers follow a person's name and are said of people only: a relative "who", an
// apposition about a career (", a former", ", a graduate of"), a verb of study or career.
var enPersonFollowers = []string{", who ", ", a former ", ", the former ", ", former ", ", a graduate of ", ", an alumnus of ", ", an alumna of ",
	" graduated from ", " sits on ", " earned her ", " earned his ", " studied ", " previously worked ", " previously headed ", " formerly headed ", " co-founded "}

// enPostVerbs follow a person's name when a leading title comes soon after them ("joined X as
// chief technology officer", "was appointed chairman"); a company joins or is named too, so
// the title must follow.
var enPostVerbs = []string{" joined ", " joins ", " was appointed ", " was named ", " has been appointed ", " has been named ",
	" will succeed ", " succeeds ", " succeeded ", " replaces ", " will replace ", " replaced ", " took over from ", " takes over from "}

// englishPersonsByCue finds a two- or three-word capitalised name that opens a sentence or a
// list item and is followed by words said only of people (Nina Cheung, who founded …).
func englishPersonsByCue(d *doc) []mention {
	if d.lang != "en" {
		return nil
	}
	var out []mention
	r := d.runes
	for i := 0; i < len(r); i++ {
		if !isLatinLetter(r[i]) || i > 0 && isWordRune(r[i-1]) {
			continue
		}
		if !(i == 0 || i >= 2 && (r[i-1] == ' ' && strings.ContainsRune(".,;", r[i-2]) || r[i-1] == '\n') || i > 0 && r[i-1] == '\n') {
			continue
		}
		ws := latinWordsFrom(r, i, 5)
		for len(ws) > 2 && honorifics[ws[0].text] {
			ws = ws[1:]
		}
		n, ok := capitalisedRun(r, ws)
		if !ok {
			continue
		}
		k := len(strings.Fields(string(r[n.start:n.end])))
		if enOrgWords[strings.ToLower(ws[k-1].text)] || enNotNames[ws[0].text] || enTopicWords[ws[0].text] || demonym[ws[0].text] != "" {
			continue
		}
		rest := string(r[n.end:min(len(r), n.end+24)])
		for _, p := range enPostVerbs {
			if strings.HasPrefix(rest, p) && leadingTitleWithin(d, n.end+len([]rune(p)), 60) {
				rest = ", who " // said of a person: a post follows
			}
		}
		for _, p := range enPersonFollowers {
			if strings.HasPrefix(rest, p) && !strings.HasPrefix(rest, " co-founded by ") { // a company is co-founded by people
				name := string(r[n.start:n.end])
				out = append(out, mention{start: n.start, end: n.end, name: name, key: d.key(name), kind: kg.KindPerson})
				break
			}
		}
	}
	return out
}

// afterAgentClause reads a relative clause "由甲…的乙" that opens at mention i: the index of 乙,
// the noun the clause describes.
func afterAgentClause(d *doc, ms []mention, i int) (int, bool) {
	if d.lang == "en" || !origin(d, ms[i].start) || d.folded[ms[i].start-1] != '由' {
		return 0, false
	}
	for k := i + 1; k < len(ms) && ms[k].start-ms[i].end <= 12; k++ {
		g := string(d.folded[ms[i].end:ms[k].start])
		if strings.ContainsAny(g, "，。；,") {
			return 0, false
		}
		if strings.HasSuffix(strings.TrimRight(g, "“「『\""), "的") {
			return k, true
		}
	}
	return 0, false
}

// unnamedPostOrg reports whether more of a name stands between organisation t and the title
// that follows it (港大校友会创业分会副主席): the title belongs to that longer, unnamed body.
func unnamedPostOrg(d *doc, t mention) bool {
	f := d.folded
	for k := t.end; k < len(f) && k < t.end+14; k++ {
		if isClauseBreak(d.runes[k]) || strings.ContainsRune("。；", f[k]) || !isHan(f[k]) {
			return false
		}
		if titleAt(f, k) > 0 {
			g := string(f[t.end:k])
			return g != "" && !titleGap(g) && !strings.HasSuffix(g, "的") && len([]rune(g)) >= 3 && !isDivision(g) && !contains(zhDivisions, g)
		}
	}
	return false
}

// leadingTitleWithin reports whether a leading English title starts within n runes of i in
// the same sentence.
func leadingTitleWithin(d *doc, i, n int) bool {
	f := d.folded
	for j := i; j < len(f) && j < i+n; j++ {
		if f[j] == '.' || f[j] == ';' || f[j] == '\n' {
			return false
		}
		if isWordRune(at(f, j-1)) {
			continue
		}
		for k := range titles {
			t := &titles[k]
			if t.latin && t.role != "" && hasPrefixAt(f, j, t.cue) && !isWordRune(at(f, j+len(t.runes))) {
				return true
			}
		}
	}
	return false
}

// enCopulas stand between a person's name and the title they hold or held.
var enCopulas = []string{" is the", " is a", " is an", " is", " was the", " was a", " was", " became the", " became", " is now the", " is now",
	" serves as", " served as", " stepped down as", " resigned as", " retired as", " remains", " remains the",
	// Appointments: "X has been appointed chief executive of Y", "X was promoted to managing
	// director of Y", "X will take over as chairman of Y".
	" has been appointed", " has been appointed as", " was appointed", " was appointed as", " has been named", " has been named as",
	" was named", " was named as", " will become", " will become the", " has become", " has become the", " was promoted to",
	" has been promoted to", " will serve as", " will take over as", " takes over as", " took over as", " will be the",
	// "X is now its chief technology officer": the possessive refers back to the company.
	" is its", " is now its", " was its", " became its", " remains its", " has become its", " will become its", " will be its"}

// copulaBeforeTitle returns where a name ends before "is the / became / stepped down as" and
// the title at t; only titles a company does not hold ("X is a partner of" may be a firm).
func copulaBeforeTitle(d *doc, j, t int) (int, bool) {
	if at(d.folded, t) == 'p' && hasPrefixAt(d.folded, t, "partner") || hasPrefixAt(d.folded, t, "director") && !hasPrefixAt(d.folded, t, "director of") {
		return 0, false
	}
	for _, w := range enCopulas {
		if hasSuffixAt(d.folded, j, w) {
			k := j - len([]rune(w))
			for _, adv := range []string{" previously", " formerly", " also", " once", " briefly", " later"} {
				if hasSuffixAt(d.folded, k, adv) {
					k -= len([]rune(adv)) // "X previously served as CFO of Y"
					break
				}
			}
			k = beforeClosedAside(d, k) // "X, who spent a decade at Y, will become chief executive of Z"
			if k > 0 && isLatinLetter(d.runes[k-1]) && !companyWordBefore(d, k) {
				return k, true
			}
		}
	}
	return 0, false
}

// companyWordBefore reports whether the capitalised words ending at k end with a company word
// or open with a place (Alibaba Cloud, Hong Kong Telecom): a firm, not a person.
func companyWordBefore(d *doc, k int) bool {
	b := wordStart(d.runes, k)
	if enOrgWords[strings.ToLower(string(d.runes[b:k]))] {
		return true
	}
	s := b
	for n := 0; n < 2 && s >= 2 && d.runes[s-1] == ' ' && isLatinLetter(d.runes[s-2]); n++ {
		s = wordStart(d.runes, s-1)
	}
	for _, m := range placeMatcher.FindFolded(d.folded[s:k]) {
		if m.Start == 0 {
			return true
		}
	}
	return false
}

// possessiveOrgBefore returns the position after the comma of ", ORG's" that ends at j
// ("Sara Ip, Brightwave's founder"), the name standing before that comma.
func possessiveOrgBefore(d *doc, j int) (int, bool) {
	f := d.folded
	k := j - 2
	if hasSuffixAt(f, j, "s'") || hasSuffixAt(f, j, "s’") {
		k = j - 1 // "Mary Tam, Orbix Labs' chief executive"
	} else if !hasSuffixAt(f, j, "'s") && !hasSuffixAt(f, j, "’s") {
		return 0, false
	}
	for n := 0; n < 4; n++ {
		b := wordStart(d.runes, k)
		if b == k || !isCapitalised(string(d.runes[b:k])) {
			return 0, false
		}
		if hasSuffixAt(f, b, ", ") {
			return b - 1, true
		}
		if b < 1 || d.runes[b-1] != ' ' {
			return 0, false
		}
		k = b - 1
	}
	return 0, false
}

// leadingWordOrg reads "Word's " right before position i as the organisation whose multi-word
// name opens with Word and was named before ("Sightline's founder" after "Sightline AI").
func (es *entitySet) leadingWordOrg(d *doc, i int) (mention, bool) {
	if d.lang != "en" || !hasSuffixAt(d.folded, i, "'s ") && !hasSuffixAt(d.folded, i, "’s ") {
		return mention{}, false
	}
	e := i - 3
	b := wordStart(d.runes, e)
	w := string(d.runes[b:e])
	if len(w) < 4 || !isCapitalised(w) || insideMention(es.mentions, b) {
		return mention{}, false
	}
	var found *mention
	for k := range es.mentions {
		m := es.mentions[k]
		if m.start >= b {
			break
		}
		if m.kind == kg.KindOrganization && strings.HasPrefix(m.name, w+" ") {
			if found != nil && !sameEntity(*found, m) {
				return mention{}, false // two names open with the word
			}
			found = &es.mentions[k]
		}
	}
	if found == nil {
		return mention{}, false
	}
	return mention{start: b, end: e, name: found.name, id: found.id, key: found.key, kind: found.kind}, true
}

// nameBeforeApposition reads a name that stands before an apposition holding the title at
// [i, j): "陈大文，智汇科技创办人，" and "李明（星河智能首席执行官）". The apposition opens after
// the name with ， or （ and closes after the title with ， or ）.
func nameBeforeApposition(f []rune, i, j int) (span, bool) {
	if j >= len(f) || !strings.ContainsRune("，,）)", f[j]) {
		return span{}, false
	}
	o := i
	for o > 0 && i-o < 14 && !strings.ContainsRune("，,（(。；;", f[o-1]) {
		o--
	}
	if o == 0 || !strings.ContainsRune("，,（(", f[o-1]) || (f[o-1] == '（' || f[o-1] == '(') != (f[j] == '）' || f[j] == ')') {
		return span{}, false
	}
	n, ok := chineseNameBefore(f, o-1)
	if !ok || n.start > 0 && !strings.ContainsRune("，,。；：:」”\n", f[n.start-1]) {
		return span{}, false // the name opens its clause
	}
	return n, true
}

// where returns the mentions that satisfy keep, in text order.
func (es *entitySet) where(keep func(mention) bool) []mention {
	var out []mention
	for _, m := range es.mentions {
		if keep(m) {
			out = append(out, m)
		}
	}
	return out
}

// addMentions adds mentions that refer back (他, 论坛) and keeps the list in text order.
func (es *entitySet) addMentions(added []mention) {
	if len(added) > 0 {
		es.bySentence, es.namedNew = nil, nil
		es.mentions = append(es.mentions, added...)
		sort.SliceStable(es.mentions, func(a, b int) bool { return es.mentions[a].start < es.mentions[b].start })
	}
}

// localArm reports whether f[s:e] is a brand followed by a place it operates in (渣打香港,
// 中国移动香港): one name, not a place.
func localArm(f []rune, s, e int) bool {
	for _, x := range placeMatcher.FindFolded(f[s:e]) {
		if x.End == e-s && x.Start >= 2 {
			brand := f[s : s+x.Start]
			for _, y := range placeMatcher.FindFolded(brand) {
				if y.End == len(brand) {
					return false // 深圳南山: places only
				}
			}
			if allGeneric(string(brand)) || containsStopWord(brand) {
				return false
			}
			return true
		}
	}
	return false
}

// shareDates gives a person's or an event's fact stated twice the date one statement has
// (城大副校长罗家明… / 2018年加入城大), and a guest's ATTENDED the event's date from the
// organiser's (ORGANIZED and ATTENDED carry the event's first day).
func shareDates(ps []Proposal) {
	dated := map[string]*RelationshipProposal{}
	eventDay := map[string]*RelationshipProposal{}
	for _, p := range ps {
		r := p.Relationship
		if r == nil || r.Date == "" {
			continue
		}
		k := relKey(r.Type, r.From, r.To)
		if dated[k] == nil {
			dated[k] = r
		}
		if (r.Type == "ORGANIZED" || r.Type == "ATTENDED") && eventDay[endKey(r.To)] == nil {
			eventDay[endKey(r.To)] = r
		}
	}
	for _, p := range ps {
		r := p.Relationship
		if r == nil || r.Date != "" || r.EndDate != "" {
			continue
		}
		switch r.Type {
		case "LEADS", "WORKED_AT", "MEMBER_OF", "EDUCATED_AT":
			if src := dated[relKey(r.Type, r.From, r.To)]; src != nil {
				r.Date, r.DateNote = src.Date, src.DateNote
			}
		case "ATTENDED":
			if src := eventDay[endKey(r.To)]; src != nil {
				r.Date, r.DateNote = src.Date, src.DateNote
			}
		}
	}
}

// award reports whether an event's name is a prize or a ranked list, which no later "the
// fair"/论坛 refers to.
func award(name string) bool {
	n := strings.ToLower(textnormFold(name))
	for _, w := range []string{"award", "prize", "奖", "榜"} {
		if strings.Contains(n, w) {
			return true
		}
	}
	return false
}

// zhBodyNouns and enBodyNouns end the names of bodies that have members.
var bodyEndings = []string{"小组", "委员会", "联盟", "协会", "商会", "学会", "网络", "理事会", "俱乐部", "联会",
	"committee", "council", "alliance", "association", "network", "panel", "board", "club", "chamber"}

// bodyBefore is slot B: the nearest body with members named before position i in sentence si
// or the sentence before it ("组成「前沿产业咨询小组」，…成员包括甲").
func bodyBefore(d *doc, es *entitySet, si, i int) ([]mention, bool) {
	for j := si; j >= 0 && j >= si-1; j-- {
		ms := es.sentenceMentions(d.sents[j])
		for k := len(ms) - 1; k >= 0; k-- {
			m := ms[k]
			if m.end > i || m.kind != kg.KindOrganization {
				continue
			}
			n := strings.ToLower(textnormFold(m.name))
			for _, e := range bodyEndings {
				if strings.HasSuffix(n, e) {
					return []mention{m}, j < si
				}
			}
		}
	}
	return nil, false
}

// zhBylineFacts makes the reporter of 【《报》记者 NAME …】 WORKED_AT the paper (read from all
// mentions: a paper's name is no subject of the story).
func zhBylineFacts(d *doc, es *entitySet) []Proposal {
	b := bylineEnd(d)
	if b == 0 {
		return nil
	}
	var paper, reporter *mention
	for k := range es.mentions {
		m := &es.mentions[k]
		if m.start >= b {
			break
		}
		if m.kind == kg.KindOrganization && m.end < len(d.runes) && d.runes[m.end] == '》' && hasPrefixAt(d.folded, m.end+1, "记者") {
			paper = m
		}
		if m.kind == kg.KindPerson && paper != nil && reporter == nil {
			reporter = m
		}
	}
	if paper == nil || reporter == nil {
		return nil
	}
	sp := span{0, b}
	return []Proposal{{Kind: KindRelationship, Start: sp.start, End: sp.end, Quote: d.quote(sp), Trigger: "记者", Confidence: 0.5,
		Relationship: &RelationshipProposal{Type: "WORKED_AT", From: reporter.end_(), To: paper.end_()}}}
}

// nameWordTitle reports whether a title is also a word inside organisations' names (学生 in
// 大学生物医学学院, 委员 in 委员会, 律师 in 律师事务所): its being there makes no name a title.
func nameWordTitle(cue string) bool {
	return cue == "学生" || memberTitles[cue] || moreWorkTitles[cue]
}

// namesOrg reports whether ms holds an organisation.
func namesOrg(ms []mention) bool {
	for _, m := range ms {
		if m.kind == kg.KindOrganization {
			return true
		}
	}
	return false
}
