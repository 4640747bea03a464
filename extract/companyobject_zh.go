package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// 與浸大副教授蕭志明共同創辦公司: the bare 公司 after a founding verb is the company the text is
// about (the one most sentences before open with, else the one named most often before), not the
// sentence's first organisation.

// zhCompanyObjects stand for the text's company as a verb's object.
var zhCompanyObjects = []string{"该公司", "本公司", "这家公司", "公司"}

// companyObject returns the text's company when the cue's object is one of zhCompanyObjects
// ending its clause.
func companyObject(d *doc, es *entitySet, si int, c *relCue, side int, h cueHit) (mention, bool, bool) {
	if d.lang == "en" || !fitsCue(c, side, kg.KindOrganization) {
		return mention{}, false, false
	}
	w := wordStartingAt(d.folded, h.end, zhCompanyObjects)
	if e := h.end + len([]rune(w)); w == "" || e < len(d.folded) && !strings.ContainsRune("，,。；;、", d.folded[e]) {
		return mention{}, false, false
	}
	fits := func(m mention) bool { return m.kind == kg.KindOrganization && !publicBody(m.name) }
	if m, ok := mainSubject(d, es, si, fits); ok {
		return m, true, true
	}
	if m, ok := mostNamedBefore(d, es, h.start, fits); ok {
		return m, true, true
	}
	return mention{}, false, false
}
