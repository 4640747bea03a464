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
// place the clause names (在港).

// zhSetUpVerbs set up a unit.
var zhSetUpVerbs = []string{"注册成立", "成立", "设立", "开设", "组建"}

// zhArmNouns may stand between the verb and the arm's name: what the arm is.
var zhArmNouns = []string{"国际总部", "区域总部", "亚太区总部", "亚洲总部", "海外总部", "总部", "全资附属公司", "全资子公司", "附属公司",
	"子公司", "分公司", "新公司", "香港公司", "公司", "了"}

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
// only arm nouns and quote marks stand between them.
func setUpBefore(f []rune, from, s int) int {
	j := s
	for j > from && strings.ContainsRune("「“『 ", f[j-1]) {
		j--
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
			return j - n
		}
	}
	return -1
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
			if arm.kind != kg.KindOrganization || !bracketedPlaceIn(f[arm.start:arm.end]) {
				continue
			}
			v := setUpBefore(f, s.start, arm.start)
			if v < 0 {
				continue
			}
			parent, place, ok := mention{}, mention{}, false
			for _, m := range ms[:k] {
				switch {
				case m.end > v:
				case m.kind == kg.KindOrganization && !m.media && m.key != arm.key:
					parent, ok, place = m, true, mention{} // the place must stand after the parent
				case m.kind == kg.KindPlace && ok:
					place = m
				}
			}
			if !ok {
				continue
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
