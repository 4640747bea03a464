package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// "Orbix Launchpad, a 12-week logistics accelerator run jointly with X": an apposition that
// calls a new name an accelerator, an incubator, a programme or a scheme makes it a PROGRAMME
// (as eventByApposition does for fairs and summits), so the cues that take a programme
// (joined, the cohort of, run by) pair it.

var enProgrammeApposNouns = wordSet(`accelerator accelerators incubator incubation programme program scheme fellowship bootcamp`)

// enNounAfterProgramme continue a compound whose head is no programme ("an accelerator
// operator", "an incubator company").
var enNounAfterProgramme = wordSet(`operator operators company companies firm firms manager managers provider providers
	startup start-up start-ups startups platform fund funds network networks space spaces`)

// programmeByApposition gives such names the kind PROGRAMME.
func programmeByApposition(d *doc, es *entitySet) {
	if d.lang != "en" {
		return
	}
	changed := false
	for i := range es.mentions {
		m := &es.mentions[i]
		if m.key == "" || m.id != "" || m.kind != kg.KindOrganization {
			continue
		}
		rest := ""
		for _, p := range []string{", a ", ", an ", ", the "} {
			if hasPrefixAt(d.folded, m.end, p) {
				rest = string(d.folded[m.end+len([]rune(p)) : min(len(d.folded), m.end+70)])
			}
		}
		if rest == "" {
			continue
		}
		ws := strings.FieldsFunc(strings.ToLower(rest), func(r rune) bool { return r == ' ' })
		for k, w := range ws {
			if k > 4 || strings.ContainsAny(w, ",;.()") && !enProgrammeApposNouns[strings.TrimRight(w, ",;.")] {
				break
			}
			w = strings.TrimRight(w, ",;.")
			if !enProgrammeApposNouns[w] {
				continue
			}
			if k+1 < len(ws) && enNounAfterProgramme[strings.TrimRight(ws[k+1], ",;.")] {
				break
			}
			m.kind = kg.KindProgramme
			if c := es.candidates[m.key]; c != nil {
				c.kind = kg.KindProgramme
			}
			changed = true
			break
		}
	}
	if !changed {
		return
	}
	for i := range es.mentions {
		if c := es.candidates[es.mentions[i].key]; c != nil && es.mentions[i].id == "" {
			es.mentions[i].kind = c.kind // the other mentions of the same name
		}
	}
	es.bySentence = nil
}
