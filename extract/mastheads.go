package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
	"github.com/hkgraph/hkgraph/textnorm"
)

// Who wrote the text. Chinese news opens with its medium in 【】 (【明報專訊】, 【财新网】,
// 【经济日报讯】); English posts, letters and press releases close with a sign-off: the writer's
// name on one line, "Title, Organisation" on the next.

// zhMastheadTails follow a medium's name inside 【】: its dispatch (專訊, 讯) or report.
var zhMastheadTails = []string{"专讯", "特讯", "快讯", "讯", "报道", "消息", "独家"}

// zhNotMastheads are openers in 【】 that name no medium: good news, notices, this paper.
var zhNotMastheads = []string{"喜", "本报", "本台", "本刊", "本网", "重磅", "独家", "快", "特别", "公告", "通知", "提示", "声明", "热点", "关注", "头条", "直击", "观察", "聚焦", "现场", "招聘"}

// mastheadNames proposes the medium named in a 【】 that opens the text or a line, or in round
// brackets the paragraph runs on from (（經濟通）甲公司今日…).
func mastheadNames(d *doc) []mention {
	if d.lang == "en" {
		return nil
	}
	f := d.folded
	var out []mention
	for i, c := range f {
		if c != '【' && c != '(' || i > 0 && f[i-1] != '\n' && !isSpace(f[i-1]) {
			continue
		}
		closer := '】'
		if c == '(' {
			closer = ')' // the folded text's （）
		}
		e := i + 1
		for e < len(f) && e <= i+12 && f[e] != closer && f[e] != '\n' {
			e++
		}
		if e >= len(f) || f[e] != closer || c == '(' && !roundMasthead(f, i+1, e) {
			continue
		}
		end := e
		for _, t := range zhMastheadTails {
			if hasSuffixAt(f, end, t) && end-len([]rune(t)) > i+1 {
				end -= len([]rune(t))
				break
			}
		}
		in := string(f[i+1 : end])
		if end-i-1 < 2 || !paperName(f[i+1:end]) /* 【香港經濟日報】 */ || demonstrativeLed(f[i+1:end]) || allGeneric(in) {
			continue
		}
		skip := false
		for _, w := range zhNotMastheads {
			skip = skip || strings.HasPrefix(in, w)
		}
		if skip {
			continue
		}
		name := string(d.runes[i+1 : end])
		out = append(out, mention{start: i + 1, end: end, name: name, key: d.key(name), kind: kg.KindOrganization, media: true})
	}
	return out
}

// mastheadFacts makes the reporter named right after a masthead (【财新网】（记者 林知秋）,
// 【某報訊】記者 陳明) WORKED_AT the medium.
func mastheadFacts(d *doc, es *entitySet) []Proposal {
	if d.lang == "en" {
		return nil
	}
	var out []Proposal
	for k, m := range es.mentions {
		if !m.media || m.kind != kg.KindOrganization || m.start == 0 || d.runes[m.start-1] != '【' {
			continue
		}
		e := m.end
		for e < len(d.runes) && d.runes[e] != '】' && e < m.end+4 {
			e++
		}
		j := e + 1
		for j < len(d.runes) && strings.ContainsRune("（( ", d.runes[j]) {
			j++
		}
		if !hasPrefixAt(d.folded, j, "记者") {
			continue
		}
		j += 2
		for j < len(d.runes) && isSpace(d.runes[j]) {
			j++
		}
		if p, ok := reporterFact(d, es.mentions[k+1:], m, j); ok {
			out = append(out, p)
		}
	}
	return out
}

// reporterFact makes the person mentioned at j (after: the mentions after medium m, in order)
// WORKED_AT m, citing from the bracket before m to the person: the reporter of a byline.
func reporterFact(d *doc, after []mention, m mention, j int) (Proposal, bool) {
	for _, p := range after {
		if p.start > j {
			break
		}
		if p.start == j && p.kind == kg.KindPerson {
			sp := span{m.start - 1, p.end}
			return Proposal{Kind: KindRelationship, Start: sp.start, End: sp.end, Quote: d.quote(sp), Trigger: "记者",
				Confidence: 0.5, Relationship: &RelationshipProposal{Type: "WORKED_AT", From: p.end_(), To: m.end_()}}, true
		}
	}
	return Proposal{}, false
}

