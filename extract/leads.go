package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// personFacts turns each title next to a person's name into LEADS (a leading role:
// 香港數碼港有限公司董事局主席陳細明, Kevin Lau, founder of Finloop) or WORKED_AT (a past post:
// 前滙豐銀行高層, former Goldman Sachs trader; or a post that does not lead: 教授).
func personFacts(d *doc, es *entitySet, facts []sentenceFacts) []Proposal {
	var out []Proposal
	for _, pc := range es.personCues {
		person, ok := es.mentionAt(pc.name.start, pc.name.end)
		if !ok || person.kind != kg.KindPerson {
			continue
		}
		si := d.sentenceOf(pc.title.start)
		if si < 0 {
			continue
		}
		org, fromPrev, ok := es.orgForTitle(d, pc, si)
		if !ok {
			continue
		}
		former := formerBefore(d, min(org.start, pc.title.start)) || formerBefore(d, pc.title.start)
		typ, status := titleRelation(pc.t, org, former)
		if former && typ == "WORKED_AT" && pc.t.role != "" && d.lang != "en" && !nearTitle(org, pc) {
			typ = "LEADS" // 公司…：原總經理甲離任: a past leading post at the text's company, not a past employer named in the title
		}
		if typ == "" {
			continue
		}
		if typ == "LEADS" && org.end <= pc.title.start && (divisionGap(string(d.folded[org.end:pc.title.start])) ||
			functionPost(string(d.folded[org.end:pc.title.start]), pc.t.cue)) {
			typ = "WORKED_AT" // 東亞銀行印尼區主管: heads a unit, not the bank; 甲資本投資總監: a deal rank
		}
		if typ == "LEADS" && staffPost(d, pc, org) {
			typ = "WORKED_AT" // an executive director at the HKMA, Chinachem's director of leasing (staffposts.go)
		}
		r := &RelationshipProposal{Type: typ, Role: pc.t.role, Status: status}
		if org.kind != kg.KindOrganization && !(r.Type == "LEADS" && kindFits("LEADS", 1, org.kind)) {
			continue
		}
		r.From, r.To = person.end_(), org.end_()
		if r.Type == "LEADS" {
			if x, ok := dateFor(d, facts[si].dates, d.sents[si], pc.title.start); ok {
				r.Date, r.DateNote = x.iso, x.note
			}
		}
		lo, hi := min(pc.name.start, pc.title.start, org.start), max(pc.name.end, pc.title.end, org.end)
		sp := citeSpan(d, si, fromPrev, lo, hi)
		out = append(out, Proposal{Kind: KindRelationship, Start: sp.start, End: sp.end, Quote: d.quote(sp),
			Trigger: string(d.runes[pc.title.start:pc.title.end]), Confidence: 0.7, Relationship: r})
	}
	return out
}

func (es *entitySet) mentionAt(start, end int) (mention, bool) {
	for _, m := range es.mentions {
		if m.start == start && m.end == end {
			return m, true
		}
		if m.start > end {
			break
		}
	}
	return mention{}, false
}

