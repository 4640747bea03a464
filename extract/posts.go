package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// A post taken up with no organisation after the verb (由甲出任行政总裁, 乙现任公司
// 首席执行官, 院长由丙出任): the organisation is the one the clause is about.

// zhTakeUp are the verbs after a person's name that give them a post.
var zhTakeUp = []string{"获委任为", "获任命为", "出任", "担任", "现任", "接任", "升任", "转任", "将出任", "将担任", "现为"}

// zhAfterName may stand between a name and the verb: an honorific or an adverb.
var zhAfterName = []string{"博士", "先生", "女士", "教授", "则", "亦", "将", "已", "随即", "正式", "继续", "目前", "现时", "会"}

// postFacts reads the posts taken up in Chinese clauses whose organisation is not named after
// the verb.
func postFacts(d *doc, es *entitySet, facts []sentenceFacts) []Proposal {
	if d.lang == "en" {
		return nil
	}
	var out []Proposal
	f := d.folded
	for si, s := range d.sents {
		ms := es.sentenceMentions(s)
		for _, p := range ms {
			if p.kind != kg.KindPerson {
				continue
			}
			j := afterYearPhrase(f, skipWords(f, p.end, zhAfterName)) // 陳大文將於下月接任
			cs := clauseStart(d, s, p.start)
			if k, ok := laterClauseTakeUp(d, s, ms, p); ok {
				j, cs = k, k // 陈大文于2021年加入甲，现任首席营运官: the next clause opens with the verb
			}
			verb := wordStartingAt(f, j, zhTakeUp)
			if verb == "" {
				continue
			}
			j += len([]rune(verb))
			var t *title
			tEnd := 0
			if k, ti := titleOfClauseEnd(f, skipPostScope(f, j), s.end); ti != nil {
				t, tEnd = ti, k // 由甲出任行政总裁, 乙现任公司首席执行官
			} else if clauseEndsAt(f, j, s.end) {
				// 院长由丙出任: the post stands before 由.
				if b := strings.LastIndex(string(f[cs:p.start]), "由"); b >= 0 {
					at := postBeforeBy(f, cs+len([]rune(string(f[cs:p.start])[:b]))) // 行政總裁一職則由丙出任
					for k := range titles {
						if !titles[k].latin && hasSuffixAt(f, at, titles[k].cue) {
							t, tEnd = &titles[k], at
							break
						}
					}
				}
			}
			if t == nil || t.role == "" && !memberTitles[t.cue] {
				continue
			}
			org, fromPrev, ok := postOrg(d, es, ms, si, cs, p, tEnd <= p.start, t)
			if o, own := ownOrg(ms, cs, p); own && strings.HasSuffix(verb, "转任") {
				org, fromPrev, ok = o, false, true // 甲創辦人乙則轉任董事會主席: 乙 moves to another post at 甲
			}
			if !ok {
				continue
			}
			typ := postType(t, org)
			r := &RelationshipProposal{Type: typ, From: p.end_(), To: org.end_(), Role: t.role}
			if typ == "LEADS" {
				if x, ok := dateBefore(d, facts[si].dates, s, p.start); ok {
					r.Date, r.DateNote = x.iso, x.note
				}
			}
			lo, hi := min(p.start, org.start), max(p.end, org.end, tEnd)
			sp := citeSpan(d, si, fromPrev, lo, hi)
			out = append(out, Proposal{Kind: KindRelationship, Start: sp.start, End: sp.end, Quote: d.quote(sp),
				Trigger: verb + t.cue, Confidence: 0.6, Relationship: r})
		}
	}
	return out
}

func skipWords(f []rune, j int, words []string) int {
	for again := true; again; {
		again = false
		for _, w := range words {
			if hasPrefixAt(f, j, w) {
				j += len([]rune(w))
				again = true
			}
		}
	}
	return j
}

