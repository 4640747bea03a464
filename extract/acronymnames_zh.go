package extract

import "github.com/hkgraph/hkgraph/kg"

// namesBeforeAcronym proposes the Chinese name a bracketed Latin acronym follows (與泰國最大私營醫院
// 集團曼谷杜斯特醫療服務（BDMS）簽署, 與海峽速運（SSE）合作): the acronym is the name's short
// form, so the run of Han runes right before the bracket is a name although it has no company
// suffix. The run stops at a stop rune, at a name the text already reads (the descriptor 醫院集團
// before it; a place inside the run is the brand's: 曼谷杜斯特) and at a descriptor word. Not
// weak: the acronym vouches for the name, so a place at its start does not take it.
func namesBeforeAcronym(d *doc, ms []mention) []mention {
	if d.lang == "en" {
		return nil
	}
	f := d.folded
	cutBeforeAcronym(d, ms)
	taken := runesTaken(len(f), ms, func(m mention) bool { return m.kind != kg.KindPlace && !m.weak })
	var out []mention
	for i := 1; i < len(f); i++ {
		if d.runes[i] != '（' && d.runes[i] != '(' || !acronymBracket(d.runes, i) || !isHan(f[i-1]) || taken[i-1] {
			continue
		}
		s := i
		for s > 0 && i-s < 12 && isHan(f[s-1]) && !zhStopRunes[f[s-1]] && !taken[s-1] && !endsWithAny(f, s, zhDescriptors) && !endsWithAny(f, s, acronymRunStops) {
			s--
		}
		run := f[s:i]
		if i-s < 2 || !plainName(run) || allGeneric(string(run)) || zhGeneric[string(run[:2])] || titleIn(run) || containsStopWord(run) {
			continue
		}
		name := string(d.runes[s:i])
		out = append(out, mention{start: s, end: i, name: name, key: d.key(name), kind: kindBySuffix(name, kg.KindOrganization)})
	}
	return out
}

// cutBeforeAcronym starts a candidate that runs up to an acronym's bracket after the last
// descriptor word inside it (泰國最大連鎖醫院集團曼谷康泰醫療（BKHC）→ 曼谷康泰醫療): another
// finder ran the description into the name, and the acronym vouches for the short name only.
func cutBeforeAcronym(d *doc, ms []mention) {
	for i, m := range ms {
		if m.end >= len(d.runes) || m.kind == kg.KindPlace || m.kind == kg.KindPerson || m.id != "" || !acronymBracket(d.runes, m.end) {
			continue
		}
		for p := m.end - 2; p > m.start; p-- {
			if endsWithAny(d.folded, p, acronymRunStops) {
				ms[i].start, ms[i].name = p, string(d.runes[p:m.end])
				ms[i].key = d.key(ms[i].name)
				break
			}
		}
	}
}

// acronymRunStops end a descriptor before the name (新加坡最大物流集團海峽速運).
var acronymRunStops = []string{"集团", "医院", "银行", "基金", "大学"}

// acronymBracket reports whether the bracket opening at i of the text as written holds only an acronym: two to eight
// capital letters, digits or &, the first a letter (（BDMS）, (SSE)).
func acronymBracket(f []rune, i int) bool {
	k := i + 1
	for k < len(f) && k-i <= 9 && (f[k] >= 'A' && f[k] <= 'Z' || f[k] >= '0' && f[k] <= '9' || f[k] == '&') {
		k++
	}
	return k < len(f) && (f[k] == '）' || f[k] == ')') && k-i-1 >= 2 && k-i-1 <= 8 && f[i+1] >= 'A' && f[i+1] <= 'Z'
}
