package extract

import "github.com/hkgraph/hkgraph/kg"

// A sentence set at an event may open with several subjects: "At the expo, A, B and C
// showcased …", 展會期間，甲、乙及丙展示了…. Every one of them was there, not only the first.

// enListJoins and zhListJoins join the names of a list of subjects.
var enListJoins = map[string]bool{", ": true, " and ": true, ", and ": true, " & ": true}
var zhListJoins = map[string]bool{"、": true, "及": true, "和": true, "与": true, "以及": true}

// listedAfter is m and the names of its kind listed right after it (A, B and C).
func listedAfter(d *doc, ms []mention, m mention) []mention {
	out := []mention{m}
	joins := enListJoins
	if d.lang != "en" {
		joins = zhListJoins
	}
	last := m
	for _, n := range ms {
		if n.start < last.end {
			continue
		}
		if n.kind != m.kind || n.weak || !joins[string(subjectGlue(d, last.end, n.start))] {
			break
		}
		if n.kind != kg.KindOrganization && n.kind != kg.KindPerson {
			break
		}
		out = append(out, n)
		last = n
	}
	return out
}

// subjectGlue is the text between two names with the quotes around Chinese names left out, folded.
func subjectGlue(d *doc, a, b int) []rune {
	g := d.folded[a:b]
	if d.lang == "en" {
		return g
	}
	var out []rune
	for _, r := range g {
		if r != '「' && r != '」' && r != '“' && r != '”' && r != '『' && r != '』' {
			out = append(out, r)
		}
	}
	return out
}