// titleOfClauseEnd is the title at j that ends its clause (行政总裁。, 首席执行官，, 主席一职).
func titleOfClauseEnd(f []rune, j, limit int) (int, *title) {
	for k := range titles {
		t := &titles[k]
		if t.latin && !cSuite[t.cue] || !hasPrefixAt(f, j, t.cue) {
			continue
		}
		e := j + len(t.runes)
		if clauseEndsAt(f, e, limit) || f[e] == '兼' || f[e] == '及' || f[e] == '(' || f[e] == '（' {
			return e, t
		}
		return 0, nil
	}
	return 0, nil
}

func clauseEndsAt(f []rune, e, limit int) bool {
	if e >= limit || e >= len(f) {
		return true
	}
	// (Folding makes ；！？ ASCII.)
	return isClauseBreak(f[e]) || strings.ContainsRune("。；！？;!?", f[e]) || wordAt(f, e, []string{"一职", "职务", "职位", "之职", "之一"})
}

func clauseStart(d *doc, s span, i int) int {
	for i > s.start && !isClauseBreak(d.runes[i-1]) {
		i--
	}
	return i
}

// postOrg is the organisation a post taken up in the clause from cs belongs to: the last one
// named before the clause in the sentence (the first when the post stood before 由: 研发院由…
// 管理，院长由甲出任), leaving out the ones that only describe a person (速递宝原行政总裁甲:
// 速递宝 is where 甲 was) and the one in the person's own description; else the topic of the
// sentences before.
func postOrg(d *doc, es *entitySet, ms []mention, si, cs int, p mention, first bool, t *title) (mention, bool, bool) {
	clause := ""
	if cs < p.start {
		clause = string(d.folded[cs:p.start])
	}
	for _, v := range []string{"委任", "任命", "聘任", "聘请", "邀请", "委派"} {
		if strings.Contains(clause, v) {
			return mention{}, false, false // 甲委任乙出任行政总裁: the appointment cue reads it
		}
	}
	if m, ok := announcerOf(d, ms, cs, p); ok {
		return m, false, true // 雲途科技宣布陳大文將出任行政總裁: the announcer's post (staffposts.go)
	}
	// The person's own description starts after 由 (由速递宝原行政总裁甲出任): names before it
	// in the clause may still be the organisation (乙亦由甲出任主席).
	ds := cs
	if b := strings.LastIndex(clause, "由"); b >= 0 {
		ds = cs + len([]rune(clause[:b])) + 1
	}
	var own []mention
	for _, m := range ms {
		if m.start >= ds && m.end <= p.start && m.kind != kg.KindPerson {
			own = append(own, m)
		}
	}
	cs = ds
	var best *mention
	for k := range ms {
		m := ms[k]
		if m.end > cs || m.kind == kg.KindPerson || !kindFits("LEADS", 1, m.kind) || m.kind == kg.KindProgramme {
			continue
		}
		if e := trimTitleHeadAt(d.folded, m.end); titleAt(d.folded, e) > 0 || titleAt(d.folded, skipPostScope(d.folded, m.end)) > 0 {
			continue // 速递宝原行政总裁: names where someone is or was
		}
		if appointer(d, m) {
			continue // 特区政府上月已委任…组成小组: who appoints is not what the post is in
		}
		skip := false
		for _, o := range own {
			skip = skip || sameEntity(o, m) || strings.HasSuffix(textnormFold(m.name), textnormFold(o.name)) // 同业华测生物
		}
		if skip {
			continue
		}
		best = &ms[k]
		if first {
			break
		}
	}
	if best != nil {
		return *best, false, true
	}
	if unnamedQuoted(d, ms, d.sents[si].start, cs) {
		return mention{}, false, false // 组成“前沿产业咨询小组”，由甲担任召集人: the body is one the reader did not name
	}
	if m, prev, ok := kindNounTopic(d, es, si, p.start); ok {
		return m, prev, true // 实验室首三年预算…，将由甲担任主任: the laboratory named before
	}
	if si > 0 && !strings.Contains(string(d.folded[d.sents[si].start:p.start]), "表示") {
		isOrg := func(m mention) bool { return m.kind == kg.KindOrganization && !roleMisfits(t, m) } // 董事长 of no university
		return topicBefore(d, es, si, isOrg)
	}
	return mention{}, false, false
}

