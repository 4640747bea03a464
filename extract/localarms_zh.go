package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// A company that sets up its local arm names it with the place in brackets:
//
//	迅鏈科技…在港成立國際總部「迅鏈國際（香港）有限公司」
//	恒嶺…並已在港成立恒嶺資本（香港）有限公司
//
// The company ESTABLISHED the arm, the arm is its SUBSIDIARY_OF, and the arm is LOCATED_IN the
// place the clause names (在港). A subsidiary noun says the same of a name without the bracket
// (今年3月在香港設立的子公司甲則會保留, 已在數碼港設立全資子公司乙), and what follows 在 or 於
// is where the arm is set up (數碼港 there is a site), never the company that sets it up.

// zhSetUpVerbs set up a unit.
var zhSetUpVerbs = []string{"注册成立", "成立", "设立", "开设", "组建"}

// zhArmNouns may stand between the verb and the arm's name: what the arm is.
var zhArmNouns = []string{"国际总部", "区域总部", "亚太区总部", "亚洲总部", "海外总部", "总部", "全资附属公司", "全资子公司", "附属公司",
	"子公司", "分公司", "新公司", "香港公司", "公司", "了"}

// zhSubsidiaryNouns name what a unit is to the company that set it up.
var zhSubsidiaryNouns = []string{"全资附属公司", "全资子公司", "附属公司", "子公司"}

// bracketedPlaceIn reports whether name holds a place in brackets: 迅鏈國際（香港）有限公司.
func bracketedPlaceIn(name []rune) bool {
	for i, c := range name {
		if c != '（' && c != '(' {
			continue
		}
		for k := i + 1; k < len(name) && k <= i+6; k++ {
			if name[k] == '）' || name[k] == ')' {
				return k > i+1 && placesOnly(name[i+1:k])
			}
		}
	}
	return false
}

// setUpBefore returns where the set-up verb that governs the mention starting at s begins, or -1:
// only arm nouns and quote marks stand between them (and 的 before a subsidiary noun: 設立的子公司).
// subsidiary says whether a subsidiary noun stands there.
func setUpBefore(f []rune, from, s int) (v int, subsidiary bool) {
	j := s
	for j > from && strings.ContainsRune("「“『 ", f[j-1]) {
		j--
	}
	for _, w := range zhSubsidiaryNouns {
		if n := len([]rune(w)); j-n >= from && hasSuffixAt(f, j, w) {
			j, subsidiary = j-n, true
			if j > from && f[j-1] == '的' {
				j--
			}
			break
		}
	}
	for moved := true; moved; {
		moved = false
		for _, w := range zhArmNouns {
			if n := len([]rune(w)); j-n >= from && hasSuffixAt(f, j, w) {
				j, moved = j-n, true
				break
			}
		}
	}
	for _, v := range zhSetUpVerbs {
		if n := len([]rune(v)); j-n >= from && hasSuffixAt(f, j, v) {
			return j - n, subsidiary
		}
	}
	return -1, false
}

// locativeAt reports whether the mention m follows 在 or 於 (在數碼港設立): a site, not an agent.
func locativeAt(f []rune, m mention) bool {
	return m.start > 0 && (f[m.start-1] == '在' || f[m.start-1] == '于')
}

// localArmFacts reads the set-up of a local arm named with its place in brackets.
func localArmFacts(d *doc, es *entitySet, facts []sentenceFacts, have []Proposal) []Proposal {
	if d.lang == "en" {
		return nil
	}
	seen := proposedFacts(have)
	f := d.folded
	var out []Proposal
	for si, s := range d.sents {
		ms := es.sentenceMentions(s)
		for k, arm := range ms {
			if arm.kind != kg.KindOrganization {
				continue
			}
			v, subsidiary := setUpBefore(f, s.start, arm.start)
			if v < 0 || !subsidiary && !bracketedPlaceIn(f[arm.start:arm.end]) {
				continue
			}
			parent, ok := armParent(d, es, si, ms[:k], v)
			if !ok {
				continue
			}
			place := mention{}
			for _, m := range ms[:k] {
				if m.start >= parent.end && m.start >= zhClauseStart(d, v) && m.end <= v && (m.kind == kg.KindPlace || locativeAt(f, m)) {
					place = m // the place must stand after the parent, in the verb's clause
				}
			}
			sp := citeSpan(d, si, false, parent.start, arm.end)
			add := func(t kg.RelType, from, to mention) {
				r := &RelationshipProposal{Type: t, From: from.end_(), To: to.end_()}
				qualify(d, facts, si, false, cueHit{start: v, end: arm.start}, r, false) // 昨日（3日）宣布…成立: the day
				out = seen.addNew(out, relAt(d, sp, string(d.runes[v:arm.start]), 0.55, r))
			}
			add("ESTABLISHED", parent, arm)
			add("SUBSIDIARY_OF", arm, parent)
			if place.end > 0 {
				add("LOCATED_IN", arm, place)
			}
		}
	}
	return out
}

// armParent is the company that sets up the arm whose set-up verb starts at v: the last
// organisation before the verb in its clause, else the one that opens the sentence (甲…關閉，
// 今年3月在香港設立的子公司乙則會保留: 甲; 深圳物流企業甲…，在港成立…: 甲, not its
// description), else, in a sentence that opens with 公司/其, the topic of the sentences before.
// An organisation after 在/於 is the site.
func armParent(d *doc, es *entitySet, si int, before []mention, v int) (mention, bool) {
	f := d.folded
	cs := zhClauseStart(d, v)
	var orgs []mention
	var last mention
	for _, m := range before {
		if m.end > v || m.kind != kg.KindOrganization || m.media || locativeAt(f, m) {
			continue
		}
		orgs = append(orgs, m)
		if m.start >= cs {
			last = m
		}
	}
	isOrg := func(m mention) bool { return m.kind == kg.KindOrganization }
	switch {
	case last.end > 0:
		return last, true
	case startsWithPronoun(d, d.sents[si]):
		m, ok, _ := topicBefore(d, es, si, isOrg)
		return m, ok
	case len(orgs) > 1 && describes(d, orgs[0], orgs[1]):
		return orgs[1], true
	case len(orgs) > 0:
		return orgs[0], true
	}
	return mention{}, false
}