// signOffFacts reads an English sign-off in the text's last lines: the writer's name alone on a
// line and "Title, Organisation" (or "Title of Organisation") on the next, or both on one line
// ("Helen Chow, Founding Partner, Harbourline Ventures"). A leading title gives LEADS, a seat
// MEMBER_OF, a deputy or any other post WORKED_AT.
func signOffFacts(d *doc, es *entitySet) []Proposal {
	so, ok := signOffOf(d, es)
	if !ok {
		return nil
	}
	typ := kg.RelType("WORKED_AT")
	if so.title.role != "" || memberTitles[so.title.cue] {
		typ = postType(so.title, so.org)
	}
	r := &RelationshipProposal{Type: typ, From: so.person.end_(), To: so.org.end_()}
	if typ == "LEADS" {
		r.Role = so.title.role
	}
	return []Proposal{{Kind: KindRelationship, Start: so.at.start, End: so.at.end, Quote: d.quote(so.at), Trigger: so.title.cue, Confidence: 0.5, Relationship: r}}
}

// signOff is a text's English sign-off: who wrote it, in which post, for which organisation.
type signOff struct {
	person, org mention
	title       *title
	at          span
}

// signOffOf finds the sign-off in the text's last lines.
func signOffOf(d *doc, es *entitySet) (signOff, bool) {
	if d.lang != "en" {
		return signOff{}, false
	}
	// The last three non-empty lines.
	var lines []span
	for e := len(d.runes); e > 0 && len(lines) < 3; {
		s := e
		for s > 0 && d.runes[s-1] != '\n' {
			s--
		}
		a, b := s, e
		for a < b && isSpace(d.runes[a]) {
			a++
		}
		for b > a && isSpace(d.runes[b-1]) {
			b--
		}
		if b > a {
			lines = append([]span{{a, b}}, lines...)
		}
		e = s - 1
	}
	for k, l := range lines {
		ns := afterHonorific(d, l) // "Dr. Chan Ho-yin"
		p, ok := mentionStartingAt(es, ns, func(m mention) bool { return m.kind == kg.KindPerson })
		if !ok && k+1 < len(lines) && latinTitleIn(d.folded[lines[k+1].start:min(lines[k+1].end, lines[k+1].start+40)]) != nil {
			// "Mandy Sze" alone above "Senior Analyst, …": a writer, whatever the finders took her for.
			if p, ok = mentionStartingAt(es, ns, func(m mention) bool {
				return m.end == l.end && m.id == "" && m.kind == kg.KindOrganization && personShaped(m.name)
			}); ok {
				es.makePerson(p.key)
				p.kind = kg.KindPerson
			}
		}
		if !ok {
			continue
		}
		post := span{}
		switch {
		case p.end == l.end && k+1 < len(lines):
			post = lines[k+1]
		case p.end < l.end && d.runes[p.end] == ',':
			post = span{p.end + 1, l.end}
		default:
			continue
		}
		org, ok := lastMentionIn(es, post, func(m mention) bool { return m.kind == kg.KindOrganization })
		if !ok {
			org, ok = issuerOfSignOff(d, es, post) // "Dr. Chan Ho-yin / Chairman and Executive Director" under a filing (signoffs_en.go)
			if ok {
				t := latinTitleIn(d.folded[post.start:post.end])
				return signOff{person: p, org: org, title: t, at: span{p.start, post.end}}, true
			}
		}
		if !ok || org.end != post.end || post.end-post.start > 80 {
			continue // a sign-off ends with the organisation, no full stop, and is short
		}
		t := latinTitleIn(d.folded[post.start:org.start])
		if t == nil {
			continue
		}
		return signOff{person: p, org: org, title: t, at: span{p.start, post.end}}, true
	}
	return signOff{}, false
}