// orgForTitle finds the organisation a title belongs to: the name just before it
// (數碼港行政總裁, Dexmate's chief executive), or after "of"/"at" in English ("founder of X"),
// or the previous sentence's subject when the sentence opens with 其 (其創辦人…).
func (es *entitySet) orgForTitle(d *doc, pc personCue, si int) (mention, bool, bool) {
	s := d.sents[si]
	ms := es.sentenceMentions(s)
	// Before the title (or before the name when the name comes first in Chinese).
	anchor := pc.title.start
	for i := len(ms) - 1; i >= 0; i-- {
		m := ms[i]
		if m.end > anchor {
			continue
		}
		if m.kind == kg.KindPlace && i > 0 && divisionGap(string(d.folded[m.start:anchor])) && ms[i-1].end == m.start {
			continue // 滙豐亞太區科技主管: the region is the unit's, the employer stands before it
		}
		gap := strings.TrimSpace(string(d.folded[m.end:anchor]))
		// "SkyRover's founder and chief executive": titles chained before this one.
		for _, t := range titles {
			if t.latin && t.role != "" {
				gap = strings.TrimSuffix(strings.TrimSpace(strings.TrimSuffix(gap, " and")), " "+t.cue)
				if gap == t.cue+" and" || gap == t.cue {
					gap = "" // "LedgerLeaf co-founder and chief executive X": the chain opens right after the name
				}
			}
		}
		gap = strings.TrimSpace(strings.TrimSuffix(gap, " and"))
		for _, g := range []string{"'s", "’s", "的", "之", "旗下", ", whose", ""} { // ", whose": "X, whose chief executive is Y"
			if (gap == g || titleGap(gap) || d.lang == "en" && possessiveGap(gap)) && kindFits("LEADS", 1, m.kind) { // possessiveGap
				if i > 0 && sameEntity(ms[i-1], m) && strings.Trim(string(d.folded[ms[i-1].end:m.start]), "(（ ") == "" {
					return ms[i-1], false, true // 香港浸会大学(浸大)…: the full name
				}
				return m, false, true
			}
		}
		break
	}
	if d.lang == "en" {
		after := pc.title.end
		if !pc.nameBefore {
			after = pc.name.end
		}
		after = pastPostScope(d, after) // "vice president for strategy at X"
		rest := string(d.folded[after:min(len(d.folded), after+40)])
		if strings.HasPrefix(rest, " of its ") && si > 0 {
			// "Ms Grace Tsang, head of its Greater China business": the company "its" refers to.
			if m, prev, ok := topicBefore(d, es, si, func(m mention) bool { return m.kind == kg.KindOrganization && !m.media }); ok {
				return m, prev, true
			}
		}
		for _, p := range []string{" of ", " at ", " and chief executive of ", " and ceo of ", " of the ", " at the ", ", "} {
			if strings.HasPrefix(rest, p) || (p == ", " && false) {
				pos := after + len([]rune(p))
				pos = pastBasedModifier(d, ms, pos) // "a partner at the Hong Kong-based X"
				pos = descriptorNounsAt(d, ms, pos) // "founder of credit-scoring firm X" (subjects_en.go)
				for _, m := range ms {
					if m.start == pos && kindFits("LEADS", 1, m.kind) {
						return m, false, true
					}
				}
			}
		}
	}
	head := strings.TrimRight(string(d.folded[max(s.start, anchor-14):anchor]), " ")
	pronoun := strings.HasSuffix(head, "其") || strings.HasSuffix(head, "its") || strings.HasSuffix(head, "该公司") ||
		strings.HasSuffix(head, "the company's") || strings.HasSuffix(head, "公司")
	// 星際動力成立於2021年，創始人兼首席執行官王浩然…: a title opening a clause belongs to the
	// sentence's subject.
	if m, prev, ok := es.referredOrg(d, ms, si, anchor); ok {
		return m, prev, true // its co-founder and CTO, 该局局长, …，其创办人
	}
	if m, prev, ok := es.anotherOrg(d, si, anchor); ok {
		return m, prev, true // 另一創辦人 holds a post of the company the last founder did
	}
	if m, ok := es.bareTitleOrg(d, pc, si); ok {
		return m, false, true // "Mr Alan Chow, Chairman and Chief Executive, will hand …": the text's company (bareposts_en.go)
	}
	cs := titleChainStart(d, anchor) // 原總裁、聯合創辦人甲: the chain of titles opens the clause
	clauseStart := cs == s.start || isClauseBreak(d.runes[cs-1]) || pronoun || agentTitle(d, s, cs)
	if clauseStart && d.lang != "en" || pronoun {
		if !pronoun || !strings.HasSuffix(head, "其") {
			for _, m := range ms {
				if m.start < anchor && m.kind == kg.KindOrganization {
					return m, false, true
				}
			}
		}
		if si > 0 {
			isOrg := func(m mention) bool {
				return m.kind == kg.KindOrganization && !foundedNoBody(d, pc, m) && !roleMisfits(pc.t, m) // 行政總裁 of no university
			}
			if m, prev, ok := topicBefore(d, es, si, isOrg); ok {
				return m, prev, true
			}
		}
	}
	return mention{}, false, false
}

