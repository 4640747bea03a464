package extract

import "strings"

// A joint venture formed in one sentence and named in the same or the next ("Cainiao has
// formed a joint venture with Kerry … Cainiao will hold 51 per cent of the venture, named
// Harbour Gateway Logistics"): the partners established the venture the name stands for.

// ventureHeads are the nouns a named joint venture stands after.
var ventureHeads = []string{"the joint venture, ", "the venture, ", "a joint venture, ", "the jv, ", "the new company, "}

// jointVentureFacts proposes ESTABLISHED from both partners of a joint venture (a
// PARTNERED_WITH whose cue names a joint venture) to the name "the venture, named X" gives in
// that sentence or the next.
func jointVentureFacts(d *doc, es *entitySet, ps []Proposal) []Proposal {
	if d.lang != "en" {
		return nil
	}
	var out []Proposal
	for si, s := range d.sents {
		text := d.sentenceText(si)
		if !strings.Contains(text, "venture, ") && !strings.Contains(text, "the jv, ") && !strings.Contains(text, "new company, ") {
			continue
		}
		ms := es.sentenceMentions(s)
		for _, head := range ventureHeads {
			for _, at := range runeIndexes(text, s.start, head) {
				x, ok := namedVenture(d, ms, at)
				if !ok {
					continue
				}
				for _, p := range ps {
					r := p.Relationship
					if r == nil || r.Type != "PARTNERED_WITH" || !strings.Contains(strings.ToLower(p.Trigger), "joint venture") {
						continue
					}
					pi := d.sentenceOf(p.Start)
					if pi != si && pi != si-1 {
						continue
					}
					for _, e := range []End{r.From, r.To} {
						if e == x.end_() || e.EntityKey != "" && e.EntityKey == x.key || e.EntityID != "" && e.EntityID == x.id {
							continue
						}
						sp := citeSpan(d, si, pi == si-1, x.start, x.end)
						out = append(out, relAt(d, sp, strings.TrimSuffix(head, ", "), 0.6, &RelationshipProposal{Type: "ESTABLISHED", From: e, To: x.end_()}))
					}
				}
			}
		}
	}
	return out
}