// mentionStartingAt returns the mention that starts at i and passes keep.
func mentionStartingAt(es *entitySet, i int, keep func(mention) bool) (mention, bool) {
	for _, m := range es.mentions {
		if m.start == i && keep(m) {
			return m, true
		}
	}
	return mention{}, false
}

// lastMentionIn returns the last mention inside s that passes keep.
func lastMentionIn(es *entitySet, s span, keep func(mention) bool) (mention, bool) {
	var out mention
	found := false
	for _, m := range es.mentions {
		if m.start >= s.start && m.end <= s.end && keep(m) {
			out, found = m, true
		}
	}
	return out, found
}

// latinTitleIn returns the first English title of titles.tsv that f (folded) holds as whole
// words; a leading one ("co-founder & ceo") wins over a later one.
func latinTitleIn(f []rune) *title {
	s := " " + strings.ToLower(string(f)) + " "
	best, at := (*title)(nil), len(s)
	for i := range titles {
		t := &titles[i]
		if !t.latin {
			continue
		}
		k := strings.Index(s, t.cue)
		if k < 0 || isWordRune(rune(s[k-1])) || k+len(t.cue) < len(s) && isWordRune(rune(s[k+len(t.cue)])) {
			continue
		}
		if k < at || k == at && best != nil && len(t.cue) > len(best.cue) {
			best, at = t, k
		}
	}
	return best
}

// enLegalEndings close an English company's registered name; the name without them is the one
// the text and other texts use ("Quanta Diagnostics Ltd." is Quanta Diagnostics).
var enLegalEndings = []string{" co., ltd.", " co. ltd.", " pte. ltd.", " pte ltd", " ltd.", " ltd", " limited", " inc.", " inc",
	" plc", " llc", " l.l.c.", " gmbh", " corp.", " s.a.", " l.p.", " lp", " ag", " n.v.", " b.v."}

// legalShortAliases gives each English candidate named with a legal ending its name without it
// as an alias.
func legalShortAliases(es *entitySet) {
	for _, c := range es.candidates {
		if c.kind != kg.KindOrganization || textnorm.HasHan(c.name) {
			continue
		}
		low := strings.ToLower(c.name)
		for _, e := range enLegalEndings {
			if strings.HasSuffix(low, e) {
				short := strings.TrimRight(strings.TrimSpace(c.name[:len(c.name)-len(e)]), ",")
				if len(short) >= 3 {
					c.addAlias(short)
				}
				break
			}
		}
	}
}

// personShaped reports whether s is two or three capitalised Latin words with no kind word
// (Capital, Robotics): the shape of a person's name.
func personShaped(s string) bool {
	w := strings.Fields(s)
	if len(w) < 2 || len(w) > 3 || !latinProperName(s) {
		return false
	}
	for _, x := range w {
		if _, ok := enCues[strings.ToLower(x)]; ok {
			return false
		}
	}
	return true
}

// makePerson turns the candidate key, and its mentions, into a person.
func (es *entitySet) makePerson(key string) {
	if c := es.candidates[key]; c != nil {
		c.kind = kg.KindPerson
	}
	for i := range es.mentions {
		if es.mentions[i].key == key {
			es.mentions[i].kind = kg.KindPerson
		}
	}
}

// roundMasthead reports whether the round brackets f[s-1:e+1] that open a line credit a medium,
// as Hong Kong wires do ((經濟通)甲公司今日…): the paragraph runs on right after them, and they
// hold a short name, no date, count or note (（一）, （圖）, （記者 陳大文）, （2026年7月15日，香港）).
func roundMasthead(f []rune, s, e int) bool {
	if e-s < 2 || e-s > 8 || e+1 >= len(f) || !isHan(f[e+1]) && !isLatinLetter(f[e+1]) || hasDigit(f[s:e]) {
		return false
	}
	in := string(f[s:e])
	for _, w := range []string{"记者", "摄影", "编辑", "图", "译", "更新", "附", "注", "续", "完"} {
		if strings.Contains(in, w) {
			return false
		}
	}
	return plainName(f[s:e]) && isHanString(in) && !zhNumerals[f[s]]
}
