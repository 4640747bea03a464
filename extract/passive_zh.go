package extract

import (
	"sort"
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// The passive with 由. A Chinese cue whose doer stands left of it (甲主办乙, 甲运营乙,
// 甲资助乙) also reads "乙由甲主办", "乙由甲与丙联合主办", "由甲全额出资": the doer is inside
// 由 … cue and the thing done is the clause's subject. Rather than one line per verb, every
// such cue of an agent's type gets its 由 form here (unless the list already has one). The form
// must end its clause: in 由甲推出为期三年的「乙」 the object follows, and the active cue reads it.

// passiveTypes are the types whose doer may follow 由: an organiser, an operator, a funder,
// a founder, a manager, a publisher.
// (INVESTED_IN is left out: 由甲领投 is read by its own cues, and its gap often holds an owner,
// 由淡马锡旗下的乙领投.)
var passiveTypes = map[kg.RelType]bool{"ORGANIZED": true, "OPERATES": true, "FUNDS": true,
	"ESTABLISHED": true, "MANAGES": true, "ANNOUNCED": true}

func init() {
	have := map[string]bool{}
	for _, c := range relCues {
		have[string(c.typ)+"\t"+c.cue] = true
	}
	var add []relCue
	for _, c := range relCues {
		if c.lang != "zh" || c.gap || !passiveTypes[c.typ] || c.flags["sym"] || c.flags["adj"] || len(c.runes) < 2 ||
			!contains(c.from, "L") || !contains(c.to, "R") || strings.HasPrefix(c.cue, "由") || strings.HasSuffix(c.cue, "的") {
			continue
		}
		cue := "由 * " + c.cue
		if have[string(c.typ)+"\t"+cue] {
			continue
		}
		have[string(c.typ)+"\t"+cue] = true
		p := relCue{lang: "zh", typ: c.typ, cue: cue, runes: []rune(cue), first: "由", rest: c.cue, gap: true,
			from: []string{"I"}, to: []string{"S"}, flags: map[string]bool{"nogap": true, "final": true}, role: c.role}
		for _, fl := range []string{"lead", "planned", "ended"} {
			p.flags[fl] = c.flags[fl]
		}
		add = append(add, p)
	}
	relCues = append(relCues, add...)
	sort.SliceStable(relCues, func(a, b int) bool { return len(relCues[a].runes) > len(relCues[b].runes) })
	m := map[rune][]int{}
	for i, c := range relCues {
		r := []rune(c.first)[0]
		m[r] = append(m[r], i)
	}
	cuesByRune = m
}

// passiveEndsAt reports whether the clause ends at i: the text's end or a punctuation mark.
func passiveEndsAt(d *doc, i int) bool {
	if i >= len(d.runes) {
		return true
	}
	c := d.runes[i]
	return !(isHan(c) || isLatinLetter(c) || isDigit(c))
}

// zhItemDescriptorEnds end the description an item of a Chinese list may carry before its name
// (生物製藥公司甲、半導體封裝企業乙及食品科技公司丙).
var zhItemDescriptorEnds = []string{"公司", "企业", "初创", "初创企业", "机构", "平台", "品牌", "厂商", "集团", "基金", "独角兽"}

// zhDescriptorGlue reports whether g (the folded text between two items) is a join and a
// description of the next item: the description does not break the list.
func zhDescriptorGlue(g string) bool {
	for _, j := range []string{"、", "及", "和", "与", "以及"} {
		rest, ok := strings.CutPrefix(g, j)
		if !ok {
			continue
		}
		r := []rune(rest)
		if len(r) < 3 || len(r) > 10 || !isHanString(rest) {
			return false
		}
		for _, e := range zhItemDescriptorEnds {
			if strings.HasSuffix(rest, e) && len(r) > len([]rune(e)) {
				return !containsStopWord([]rune(strings.TrimSuffix(rest, e)))
			}
		}
		return false
	}
	return false
}