// zhTopicNouns open a clause to refer to an organisation named before by its kind (实验室…,
// 该中心…).
var zhTopicNouns = []string{"实验室", "研究院", "研究所", "研究中心", "中心", "小组", "委员会", "联盟", "协会", "学院", "平台", "基金"}

// kindNounTopic finds a clause of sentence si before position i that opens with a kind noun
// (after 该/这/此), and returns the latest organisation before it whose name ends with that noun.
func kindNounTopic(d *doc, es *entitySet, si, i int) (mention, bool, bool) {
	s := d.sents[si]
	for c := s.start; c < i; c++ {
		if c != s.start && !isClauseBreak(d.runes[c-1]) {
			continue
		}
		k := c
		if k < i && strings.ContainsRune("该这此", d.folded[k]) {
			k++
		}
		for _, n := range zhTopicNouns {
			if !hasPrefixAt(d.folded, k, n) {
				continue
			}
			for j := si; j >= 0 && j >= si-3; j-- {
				cand := es.sentenceMentions(d.sents[j])
				for x := len(cand) - 1; x >= 0; x-- {
					m := cand[x]
					if m.end <= c && m.kind == kg.KindOrganization && strings.HasSuffix(textnormFold(m.name), n) {
						return m, j == si-1, true
					}
				}
			}
			return mention{}, false, false
		}
	}
	return mention{}, false, false
}

// trimTitleHeadAt skips 原/前 at i (速递宝原行政总裁).
func trimTitleHeadAt(f []rune, i int) int {
	if i < len(f) && (f[i] == '原' || f[i] == '前') {
		return i + 1
	}
	return i
}

// appointer reports whether an appointment verb follows mention m in its clause.
func appointer(d *doc, m mention) bool {
	e := m.end
	for e < len(d.runes) && e < m.end+12 && !isClauseBreak(d.runes[e]) && d.runes[e] != '。' {
		e++
	}
	rest := string(d.folded[m.end:e])
	for _, v := range []string{"委任", "任命", "聘任", "聘请", "委派"} {
		if strings.Contains(rest, v) {
			return true
		}
	}
	return false
}

// unnamedQuoted reports whether a quoted name (“…”, 「…」) that is no mention stands in [a, b).
func unnamedQuoted(d *doc, ms []mention, a, b int) bool {
	for i := a; i < b; i++ {
		if d.runes[i] != '“' && d.runes[i] != '「' {
			continue
		}
		if !insideMention(ms, i) && !insideMention(ms, i+1) {
			return true
		}
	}
	return false
}

// zhCopulas state what a person is (甲是乙的创办人, 丙现时亦为丁客座教授, 戊，…，是己的首席科学家).
var zhCopulas = []string{"是", "为", "系"}

// zhBeforeCopula may stand between the person and the copula.
var zhBeforeCopula = []string{"博士", "先生", "女士", "教授", "则", "亦", "也", "同时", "现时", "目前", "现在", "本身", "现"}

// copulaAt returns where the copula ends when the clause at i reads "[adverbs] 是/为": i is just
// after the person's name, or the start of a clause whose subject is the sentence's person.
func copulaAt(f []rune, i int) int {
	j := skipWords(f, i, zhBeforeCopula)
	for _, c := range zhCopulas {
		if hasPrefixAt(f, j, c) {
			return j + len([]rune(c))
		}
	}
	return -1
}

// postTitleAt reads "[的][department][的] TITLE" from i up to a title that ends its clause:
// the title, where it ends, or nil.
func postTitleAt(d *doc, i, limit int) (*title, int) {
	f := d.folded
	for k := i; k < min(limit, i+16); k++ {
		if isClauseBreak(d.runes[k]) || f[k] == '。' {
			return nil, 0
		}
		e, t := titleOfClauseEnd(f, k, limit)
		if t == nil {
			continue
		}
		gap := strings.TrimSuffix(string(f[i:k]), "的")
		if gap == "" || titleGap(gap) {
			return t, e
		}
		return nil, 0
	}
	return nil, 0
}