// roleAfter reads a title that follows position i closely (委任X為行政總裁, appointed X as CEO).
func roleAfter(d *doc, i, limit int) string {
	f := d.folded
	for j := i; j < min(limit, i+8, len(f)); j++ {
		for _, t := range titles {
			if hasPrefixAt(f, j, t.cue) && t.role != "" {
				return t.role
			}
		}
	}
	return ""
}

// roleMisfits reports whether a title cannot be a post of organisation m: a company's posts
// (founder, chief … officer, partner) are no university's or government body's, and a chief
// executive, managing director or general manager runs no university (its head is its
// president). Used when the organisation is not named beside the title but taken from the
// text's topic.
func roleMisfits(t *title, m mention) bool {
	if t == nil {
		return false
	}
	r := strings.ToLower(t.role)
	switch {
	case strings.Contains(r, "founder") || strings.Contains(r, "officer") || strings.Contains(r, "partner"):
		return publicBody(m.name)
	case r == "chief executive" || r == "managing director" || r == "general manager" || companyBoardChair(t.cue):
		return university(m.name) || universityShortName(m.name)
	}
	return false
}

// universityShortName reports whether a name is the two-character short form Chinese news gives
// a university: a syllable of its name and 大 (港大, 城大, 理大, 北大).
func universityShortName(name string) bool {
	r := []rune(textnormFold(name))
	return len(r) == 2 && r[1] == '大'
}

// zhInvestmentRanks are the ranks of an investment firm's deal staff (投资总监, 投资经理): below
// its partners, who lead it. (A start-up's 技术总监 or 研发总监 heads what the company is and is
// read as leading it.)
var zhInvestmentRanks = map[string]bool{"总监": true, "经理": true, "主管": true}

// functionPost reports whether the text between an organisation and a title makes the title an
// investment firm's staff rank (深圳高新投投资总监: an investment director, not the firm's head).
func functionPost(gap, cue string) bool {
	return zhInvestmentRanks[textnormFold(cue)] && strings.HasSuffix(textnormFold(gap), "投资") // (首席)投资总监
}

// zhTitleChainJoins join titles held together (總裁、聯合創辦人; 創辦人兼行政總裁), and
// zhPostTimes say when a title was held (原總裁, 現任主席).
var zhTitleChainJoins = []string{"、", "兼", "及"}
var zhPostTimes = []string{"原", "前", "现任", "新任", "时任"}

// titleChainStart is where a Chinese chain of titles that ends with the one at anchor starts,
// before the word that says when they were held.
func titleChainStart(d *doc, anchor int) int {
	if d.lang == "en" {
		return anchor
	}
	f := d.folded
	j := anchor
	for n := 0; n < 4; n++ {
		w := wordEndingAt(f, j, zhTitleChainJoins)
		if w == "" {
			break
		}
		k := j - len([]rune(w))
		found := false
		for _, t := range titles {
			if !t.latin && hasSuffixAt(f, k, t.cue) {
				j, found = k-len(t.runes), true
				break
			}
		}
		if !found {
			break
		}
	}
	if w := wordEndingAt(f, j, zhPostTimes); w != "" {
		j -= len([]rune(w))
	}
	return j
}

// nearTitle reports whether organisation org stands in the title's own phrase: right before it
// (前滙豐主管, 甲公司原總裁, within a few runes) or after it.
func nearTitle(org mention, pc personCue) bool {
	return org.start >= pc.title.start || pc.title.start-org.end <= 6
}
