package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// English programmes named again by their kind: "Ten start-ups graduated from the GreenBridge
// Accelerator … The accelerator is run by Swire Properties", "the cohort was funded by a grant
// from X", "Voltra left the cohort". Such a phrase is a mention of the latest programme named in
// full before it (one whose name ends with the same noun first), so the cues pair it as they
// pair the name (as resolveEventRefs does for "the summit").

// enProgrammeRefNouns name a programme by its kind; "cohort" names the programme's intake.
var enProgrammeRefNouns = []string{"accelerator", "programme", "program", "scheme", "incubator", "sandbox", "cohort"}

// programmeRefs adds a mention for each "the <noun>" / "this <noun>" that refers back to a
// programme named in full before it.
func programmeRefs(d *doc, es *entitySet) {
	if d.lang != "en" {
		return
	}
	progs := es.where(func(m mention) bool { return m.kind == kg.KindProgramme && m.key+m.id != "" })
	if len(progs) == 0 {
		return
	}
	f := d.folded
	var added []mention
	for i := 0; i < len(f); i++ {
		if isWordRune(at(f, i-1)) {
			continue
		}
		det := ""
		for _, w := range []string{"the ", "The ", "this ", "This "} {
			if hasPrefixAt(f, i, w) {
				det = w
				break
			}
		}
		if det == "" {
			continue
		}
		j := i + len(det)
		// "the fourth cohort of the GreenBridge Accelerator" names it in full after "of".
		for _, n := range enProgrammeRefNouns {
			e := j + len(n)
			if !hasPrefixAt(f, j, n) || isWordRune(at(f, e)) || hasPrefixAt(f, e, " of ") || insideMention(es.mentions, j) {
				continue
			}
			if p, ok := programmeBefore(progs, i, n); ok {
				added = append(added, mention{start: i, end: e, name: p.name, id: p.id, key: p.key, kind: kg.KindProgramme})
			}
			break
		}
	}
	es.addMentions(added)
}

// programmeBefore is the latest programme named before i, one whose name ends with noun first.
func programmeBefore(progs []mention, i int, noun string) (mention, bool) {
	var any mention
	found := false
	for k := len(progs) - 1; k >= 0; k-- {
		p := progs[k]
		if p.end > i {
			continue
		}
		if strings.HasSuffix(strings.ToLower(p.name), noun) {
			return p, true
		}
		if !found {
			any, found = p, true
		}
	}
	return any, found
}

// demonstrativeAfterAnd reports whether m opens with a demonstrative right after ", and" from i:
// "… with X (HKSTP), and this cohort was funded by Y" opens a new clause whose subject is m,
// not the last item of a list X, m.
func demonstrativeAfterAnd(d *doc, i int, m mention) bool {
	if d.lang != "en" {
		return false
	}
	g := strings.TrimSpace(strings.TrimLeft(string(d.runes[i:m.start]), ")"))
	if g != ", and" && g != ",and" {
		return false
	}
	for _, w := range []string{"this ", "these ", "that ", "This "} {
		if hasPrefixAt(d.runes, m.start, w) {
			return true
		}
	}
	return false
}