// namesBeforeCopula finds the name that opens a clause stating a post: "李晓彤是星澜生物的创办人".
func namesBeforeCopula(d *doc) []mention {
	f := d.folded
	return clauseOpeningNames(d, func(n, e int) bool {
		c := copulaAt(f, e)
		if c < 0 || c == e || wordAt(f, e-n, zhNotNames) {
			return false
		}
		end := c
		for end < len(f) && end < c+25 && !isClauseBreak(d.runes[end]) && !strings.ContainsRune("。；;", f[end]) {
			end++
		}
		t, _ := postTitleAtEnd(f, c, end)
		return t != nil
	})
}

// postTitleAtEnd reports the title (with a role, a work or a seat) that ends [c, end).
func postTitleAtEnd(f []rune, c, end int) (*title, int) {
	if hasSuffixAt(f, end, "之一") {
		end -= 2 // 联合创始人之一
	}
	for k := range titles {
		t := &titles[k]
		if !t.latin && end-c > len(t.runes) && hasSuffixAt(f, end, t.cue) && (t.role != "" || memberTitles[t.cue] || moreWorkTitles[t.cue] || workTitles[t.cue]) {
			return t, end
		}
	}
	return nil, 0
}

// copulaFacts reads "PERSON 是/为 ORG(的)(department) TITLE": the person holds the post at the
// organisation (LEADS, WORKED_AT or MEMBER_OF as the title says).
func copulaFacts(d *doc, es *entitySet) []Proposal {
	if d.lang == "en" {
		return enCopulaFacts(d, es)
	}
	var out []Proposal
	f := d.folded
	for si, s := range d.sents {
		ms := es.sentenceMentions(s)
		for k, m := range ms {
			if m.kind == kg.KindPerson || !kindFits("WORKED_AT", 1, m.kind) && m.kind != kg.KindPlace {
				continue
			}
			if k > 0 && ms[k-1].kind == kg.KindPlace && ms[k-1].end == m.start {
				continue // the place opened the name: read from the place
			}
			org := m
			if m.kind == kg.KindPlace {
				if k+1 >= len(ms) || ms[k+1].start != m.end || ms[k+1].kind != kg.KindOrganization {
					continue
				}
				org = ms[k+1] // 是美国某某大学的教授
			}
			// The person: right before the copula, or the sentence's first person when the
			// clause opens with it.
			var person *mention
			for x := k - 1; x >= 0; x-- {
				p := ms[x]
				if p.kind == kg.KindPerson {
					if c := copulaAt(f, p.end); c == m.start {
						person = &ms[x]
					}
					break
				}
			}
			if person == nil {
				cs := clauseStart(d, s, m.start)
				if c := copulaAt(f, cs); c == m.start && cs > s.start {
					for x := range ms {
						if ms[x].kind == kg.KindPerson && ms[x].end <= cs {
							person = &ms[x]
							break
						}
					}
				}
			}
			if person == nil {
				continue
			}
			gapEnd := org.end
			if k+1 < len(ms) && ms[k+1].start == org.end && org == m && ms[k+1].kind == kg.KindOrganization {
				gapEnd = ms[k+1].end // 华为香港研究所的首席科学家: the unit after the company
			}
			t, te := postTitleAt(d, gapEnd, s.end)
			if t == nil {
				continue
			}
			typ, _ := titleRelation(t, org, false)
			if typ == "" {
				continue
			}
			r := &RelationshipProposal{Type: typ, From: person.end_(), To: org.end_(), Role: t.role}
			sp := citeSpan(d, si, false, min(person.start, org.start), max(te, org.end))
			out = append(out, Proposal{Kind: KindRelationship, Start: sp.start, End: sp.end, Quote: d.quote(sp),
				Trigger: t.cue, Confidence: 0.6, Relationship: r})
		}
	}
	return out
}

