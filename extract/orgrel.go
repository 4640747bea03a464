package extract

import (
	"sort"
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// Organisation, programme and award relations: the shapes of clause that name
// an award or a ranked list, and the relative clause 由…的 that stands between a cue and its object.

// awardSuffixes end the Chinese names of awards and ranked lists (数码港创业大奖, 港深创科先锋榜):
// events a winner is SELECTED_FOR.
var awardSuffixes = []suffix{{"大奖", kg.KindEvent}, {"先锋榜", kg.KindEvent}, {"排行榜", kg.KindEvent}, {"奖项", kg.KindEvent}}

func init() {
	zhSuffixes = sortedByLength(append(zhSuffixes, awardSuffixes...))
	// A body that brings a company to Hong Kong (港投公司引进甲, InvestHK helped X set up).
	endKinds["ATTRACTED"] = [2][]kg.Kind{{kg.KindOrganization}, {kg.KindOrganization}}
}

// selectionCues open the naming of a list or an award a company or a person was picked for.
var selectionCues = []string{"入选", "获选", "获评", "荣登", "登上"}

// selectionObjects proposes the quoted name a selection cue introduces as an EVENT (the
// award or ranked list), across a publication 《…》, a place or a 由…的 clause:
// 獲選《福布斯》亞洲「30位30歲以下精英」榜單, 入选由甲主办的“乙榜”. A quoted name with a kind
// suffix (计划, 基金) keeps its kind.
func selectionObjects(d *doc) []mention {
	if d.lang == "en" {
		return nil
	}
	var out []mention
	f := d.folded
	for i := range f {
		cue := wordStartingAt(f, i, selectionCues)
		if cue == "" {
			continue
		}
		gap := 0 // runes between the cue and the quote, not counting 《…》 and 由…的
		for j := afterByClause(d, i+len([]rune(cue))); j < len(f) && j < i+40; j++ {
			if isClauseBreak(f[j]) || strings.ContainsRune("。；！？;!?的", f[j]) || gap > 4 {
				break // 入選者包括開發…的「甲」: the quoted name is no list's
			}
			if f[j] == '《' {
				for j < len(f) && f[j] != '》' {
					j++
				}
				continue
			}
			if f[j] != '“' && f[j] != '「' {
				gap++
				continue
			}
			m, ok := quotedAt(d, j)
			if !ok {
				break
			}
			if !hasKindSuffix(m.name) {
				m.kind = kg.KindEvent
			}
			out = append(out, m)
			break
		}
	}
	return out
}

// objectStart returns where a cue's object starts when a clause or a count stands between them:
// afterByClause, or after "including" in "invested in 14 companies, including A", else i.
func objectStart(d *doc, i int) int {
	if d.lang != "en" {
		if k, ok := countedIncluding(d, i); ok {
			return k // 吸引了120家企業進駐，包括甲及乙
		}
		return afterByClause(d, i)
	}
	if e, ok := afterWithAside(d, i); ok {
		return e // "co-led, with B, the Series A of C": C (asides_en.go)
	}
	t := string(d.folded[i:min(len(d.folded), i+40)])
	if k := strings.Index(t, " including "); k > 0 && !strings.ContainsAny(t[:k], ".;") {
		head := strings.Fields(t[:k])
		if len(head) >= 1 && len(head) <= 4 && (isDigit([]rune(head[0])[0]) || head[0] == "several" || head[0] == "more" || head[0] == "over" || countWord(head[0])) {
			return i + len([]rune(t[:k])) + len(" including ")
		}
	}
	return i
}

// afterByClause returns where the object of a cue at i starts when a relative clause 由…的
// stands between them (入选由数码港主办的“先锋榜”, 获纳入由甲营运的乙计划), else i.
func afterByClause(d *doc, i int) int {
	if d.lang == "en" || i >= len(d.folded) {
		return i
	}
	if d.folded[i] != '由' {
		return afterAgentVerbClause(d, i)
	}
	for k := i + 1; k < len(d.folded) && k < i+30; k++ {
		if isClauseBreak(d.folded[k]) || d.folded[k] == '。' {
			return i
		}
		if d.folded[k] == '的' {
			return k + 1
		}
	}
	return i
}

// zhRelativeVerbs close a relative clause whose agent stands first, without 由 (甲运营的乙计划,
// 甲主办的「乙」): what a body runs, holds or launched.
var zhRelativeVerbs = []string{"运营", "营运", "主办", "举办", "推出", "管理", "负责", "牵头", "设立", "成立", "发起"}

// afterAgentVerbClause returns where the object of a cue at i starts when a relative clause
// "agent + verb + 的" stands between them (加入张江高科运营的「孵化计划」), else i.
func afterAgentVerbClause(d *doc, i int) int {
	for k := i + 2; k < len(d.folded) && k < i+30; k++ {
		if isClauseBreak(d.folded[k]) || d.folded[k] == '。' {
			return i
		}
		if d.folded[k] == '的' {
			if endsWithAny(d.folded, k, zhRelativeVerbs) {
				return k + 1
			}
			return i
		}
	}
	return i
}

// operatorNotParticipant drops PARTICIPATED_IN of a body in a programme it OPERATES in the same
// sentence ("科技園公司公布，38間初創企業獲納入旗下的「培育計劃」": the unnamed start-ups joined).
func operatorNotParticipant(d *doc, ps []Proposal) []Proposal {
	runs := map[string]bool{}
	for _, p := range ps {
		if r := p.Relationship; r != nil && r.Type == "OPERATES" {
			runs[endKey(r.From)+"|"+endKey(r.To)+"|"+itoa(d.sentenceOf(p.Start))] = true
		}
	}
	out := ps[:0]
	for _, p := range ps {
		if r := p.Relationship; r != nil && r.Type == "PARTICIPATED_IN" && runs[endKey(r.From)+"|"+endKey(r.To)+"|"+itoa(d.sentenceOf(p.Start))] {
			continue
		}
		out = append(out, p)
	}
	return out
}

// otherEnd reports whether m, the sentence's subject, stands in the clause of a "topic" cue,
// where the cue's other end is ("甲与新加坡主权基金乙担任基石投资者": the investors open the
// clause; the company listing is the article's topic, named in an earlier clause or sentence).
func otherEnd(d *doc, c *relCue, side int, h cueHit, m mention) bool {
	if !c.flags["topic"] || side != 1 {
		return false
	}
	if d.lang == "en" {
		// "A and B came in as cornerstone investors": the subject invested; "Lumora said A
		// led the round": Lumora is no part of the list before the cue, the round is its.
		return c.from[0] == "L" && (m.end >= h.start || onlyNamesBetween(d, m.end, h.start))
	}
	return !crossesClause(d, m.end, h.start)
}

// onlyNamesBetween reports whether the English text from a to b holds only capitalised words
// and the glue of a list (", ", "and", "&"): the name before a stands in the list that ends at b.
func onlyNamesBetween(d *doc, a, b int) bool {
	for _, w := range strings.FieldsFunc(string(d.runes[a:b]), func(r rune) bool { return r == ' ' || r == ',' }) {
		if w != "and" && w != "&" && !isCapitalised(w) {
			return false
		}
	}
	return true
}

// coInvestor reports whether t, right after an investment cue, is the next investor of the
// round rather than the investee: 由甲領投、乙跟投的種子輪, "led by A, with B participating".
func coInvestor(d *doc, c *relCue, h cueHit, t mention) bool {
	if c.typ != "INVESTED_IN" || t.start < h.end || t.start-h.end > 2 {
		return false
	}
	if g := strings.TrimSpace(string(d.folded[h.end:t.start])); g != "、" && g != "，" && g != "," && g != "及" && g != "和" {
		return false
	}
	for _, v := range []string{"跟投", "参投", "领投", "联合领投", "共同领投", "亦有参与", "参与"} {
		if hasPrefixAt(d.folded, t.end, v) {
			return true
		}
	}
	return false
}

// schemeBefore is the programme a sentence about its recipients refers to (slot P): the
// latest programme or fund (a grant scheme is often a Fund: the Green Tech Fund, 創意微型基金)
// named in the three sentences before sentence si
// ("…approved under the X Scheme. Among the approved companies is A", 「X計劃」公布…。獲批項目中，
// 甲獲6,000萬港元資助). The bool says whether it stands in an earlier sentence.
func schemeBefore(d *doc, es *entitySet, si int) (mention, bool, bool) {
	// Not the sentence's own: "數碼港「培育計劃」錄取42間企業，每間可獲50萬港元資助" names no recipient.
	for j := si - 1; j >= 0 && j >= si-3; j-- {
		ms := es.sentenceMentions(d.sents[j])
		for x := len(ms) - 1; x >= 0; x-- {
			if ms[x].kind == kg.KindProgramme || ms[x].kind == kg.KindFund {
				return ms[x], j < si, true
			}
		}
	}
	return mention{}, false, false
}

// headAfterDe finds the head of a noun phrase that opens a clause and ends with a name: in
// "城大…教授团队孵化的固态电池企业“锂晟新能”，近日获…" the first name only modifies the head
// after 的, which closes the clause. It returns that head when it fits.
func headAfterDe(d *doc, ms []mention, i int, fits func(mention) bool) (mention, bool) {
	if d.lang == "en" {
		return mention{}, false
	}
	m := ms[i]
	// What lies between m and n grows with n (mentions are in text order): read each rune once.
	seen, de := m.end, false
	for _, n := range ms[i+1:] {
		if crossesClause(d, m.end, n.start) {
			break
		}
		for ; seen < n.start; seen++ {
			if d.folded[seen] == '是' {
				return mention{}, false // 甲是一家…的乙公司: a predicate, 甲 is the subject
			}
			de = de || d.folded[seen] == '的'
		}
		if !fits(n) || !de {
			continue
		}
		e := n.end
		for e < len(d.runes) && strings.ContainsRune("」”』）)", d.runes[e]) {
			e++
		}
		// An alias in brackets may follow the head: “锂晟新能”（LiSun）,
		if e < len(d.runes) && (d.runes[e] == '（' || d.runes[e] == '(') {
			for e < len(d.runes) && d.runes[e] != '）' && d.runes[e] != ')' && e-n.end < 30 {
				e++
			}
			e++
		}
		if e < len(d.runes) && isClauseBreak(d.runes[e]) {
			return n, true
		}
	}
	return mention{}, false
}

// allShares reports whether all of a company's shares follow position i (收購甲的全部股權,
// 甲全部股权, "all of X's shares"): the buyer takes the whole company, not a part of it.
func allShares(d *doc, i int) bool {
	t := string(d.folded[i:min(len(d.folded), i+8)])
	for _, p := range []string{"的全部股", "的所有股", "全部股", "的100%股"} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}

// namedLikePronoun resolves "the scheme", "the programme", "the fund" to the latest name of
// kind k whose last word is that noun (the Artificial Intelligence Subsidy Scheme, not the
// Incubation Programme named since), in the five sentences before si.
func namedLikePronoun(d *doc, es *entitySet, si int, k kg.Kind, fits func(mention) bool) (mention, bool, bool) {
	if d.lang != "en" {
		return mention{}, false, false
	}
	start := afterTimeOpener(d, d.sents[si])
	head := strings.Fields(strings.ToLower(string(d.folded[start:min(d.sents[si].end, start+20)])))
	if len(head) < 2 || head[0] != "the" {
		return mention{}, false, false
	}
	noun := strings.Trim(head[1], ",.;:")
	for j := si - 1; j >= 0 && j >= si-5; j-- {
		ms := es.sentenceMentions(d.sents[j])
		for x := len(ms) - 1; x >= 0; x-- {
			if ms[x].kind == k && fits(ms[x]) && strings.HasSuffix(strings.ToLower(ms[x].name), " "+noun) {
				return ms[x], j == si-1, true
			}
		}
	}
	return mention{}, false, false
}

// listedCompanyFacts reads "<exchange>上市公司<company>" (港交所上市公司寶恒集團, 纳斯达克上市企业甲)
// as the company's listing on that exchange. The exchange and 上市公司 read as one description
// of the name, so the exchange is found in the text before it.
func listedCompanyFacts(d *doc, es *entitySet, ix *Index) []Proposal {
	if d.lang == "en" {
		return nil
	}
	var out []Proposal
	for _, b := range es.mentions {
		if b.kind != kg.KindOrganization {
			continue
		}
		pre := string(d.folded[max(0, b.start-12):b.start])
		for _, g := range []string{"主板上市公司", "主板上市企业", "上市公司", "上市企业"} {
			x, ok := strings.CutSuffix(pre, g)
			if !ok {
				continue
			}
			for _, ex := range []string{"港交所", "联交所", "深交所", "上交所", "纳斯达克", "纽交所"} {
				if !strings.HasSuffix(x, ex) {
					continue
				}
				a := b.start - len([]rune(g)) - len([]rune(ex))
				si := d.sentenceOf(a)
				to := End{Name: string(d.runes[a : a+len([]rune(ex))]), EntityID: ix.byName[textnormFold(ex)]}
				if to.EntityID == "" {
					to.EntityKey = d.key(to.Name)
				}
				sp := citeSpan(d, si, false, a, b.end)
				out = append(out, Proposal{Kind: KindRelationship, Start: sp.start, End: sp.end, Quote: d.quote(sp),
					Trigger: string(d.runes[a:b.end]), Confidence: 0.5,
					Relationship: &RelationshipProposal{Type: "LISTED_ON", From: b.end_(), To: to}})
			}
			break
		}
	}
	return out
}

// governmentBody reports whether a name is a government department's (創新科技署, 商務局,
// "Environment and Ecology Bureau"): its funds are public money, not a managed fund.
func governmentBody(name string) bool {
	n := textnormFold(name)
	for _, s := range []string{"署", "局", "政府", "委员会", "Bureau", "Commission", "Department", "Government", "Authority"} {
		if strings.HasSuffix(n, s) {
			return true
		}
	}
	return false
}

// ownerBefore reports whether a name ends right at position i (甲旗下的…).
func ownerBefore(ms []mention, i int) bool {
	for _, m := range ms {
		if m.end == i {
			return true
		}
	}
	return false
}

// farObject reports whether the object of a "near" cue stands too far after it or after a
// quantity (引進更多內地龍頭企業…: no company is named): the named company follows the verb
// with at most a short description (引進上海自動駕駛企業甲).
func farObject(d *doc, h cueHit, m mention) bool {
	if m.start-h.end > 12 {
		return true
	}
	g := string(d.folded[h.end:m.start])
	return strings.Contains(g, "更多") || strings.Contains(g, "多家") || strings.Contains(g, "一批")
}

// pastOtherKind returns the end of the name right after position i when that name does not fit
// the cue's slot and another name follows it at once in a quoted list (「甲基金」「乙計劃」).
func pastOtherKind(d *doc, ms []mention, c *relCue, side, i int) (int, bool) {
	for k, m := range ms {
		if m.start < i {
			continue
		}
		if m.start-i > 2 || fitsCue(c, side, m.kind) || k+1 >= len(ms) || ms[k+1].start-m.end > 3 ||
			strings.Trim(string(d.runes[m.end:ms[k+1].start]), "」「”“、") != "" {
			return 0, false
		}
		return m.end, true
	}
	return 0, false
}

// jointWithoutInvestee reports whether a joint-investment cue (甲與乙聯合投資) names no investee:
// nothing follows it, and no 獲 (received from) opens the investors before it, so the
// sentence's subject is the other investor, not what they invest in.
func jointWithoutInvestee(d *doc, c *relCue, h cueHit, from, to []mention) bool {
	if c.typ != "INVESTED_IN" || !strings.HasSuffix(c.cue, "投资") || len(c.runes) < 4 || len(from) == 0 || len(to) == 0 || to[0].start > h.start {
		return false
	}
	head := strings.TrimSuffix(c.cue, "投资")
	if head != "联合" && head != "共同" {
		return false
	}
	a := from[0].start
	for a > 0 && !isClauseBreak(d.runes[a-1]) && d.runes[a-1] != '。' {
		a--
	}
	return !strings.ContainsRune(string(d.folded[a:from[0].start]), '获')
}

// investorNoun reports whether an investment cue is the start of a noun (投資者, 投資人,
// 投資方: the investors; 数码港投资者网络 names a network; 領投方甲合夥人乙表示: 甲 is the lead
// investor the sentence describes, not one that invests in a company named before), not the verb.
func investorNoun(d *doc, c *relCue, h cueHit) bool {
	if c.typ != "INVESTED_IN" || d.lang == "en" {
		return false
	}
	if strings.HasSuffix(c.cue, "投资") {
		return strings.ContainsRune("者人方", at(d.folded, h.end)) || wordAt(d.folded, h.end, zhInvestingUnits) || wordAt(d.folded, h.end, zhCompoundHeads["投资"])
	}
	return zhRoundRoles[c.cue] && strings.ContainsRune("者人方", at(d.folded, h.end))
}

// zhRoundRoles are the verbs of a round's investors that, followed by 方/人/者, name a role.
var zhRoundRoles = map[string]bool{"领投": true, "跟投": true, "参投": true}

// zhInvestingUnits follow 投资 when it names what a group invests through (旗下投资平台乙,
// 风险投资机构, 投资部门), not the act: 甲旗下投资平台乙 says 乙 is 甲's, not that 甲 invested in it.
var zhInvestingUnits = []string{"平台", "机构", "部门", "团队", "总监", "经理", "主管", "银行"}

// basedModifier reports whether "-based" or "-listed" follows mention m: it locates the name
// after it ("Cyberport-based Votee AI") and is no item of the list.
func basedModifier(d *doc, m mention) bool {
	return hasPrefixAt(d.folded, m.end, "-based") || hasPrefixAt(d.folded, m.end, "-listed") || hasPrefixAt(d.folded, m.end, "-headquartered")
}

// enEventNouns name an event in an apposition: "InnoEX 2025, the innovation fair organised by…".
var enEventNouns = []string{"fair", "expo", "exhibition", "summit", "forum", "conference", "festival", "competition", "award", "awards", "week"}

// enEventHeads end the names of events only (no company is called a Fair or a Congress).
var enEventHeads = map[string]bool{"fair": true, "show": true, "exhibition": true, "expo": true, "congress": true,
	"symposium": true, "hackathon": true, "roadshow": true, "summit": true, "forum": true, "conference": true, "festival": true}

// enEventDays stand before "Day" in the names of events (Demo Day, Pitch Day).
var enEventDays = wordSet(`demo pitch investor investors open media career careers graduation showcase`)

// eventByName reports whether a new English name that reads as an organisation names an
// event: it ends with an event noun (Hong Kong Electronics Fair, Global Fintech Congress) or
// with a year after a name that has no organisation word (InnoEX 2025, RISE 2024, not
// Harbour Capital 2024 or Fund 2025).
func eventByName(name string) bool {
	ws := strings.Fields(strings.ToLower(name))
	if len(ws) < 2 {
		return false
	}
	last := ws[len(ws)-1]
	if enEventHeads[last] || last == "day" && enEventDays[ws[len(ws)-2]] {
		return true // "Orbix Launchpad Demo Day"
	}
	if len(last) != 4 || !(strings.HasPrefix(last, "19") || strings.HasPrefix(last, "20")) || !isDigit(rune(last[2])) || !isDigit(rune(last[3])) {
		return false
	}
	for _, w := range ws[:len(ws)-1] {
		if k, ok := enCues[w]; ok && k != kg.KindEvent || !isWordRune([]rune(w)[0]) {
			return false
		}
	}
	return true
}

// eventByApposition gives a new English name the kind EVENT when the apposition right after it
// calls it a fair, a summit, a forum or an award (", the innovation fair organised by").
func eventByApposition(d *doc, es *entitySet) {
	if d.lang != "en" {
		return
	}
	for i := range es.mentions {
		m := &es.mentions[i]
		if m.key != "" && m.id == "" && m.kind == kg.KindOrganization && eventByName(m.name) {
			m.kind = kg.KindEvent // the Canton Fair, InnoEX 2025
			if c := es.candidates[m.key]; c != nil {
				c.kind = kg.KindEvent
			}
			continue
		}
		if m.key == "" || m.id != "" || m.kind != kg.KindOrganization || !hasPrefixAt(d.folded, m.end, ", the ") {
			continue
		}
		t := strings.ToLower(string(d.folded[m.end+len(", the ") : min(len(d.folded), m.end+50)]))
		ws := strings.FieldsFunc(t, func(r rune) bool { return r == ' ' || r == ',' || r == '.' })
		for k, w := range ws {
			if k > 2 {
				break
			}
			if contains(enEventNouns, w) {
				m.kind = kg.KindEvent
				if c := es.candidates[m.key]; c != nil {
					c.kind = kg.KindEvent
				}
				break
			}
		}
	}
	for i := range es.mentions {
		if c := es.candidates[es.mentions[i].key]; c != nil && es.mentions[i].id == "" {
			es.mentions[i].kind = c.kind // the other mentions of the same name
		}
	}
}

// withCoActor adds to the organisers (or operators, founders) a cue names the body "together
// with" the last of them: "organised by the HKTDC together with the Bureau", 由甲聯同乙主辦.
func withCoActor(d *doc, ms []mention, c *relCue, side int, g []mention) []mention {
	if c.typ != "ORGANIZED" && c.typ != "OPERATES" && c.typ != "ESTABLISHED" || len(g) == 0 {
		return g
	}
	last := g[len(g)-1]
	for _, m := range ms {
		if m.start < last.end {
			continue
		}
		if sameEntity(m, last) && m.start-last.end <= 2 {
			last = m // the alias in brackets: "Council (HKTDC) together with"
			continue
		}
		if !fitsCue(c, side, m.kind) {
			break
		}
		gap := strings.TrimSpace(strings.Trim(strings.ToLower(string(d.folded[last.end:m.start])), ")）"))
		for _, w := range []string{"together with the", "together with", "jointly with the", "jointly with", "联同"} {
			if strings.HasSuffix(gap, w) && len(gap) <= len(w)+12 {
				return append(g, m)
			}
		}
		if (gap == "with" || gap == "with the") && len(g) == 1 && agentAfterVerb(d, last.start) {
			return append(g, m) // "run by A with B": B runs it too, and partners A (coactors_en.go)
		}
		break
	}
	return g
}

// objectAnaphor resolves an object that refers back to a programme or a fund (入选该计划,
// 获该基金投资, "graduated from the programme"): the latest fitting name of that kind before
// the cue, in this sentence or the three before it.
func objectAnaphor(d *doc, es *entitySet, si int, c *relCue, side int, h cueHit) (mention, bool, bool) {
	i := h.end
	for i < len(d.folded) && d.folded[i] == ' ' {
		i++
	}
	t := strings.ToLower(string(d.folded[i:min(len(d.folded), i+16)]))
	var k kg.Kind
	n := ""
	for _, p := range []string{"该计划", "此计划", "计划" /* 獲納入計劃，… */, "the programme", "the scheme", "该基金", "此基金", "the fund"} {
		if strings.HasPrefix(t, p) {
			n = p
		}
	}
	switch n {
	case "":
		return mention{}, false, false
	case "该基金", "此基金", "the fund":
		k = kg.KindFund
	default:
		k = kg.KindProgramme
	}
	// The anaphor is the whole object only when its clause ends there (入选该计划，并…), not in
	// 成为该计划第二轮获批的项目之一 (one of its projects).
	if e := i + len([]rune(n)); e < len(d.folded) && !strings.ContainsRune("，,。；;、并及和 .的" /* 加入計劃的「甲」 */, d.folded[e]) {
		return mention{}, false, false
	}
	if !fitsCue(c, side, k) {
		return mention{}, false, false
	}
	for j := si; j >= 0 && j >= si-5; j-- { // 5, not 3 (the programme a section is about)
		ms := es.sentenceMentions(d.sents[j])
		for x := len(ms) - 1; x >= 0; x-- {
			if ms[x].kind == k && ms[x].end <= h.start {
				return ms[x], j < si, true
			}
		}
	}
	return mention{}, false, false
}

// boardOf returns the exchange a listing board belongs to ("the Main Board of the Stock
// Exchange of Hong Kong", "the GEM of HKEX"): a company lists on the exchange.
func boardOf(d *doc, ms []mention, c *relCue, b mention) (mention, bool) {
	if c.typ != "LISTED_ON" || d.lang != "en" {
		return mention{}, false
	}
	n := strings.ToLower(b.name)
	if n != "main board" && n != "gem" && n != "growth enterprise market" {
		return mention{}, false
	}
	for _, m := range ms {
		if m.start < b.end {
			continue
		}
		g := string(d.folded[b.end:m.start])
		if (g == " of the " || g == " of ") && fitsCue(c, 1, m.kind) {
			return m, true
		}
		break
	}
	return mention{}, false
}

// relativeHead finds the subject of a cue that stands in a relative clause before its head
// noun: "[cue][object]的[descriptor]「[name]」" (完成「加速器計劃」的保險科技公司「乙」,
// 入选“先锋榜”的初创企业乙): the name after 的 did what the clause says.
func relativeHead(d *doc, ms []mention, c *relCue, side int, slots []string, h cueHit) (mention, bool) {
	inner := c.gap && contains(c.to, "I") // 在港交所上市的甲: the object inside the cue, the head after 的
	if side == 0 && d.lang != "en" && contains(slots, "S") && leftObjectCue(c) && at2(d.folded, h.end) == '的' {
		// 淡馬錫全資擁有的投資平台乙, 在深圳設立的研發中心乙: the object stands before the cue,
		// so the clause that ends with 的 describes the head after it, not the sentence's subject.
		return headAfterRelative(d, ms, c, h.end)
	}
	if side != 0 || d.lang == "en" || !contains(slots, "L") && !contains(slots, "S") || !contains(c.to, "R") && !inner ||
		strings.HasPrefix(c.cue, "成为") || strings.HasPrefix(c.cue, "为") || strings.HasPrefix(c.cue, "是") {
		return mention{}, false // 成為甲計劃的培育公司: a copula, the noun after 的 is a role
	}
	a := zhClauseStart(d, h.start)
	if k := lastRuneBefore(d.folded, '、', a, h.start); k >= 0 && hasSuffixAt(d.folded, k, "旗下") {
		a = k + 1 // 甲旗下、在港交所上市的乙: the owner's clause ends at 、
	}
	// Mentions are in text order and do not overlap: those of the clause before the cue are
	// the ones from the first that starts at a to the last that ends by the cue.
	for _, m := range ms[sort.Search(len(ms), func(k int) bool { return ms[k].start >= a }):] {
		if m.end > h.start {
			break
		}
		if fitsCue(c, 0, m.kind) {
			return mention{}, false // 甲是一家總部位於北京的公司: the clause names its subject
		}
	}
	if n, ok := headAfterAnaphor(d, ms, h.end, func(k kg.Kind) bool { return fitsCue(c, 0, k) }); ok {
		return n, true // 於2021年加入計劃的「數思醫療」: the head after 計劃的
	}
	if inner {
		if at2(d.folded, h.end) != '的' {
			return mention{}, false
		}
		return headAfterRelative(d, ms, c, h.end) // 在港交所上市的恒昌物流: 恒昌物流 lists
	}
	for k := sort.Search(len(ms), func(k int) bool { return ms[k].start >= h.end }); k < len(ms); k++ {
		o := ms[k]
		if o.start-h.end > 2 || !fitsCue(c, 1, o.kind) || k+1 >= len(ms) {
			return mention{}, false
		}
		e := o.end
		for e < len(d.folded) && strings.ContainsRune("」”』", d.folded[e]) {
			e++
		}
		if e >= len(d.folded) || d.folded[e] != '的' {
			return mention{}, false
		}
		n := ms[k+1]
		if g := string(d.folded[e+1 : max(e+1, n.start)]); n.start <= e || len([]rune(g)) > 8 || strings.ContainsAny(g, "，,。；的") ||
			!fitsCue(c, 0, n.kind) {
			return mention{}, false
		}
		return n, true
	}
	return mention{}, false
}

// leftObjectCue reports whether a cue takes its subject from the sentence and its object from
// the name right before it (甲全資擁有, 在深圳設立): nothing stands for the subject after the cue.
func leftObjectCue(c *relCue) bool {
	return len(c.from) > 0 && c.from[0] == "S" && contains(c.to, "L") && !c.gap
}

// headAfterRelative is the name a relative clause ending with the 的 at position e describes: the
// first name after it that fits the cue's subject, a descriptor of at most 8 runes between
// (全資擁有的投資平台乙).
func headAfterRelative(d *doc, ms []mention, c *relCue, e int) (mention, bool) {
	for _, n := range ms[sort.Search(len(ms), func(k int) bool { return ms[k].start > e }):] {
		if g := string(d.folded[e+1 : n.start]); len([]rune(g)) > 8 || strings.ContainsAny(g, "，,。；的") || !fitsCue(c, 0, n.kind) {
			return mention{}, false
		}
		return n, true
	}
	return mention{}, false
}

// exchange reports whether a mention names a stock exchange or its board (港交所, 科创板,
// Nasdaq, "Shanghai STAR Market", the known HKEX and SEHK).
func exchange(m mention) bool {
	if m.id == "hkex" || m.id == "sehk" {
		return true
	}
	n := strings.ToLower(textnormFold(m.name))
	for _, w := range []string{"交所", "交易所", "纳斯达克", "板", "exchange", "nasdaq", "nyse", "market", "board", "hkex", "sgx"} {
		if strings.Contains(n, w) {
			return true
		}
	}
	return false
}

// ownSubjectMisfits reports whether the sentence opens with a name of its own that cannot fill
// the slot of an organisation cue: the fact is about that name (a research institute managed
// by a council), so no earlier sentence's topic stands in for it.
func ownSubjectMisfits(d *doc, ms []mention, si int, c *relCue, side int, fits func(mention) bool) bool {
	switch c.typ {
	case "MANAGES", "OPERATES", "FUNDS", "SUBSIDIARY_OF", "ESTABLISHED", "LISTED_ON":
	default:
		return false
	}
	start := afterTimeOpener(d, d.sents[si])
	for _, m := range ms {
		if m.start < start {
			continue
		}
		return m.start == start && m.kind != kg.KindPlace && m.kind != kg.KindPerson && !fits(m) && !possessive(d, m.end)
	}
	return false
}

// zhClauseStart is where the clause holding position i starts: after the last comma, colon or
// sentence end before i (d.clauseStarts, built once per text: every cue asks it).
func zhClauseStart(d *doc, i int) int {
	if d.clauseStarts == nil {
		d.clauseStarts = startsAfter(d.runes, func(c rune) bool { return isClauseBreak(c) || strings.ContainsRune("。；！？", c) })
	}
	return d.clauseStarts[i]
}

// lastRuneBefore is the last position of r in f[lo:hi], or -1.
func lastRuneBefore(f []rune, r rune, lo, hi int) int {
	for k := hi - 1; k >= lo; k-- {
		if f[k] == r {
			return k
		}
	}
	return -1
}
