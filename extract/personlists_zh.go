package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// A list of people (由校友王小明和李大偉創立, 創辦人陳家明、黃美玲及張偉) names the first
// item with its title or its verb, and the later items bare: a surname and one or two runes
// after 和/及/與/、, ended by a word that ends names (a verb of the list, 於, 在, punctuation).
// The items of one list are of one kind, so each bare item after a person is a person too.

// zhPersonListJoins join the items of a list of people, longest first.
var zhPersonListJoins = []string{"以及", "和", "及", "与", "、"}

// zhPersonItemEnds may follow the last rune of a bare name in a list of people: a join, a
// verb the list does together, a time or place preposition, an adverb of the pair.
var zhPersonItemEnds = []string{"以及", "和", "及", "与", "、", "，", "。", "；", "：", "）", "」", "”", "(", "（", "于", "在", "共同", "联合",
	"一起", "一同", "合伙", "携手", "等", "分别", "均", "都", "亦", "也", "则", "两人", "二人", "三人", "创办", "创立", "创建", "成立",
	"担任", "出任", "表示", "指出", "负责", "领导", "带领", "牵头", "主导", "先后", "早年", "毕业", "曾任", "曾在", "现任", "为", "是"}

// coordinatedPersonNames proposes the bare names listed after a person the text already names.
func coordinatedPersonNames(d *doc, ms []mention) []mention {
	if d.lang == "en" {
		return nil
	}
	f := d.folded
	taken := make([]bool, len(f)+1)
	for _, m := range ms {
		if !m.weak {
			for i := m.start; i < m.end && i < len(f); i++ {
				taken[i] = true
			}
		}
	}
	var out []mention
	for _, m := range ms {
		if m.kind != kg.KindPerson || m.weak || !isHanString(m.name) {
			continue
		}
		for e := m.end; ; {
			j := wordStartingAt(f, e, zhPersonListJoins)
			if j == "" {
				break
			}
			s := e + len([]rune(j))
			n, ok := bareListedName(f, s, taken)
			if !ok {
				break
			}
			name := string(d.runes[n.start:n.end])
			out = append(out, mention{start: n.start, end: n.end, name: name, key: d.key(name), kind: kg.KindPerson})
			e = n.end
		}
	}
	return out
}

// bareListedName reads a surname and one or two runes at s that a word of zhPersonItemEnds
// ends (three runes first: 李大偉於 before 李大).
func bareListedName(f []rune, s int, taken []bool) (span, bool) {
	if s >= len(f) || !surnames[f[s]] || wordAt(f, s, zhNotNames) || taken[s] {
		return span{}, false
	}
	for _, n := range []int{3, 2} {
		e := s + n
		if e > len(f) {
			continue
		}
		ok := true
		for k := s; k < e; k++ {
			ok = ok && isHan(f[k]) && !taken[k] && (k == s || !zhStopRunes[f[k]])
		}
		if !ok || e < len(f) && !wordAt(f, e, zhPersonItemEnds) && !strings.ContainsRune(" \n", f[e]) {
			continue
		}
		if n == 3 && wordAt(f, s+2, zhPersonItemEnds) {
			continue // 王強和: the join is no rune of the name
		}
		return span{s, e}, true
	}
	return span{}, false
}