// enCopulaFacts reads "PERSON … became/is ORG's TITLE" ("Kevin Lau, who holds a PhD from X,
// became Lumina's chief scientist"): the sentence's first person holds the post.
func enCopulaFacts(d *doc, es *entitySet) []Proposal {
	var out []Proposal
	f := d.folded
	for si, s := range d.sents {
		ms := es.sentenceMentions(s)
		for k, org := range ms {
			if org.kind != kg.KindOrganization || k == 0 || !hasPrefixAt(f, org.end, "'s ") && !hasPrefixAt(f, org.end, "’s ") {
				continue
			}
			cop := false
			for _, w := range []string{" became", " becomes", " is", " is now", " was", " remains", " will become", " has become", " has been"} {
				cop = cop || hasSuffixAt(f, org.start-1, w) && org.start > 0 && f[org.start-1] == ' '
			}
			if !cop {
				continue
			}
			var t *title
			j := org.end + 3
			for x := range titles {
				if titles[x].latin && hasPrefixAt(f, j, titles[x].cue) && !isWordRune(at(f, j+len(titles[x].runes))) {
					t = &titles[x]
					break
				}
			}
			if t == nil {
				continue
			}
			var person *mention
			for x := 0; x < k; x++ {
				if ms[x].kind == kg.KindPerson {
					person = &ms[x]
					break
				}
			}
			if person == nil {
				continue
			}
			typ, _ := titleRelation(t, org, formerBefore(d, org.start))
			if typ == "" {
				continue
			}
			sp := citeSpan(d, si, false, person.start, j+len(t.runes))
			out = append(out, Proposal{Kind: KindRelationship, Start: sp.start, End: sp.end, Quote: d.quote(sp), Trigger: t.cue, Confidence: 0.6,
				Relationship: &RelationshipProposal{Type: typ, From: person.end_(), To: org.end_(), Role: t.role}})
		}
	}
	return out
}

// laterClauseTakeUp finds, for the sentence's first person p, the next clause opening with a
// take-up verb and naming no one (…，现任首席营运官): where the verb stands.
func laterClauseTakeUp(d *doc, s span, ms []mention, p mention) (int, bool) {
	for _, m := range ms {
		if m.kind == kg.KindPerson && !bylinePerson(d, m) { // 南都讯 记者 冯诗雅 甲宣布，乙加盟，出任…: the reporter is no subject
			if m.start != p.start {
				return 0, false
			}
			break
		}
	}
	f := d.folded
	for k := p.end; k < s.end-2; k++ {
		if !isClauseBreak(d.runes[k]) {
			continue
		}
		c := k + 1
		for _, m := range ms {
			if m.start > p.end && m.start < c+2 && m.kind == kg.KindPerson {
				return 0, false
			}
		}
		for _, v := range []string{"现任", "现为", "出任", "担任"} {
			if hasPrefixAt(f, c, v) {
				return c, true
			}
		}
	}
	return 0, false
}

// dateBefore dates a post taken up at position i: a date in its own clause, else the nearest
// one before it in the sentence (2023年与乙合并，合并后由甲出任…: 2023, not the founding year
// the sentence opens with).
func dateBefore(d *doc, ds []dateExpr, s span, i int) (dateExpr, bool) {
	best, found := dateExpr{}, false
	for _, x := range ds {
		if x.start < i && x.start >= s.start && (!found || x.start > best.start) {
			best, found = x, true
		}
	}
	if found {
		return best, true
	}
	return dateFor(d, ds, s, i)
}

// zhPostWords and zhByAdverbs may stand between a post and the 由 that names who takes it up:
// 行政總裁一職則由丙出任, 主席之職將由丁接任.
var zhPostWords = []string{"一职", "之职", "职位", "一位"}
var zhByAdverbs = []string{"则", "亦", "将", "会", "均", "现", "改", "已", "暂"}

// postBeforeBy is where the post ends when 由 stands at i: before any adverb and word for the post.
func postBeforeBy(f []rune, i int) int {
	if w := wordEndingAt(f, i, zhByAdverbs); w != "" {
		i -= len([]rune(w))
	}
	if w := wordEndingAt(f, i, zhPostWords); w != "" {
		i -= len([]rune(w))
	}
	return i
}

// ownOrg is the last organisation in the person's own description, between the clause's start
// cs and the name (甲創辦人乙).
func ownOrg(ms []mention, cs int, p mention) (mention, bool) {
	var out mention
	found := false
	for _, m := range ms {
		if m.start >= cs && m.end <= p.start && m.kind == kg.KindOrganization {
			out, found = m, true
		}
	}
	return out, found
}
