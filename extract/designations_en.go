package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// "HC Digital was recognised as a "Strategic Enterprise" by OASES", "certified as a B Corp by B
// Lab", "was named a "Regtech Pioneer" by the HKMA": the name after such a verb and its article is
// a designation (kind POLICY, as the study gold writes them), not an organisation; the company
// was selected for it (SELECTED_FOR, cues "was recognised as * by" …) and recognised by the body
// after "by" (RECOGNIZED_BY).

// designationVerbs stand before the article of a designation.
var designationVerbs = []string{"recognised as", "recognized as", "certified as", "designated as", "designated", "accredited as", "was named"}

// designationKinds makes each new name that follows "<designation verb> a|an|the" (and an opening
// quote) and ends at "by" a POLICY.
func designationKinds(d *doc, es *entitySet) {
	if d.lang != "en" {
		return
	}
	for i := range es.mentions {
		m := &es.mentions[i]
		if m.id != "" || m.kind != kg.KindOrganization && !m.weak {
			continue
		}
		head := strings.TrimRight(string(d.folded[max(0, m.start-30):m.start]), "\"“ ")
		art := ""
		for _, a := range []string{" a", " an", " the"} {
			if strings.HasSuffix(head, a) {
				art = a
				break
			}
		}
		if art == "" {
			continue
		}
		head = strings.TrimSuffix(head, art)
		verb := false
		for _, v := range designationVerbs {
			verb = verb || strings.HasSuffix(head, " "+v) || head == v
		}
		tail := strings.TrimLeft(string(d.folded[m.end:min(len(d.folded), m.end+6)]), "\"”")
		if !verb || !strings.HasPrefix(tail, " by ") {
			continue
		}
		m.kind = kg.KindPolicy
		if c := es.candidates[m.key]; c != nil {
			c.kind = kg.KindPolicy
		}
	}
}
