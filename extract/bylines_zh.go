package extract

import "github.com/hkgraph/hkgraph/kg"

// Chinese news names its paper and reporter in a byline of a few set shapes, on the
// first lines of the text (under a headline or a 【专访】 tag as often as above the story):
//
//	《佛山日报》讯（记者 梁颖）9月25日，…      《21世纪经济报道》记者 沈一帆
//	【香港經濟日報】記者鄭嘉欣報道：…         【财新网】（记者 林知秋）
//
// The reporter WORKED_AT the paper.

// paperName reports whether f has the shape of a newspaper's name: a plain name, or 3–12 runes
// of Han, Latin letters or digits that end like a paper (經濟日報, 第一财经周刊): plainName
// takes 日 and 第 for parts of a date.
func paperName(f []rune) bool {
	if plainName(f) {
		return true
	}
	if len(f) < 3 || len(f) > 12 {
		return false
	}
	for _, c := range f {
		if !isHan(c) && !isLatinLetter(c) && !isDigit(c) {
			return false
		}
	}
	return endsWithAny(f, len(f), zhMediaEndings) // a name of 3 runes or more runs past every ending
}

// zhDispatchTails stand between a paper's 》 and its reporter: the dispatch (讯, 专讯) and an
// opening bracket.
var zhDispatchTails = []string{"专讯", "特讯", "快讯", "讯", "（", "(", " "}

// reporterAfterPaper returns where the reporter's name starts when a byline's 记者 follows the
// paper's name ending at e ("》讯（记者 ", "】記者", "》记者 | "), or -1.
func reporterAfterPaper(f []rune, e int) int {
	j := e
	if j < len(f) && (f[j] == '》' || f[j] == '】') {
		j++
	}
	if j < len(f) && f[j] == '】' {
		j++ // 【《南方科创报》】
	}
	for n := 0; n < 3; n++ {
		w := wordStartingAt(f, j, zhDispatchTails)
		if w == "" {
			break
		}
		j += len([]rune(w))
	}
	if !hasPrefixAt(f, j, "记者") {
		return -1
	}
	return bylineGap(f, j+2)
}

// inOpeningLines reports whether i lies on one of the text's first four lines.
func inOpeningLines(d *doc, i int) bool {
	if i >= len(d.runes) || i >= 200 {
		return false
	}
	n := 0
	for _, r := range d.runes[:i] {
		if r == '\n' {
			n++
		}
	}
	return n < 4
}

// paperBylineFacts makes the reporter of a byline on the opening lines WORKED_AT the paper
// named in 《》 or 【】 right before 记者 (mastheadFacts asks when no other byline reader did).
func paperBylineFacts(d *doc, es *entitySet) []Proposal {
	f := d.folded
	for k, m := range es.mentions {
		if m.kind != kg.KindOrganization || m.start == 0 || f[m.start-1] != '《' && f[m.start-1] != '【' || !inOpeningLines(d, m.start) {
			continue
		}
		j := reporterAfterPaper(f, m.end)
		if j < 0 {
			continue
		}
		if p, ok := reporterFact(d, es.mentions[k+1:], m, j); ok {
			return []Proposal{p}
		}
	}
	return nil
}
