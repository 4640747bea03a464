package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/textnorm"

	"github.com/hkgraph/hkgraph/kg"
)

// listGlue is what may stand between two items of one enumeration: A、B及C, A, B and C.
var listGlue = map[string]bool{"、": true, ",": true, "，": true, "和": true, "及": true, "与": true, "以及": true,
	"and": true, ", and": true, "&": true, "、以及": true, "及其": false, "或": true, "or": true, "同": true,
	"联同": true, "together with": true, "as well as": true}

// pronouns start a sentence whose subject is the previous sentence's: 其創辦人, 该公司, The company.
var pronouns = []string{"其", "该公司", "该企业", "该初创", "该平台", "该基金", "该机构", "该集团", "公司", "它", "他", "她",
	"本轮", "此轮", "the company", "the startup", "the firm", "the group", "the fund", "it ", "its ", "he ", "she ", "they ",
	"among them", "the start-up", "the platform", "the bank"}

// sentenceMentions returns the mentions inside sentence s.
func (es *entitySet) sentenceMentions(s span) []mention {
	var out []mention
	for _, m := range es.mentions {
		if m.start >= s.start && m.end <= s.end {
			out = append(out, m)
		}
	}
	return out
}

// group collects the nearest fitting mention on one side of [cs, ce) and the items listed with it.
func group(d *doc, ms []mention, c *relCue, side int, left bool, cs, ce int) []mention {
	t := c.typ
	var out []mention
	if left {
		i := len(ms) - 1
		for ; i >= 0 && (ms[i].end > cs || !fitsCue(c, side, ms[i].kind)); i-- {
			if ms[i].end <= cs && !skippable(t, side, ms[i]) {
				return nil
			}
		}
		if i < 0 || crossesClause(d, ms[i].end, cs) {
			return nil
		}
		if d.lang == "en" && strings.Contains(string(d.runes[ms[i].end:cs]), ",") {
			// "A, a subsidiary of B, manages C": the subject stands before the apposition.
			for j := 0; j < i; j++ {
				if fitsCue(c, side, ms[j].kind) {
					i = j
					break
				}
			}
		}
		out = append(out, ms[i])
		for j := i - 1; j >= 0; j-- {
			// "乙及丙旗下的丁跟投": 丙 owns 丁, and 乙 is the next item of the list.
			if j > 0 && isOwnerGap(d, ms[j].end, out[len(out)-1].start) {
				j--
				if !fitsCue(c, side, ms[j].kind) || !isGlue(d, ms[j].end, ms[j+1].start) {
					break
				}
				out = append(out, ms[j])
				continue
			}
			if !fitsCue(c, side, ms[j].kind) || !isGlue(d, ms[j].end, out[len(out)-1].start) {
				break
			}
			out = append(out, ms[j])
		}
		// Reverse into text order.
		for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
			out[a], out[b] = out[b], out[a]
		}
		return out
	}
	i := 0
	for ; i < len(ms) && (ms[i].start < ce || !fitsCue(c, side, ms[i].kind)); i++ {
		if ms[i].start >= ce && !skippable(t, side, ms[i]) {
			return nil
		}
	}
	if i == len(ms) || crossesClause(d, ce, ms[i].start) {
		return nil
	}
	out = append(out, ms[i])
	for j := i + 1; j < len(ms); j++ {
		if !fitsCue(c, side, ms[j].kind) || !isGlue(d, out[len(out)-1].end, ms[j].start) {
			break
		}
		out = append(out, ms[j])
	}
	return out
}

// isGlue reports whether the text between two mentions joins them into one list. A comma
// joins English lists only: a Chinese ， separates clauses (A领投，B跟投).
func isGlue(d *doc, a, b int) bool {
	if b < a {
		return false
	}
	g := strings.ToLower(strings.TrimSpace(string(d.runes[a:b])))
	for _, p := range []string{"老股东", "老股東", "新股东", "新股東", "现有股东", "現有股東"} {
		g = strings.TrimSuffix(g, p)
	}
	if g == "，" || (g == "," || g == ", and") && d.lang != "en" {
		return false
	}
	return listGlue[textnormFold(g)]
}

// crossesClause reports whether a Chinese clause break lies between a and b: a cue's ends sit
// in its own clause.
func crossesClause(d *doc, a, b int) bool {
	if d.lang == "en" {
		return false
	}
	for i := a; i < b && i < len(d.runes); i++ {
		switch d.runes[i] {
		case '，', '；', ',', ';', '：':
			return true
		}
	}
	return false
}

// startsWithPronoun reports whether the sentence opens with a word that refers back.
func startsWithPronoun(d *doc, s span) bool {
	head := string(d.folded[s.start:min(s.end, s.start+20)])
	for _, p := range pronouns {
		if strings.HasPrefix(head, p) {
			return true
		}
	}
	return false
}

func textnormFold(s string) string { return textnorm.ToSimplified(s) }

// partnerBefore finds the first party of "A与B签署…" / "A和B合作" when the cue's left list holds
// only B: the nearest fitting mention before a 与/和/同/跟 that stands before B in its clause.
func partnerBefore(d *doc, ms []mention, t kg.RelType, b mention) (mention, bool) {
	for i := b.start - 1; i >= 0 && i > b.start-40; i-- {
		c := d.folded[i]
		if isClauseBreak(d.runes[i]) || c == '。' || c == '；' {
			break
		}
		if c != '与' && c != '和' && c != '同' && c != '跟' {
			continue
		}
		for j := len(ms) - 1; j >= 0; j-- {
			m := ms[j]
			if m.end <= i && kindFits(t, 0, m.kind) && !crossesClause(d, m.end, i) && !sameEntity(m, b) {
				return m, true
			}
		}
	}
	return mention{}, false
}

// financing words: a cue flagged "fin" (获, alongside) fires only in a sentence about money.
var financing = []string{"融资", "投资", "注资", "轮", "funding", "financing", "round", "invest", "raised", "raise"}

func aboutFinancing(d *doc, s span) bool {
	t := string(d.folded[s.start:s.end])
	for _, w := range financing {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// skippable reports whether a mention that does not fit a slot may be passed over while
// looking for the slot's entity: places may ("Shanghai-based chipmaker NovaSil"), other
// entities may not (they are the slot's real filler of the wrong kind).
func skippable(t kg.RelType, side int, m mention) bool {
	if ks, ok := endKinds[t]; ok && len(ks[side]) == 1 && ks[side][0] == kg.KindPerson {
		return true // titles find people reliably: "by former Goldman Sachs trader Kevin Lau"
	}
	return m.kind == kg.KindPlace || m.kind == kg.KindPerson && t == "INVESTED_IN"
}

func isOwnerGap(d *doc, a, b int) bool {
	if b < a {
		return false
	}
	g := strings.TrimSpace(string(d.folded[a:b]))
	return g == "旗下的" || g == "旗下" || g == "'s" || g == "’s"
}
