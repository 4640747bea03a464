package extract

import "github.com/hkgraph/hkgraph/kg"

// New Chinese names that stand after a team noun or after "<place>的".

// zhTeamNouns stand before a quoted name of a team or project: 香港城市大学团队“瓴羊材料”.
var zhTeamNouns = []string{"团队", "项目"}

// x13hansNames proposes a quoted name right after a team noun, and the name of a company that
// follows "<city>的" (or 来自<city>的) up to a verb (上海的芯翼智能则将…): news introduces a
// mainland or foreign company by its home city.
func x13hansNames(d *doc) []mention {
	if d.lang == "en" {
		return nil
	}
	f := d.folded
	var out []mention
	for i := range f {
		for _, w := range zhTeamNouns {
			if hasPrefixAt(f, i, w) {
				if m, ok := quotedAt(d, i+len([]rune(w))); ok {
					out = append(out, m)
				}
			}
		}
	}
	for _, p := range placeMatcher.FindFolded(f) {
		s := p.End + 1
		if s >= len(f) || f[p.End] != '的' || !zhBoundary(f, p.Start) && !hasSuffixAt(f, p.Start, "来自") {
			continue
		}
		e := nameEndAfter(f, s, 6)
		if e-s < 2 || e >= len(f) || !isHan(f[e]) || !isHan(f[s]) || zhStopRunes[f[s]] ||
			containsStopWord(f[s:e]) || allGeneric(string(f[s:e])) || hasKindSuffix(string(f[s:e])) || phraseWordIn(f[s:e]) {
			continue // a phrase, not a name; a name with a kind suffix is found by its suffix
		}
		name := string(d.runes[s:e])
		out = append(out, mention{start: s, end: e, name: name, key: d.key(name), kind: kg.KindOrganization})
	}
	out = append(out, unitOwners(d)...)
	out = append(out, dispatchMedium(d)...)   // 新华网合肥9月18日电（记者孙明哲） (dispatch_zh.go)
	out = append(out, aliasedFullNames(d)...) // 嘉德物流網絡（下稱「嘉德物流」） (aliasfull_zh.go)
	return append(out, bylineMedium(d)...)
}

// unitOwners proposes the company whose unit an industry word and a unit noun name
// (曾任英伟达汽车芯片部门总监 → 英伟达; 华为能源业务): the run before the industry word.
func unitOwners(d *doc) []mention {
	f := d.folded
	var out []mention
	for u := 0; u < len(f); u++ {
		if !wordAt(f, u, zhUnitNouns) {
			continue
		}
		for _, suf := range zhSuffixes {
			n := len([]rune(suf.s))
			if suf.kind != kg.KindOrganization || institutional[suf.s] || !hasSuffixAt(f, u, suf.s) || u-n < 2 {
				continue
			}
			e := u - n
			s := extendLeft(f, e, 6)
			if e-s >= 2 && !allGeneric(string(f[s:e])) && !containsStopWord(f[s:e]) {
				name := string(d.runes[s:e])
				out = append(out, mention{start: s, end: e, name: name, key: d.key(name), kind: kg.KindOrganization})
			}
			break
		}
	}
	return out
}

// bylineMedium reads the medium of a Chinese byline line "文|36氪 记者 陈思远" (文 | medium,
// then 记者): a medium's name may open with digits or Latin letters, which no suffix finds.
func bylineMedium(d *doc) []mention {
	f := d.folded
	var out []mention
	for i := 0; i+3 < len(f); i++ {
		if f[i] != '文' || (i > 0 && f[i-1] != '\n') || f[i+1] != '|' && f[i+1] != '｜' {
			continue
		}
		s := i + 2
		for s < len(f) && f[s] == ' ' {
			s++
		}
		for e := s + 1; e < len(f) && e <= s+12; e++ {
			if f[e] == '\n' || zhStopRunes[f[e]] && f[e] != ' ' {
				break
			}
			if hasPrefixAt(f, e, "记者") || hasPrefixAt(f, e, " 记者") {
				if e-s >= 2 {
					name := string(d.runes[s:e])
					out = append(out, mention{start: s, end: e, name: name, key: d.key(name), kind: kg.KindOrganization})
				}
				break
			}
		}
	}
	return out
}

// zhNewsVerbs follow a medium that reports what it learnt: 36氪获悉, 本报了解到, 记者获悉.
var zhNewsVerbs = []string{"获悉", "独家获悉", "了解到", "报道", "独家报道", "援引"}

// reportsNews reports whether the mention that ends at end is a medium telling its source
// (36氪获悉,…): it is no subject of the sentence's facts.
func reportsNews(d *doc, end int) bool {
	return d.lang != "en" && wordAt(d.folded, end, zhNewsVerbs)
}
