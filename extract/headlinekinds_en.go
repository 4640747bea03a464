package extract

import "github.com/hkgraph/hkgraph/kg"

// headlinePersonKind makes a candidate a person when a title-case headline guessed it an
// organisation ("Q&A: VoltSwap's Nova Lim On …") and the body, which has the context a headline
// lacks, reads the same name as a person's ("Nova Lim co-founded …").
func headlinePersonKind(d *doc, c *candidate, m mention) {
	if d.lang != "en" || c.kind != kg.KindOrganization || m.kind != kg.KindPerson || inHeadline(d, m) {
		return
	}
	if c.first.start < len(d.runes) && inHeadline(d, mention{start: c.first.start, end: c.first.end}) {
		c.kind = kg.KindPerson
	}
}

// rekindMentions gives every mention of a candidate the candidate's kind, so that the
// headline's mention of a person found so in the body stays out of the slots for companies.
func rekindMentions(es *entitySet, ms []mention) {
	for i := range ms {
		if c := es.candidates[ms[i].key]; c != nil && ms[i].id == "" && ms[i].kind != c.kind && c.kind == kg.KindPerson && ms[i].kind == kg.KindOrganization {
			ms[i].kind = c.kind
		}
	}
}
