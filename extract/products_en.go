package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// "X said regulators approved OsteoScan, its AI software that reads chest X-rays. … OsteoScan
// is used in 14 hospitals in Hong Kong and Macau": a name the text introduces as the subject's
// product (", its software", ", their app") is no party of its own. Where it is sold, whom it
// works with and what it wins are the owner's facts, as news annotates them.

// enProductNouns name what a company makes and sells.
var enProductNouns = wordSet(`software app apps application platform device product system tool model chip drug
	therapy test monitor robot robots wallet scanner patch engine sensor assistant chatbot headset glasses vehicle drone`)

// productOwnerTypes are the facts of a product that are its owner's.
var productOwnerTypes = map[kg.RelType]bool{"TARGETS_MARKET": true, "PARTNERED_WITH": true, "SELECTED_FOR": true}

// productOwners maps each name introduced as ", its <product noun>" to the organisation that
// opens its sentence as the subject.
func productOwners(d *doc, es *entitySet) map[string]mention {
	out := map[string]mention{}
	if d.lang != "en" {
		return out
	}
	org := func(m mention) bool { return m.kind == kg.KindOrganization }
	for _, s := range d.sents {
		ms := es.sentenceMentions(s)
		for _, m := range ms {
			if !productApposition(d, m.end, s.end) {
				continue
			}
			owner, ok := firstSubject(d, s, ms, org)
			if !ok || sameEntity(owner, m) || owner.start > m.start {
				continue
			}
			if _, seen := out[m.key]; !seen && m.key != "" && m.id == "" {
				out[m.key] = owner // a known entity is no product
			}
		}
	}
	return out
}

// productApposition reports whether ", its" or ", their" and up to four words holding a product
// noun follow position i (", its AI software that estimates …").
func productApposition(d *doc, i, end int) bool {
	rest := string(d.folded[i:min(end, i+60)])
	var ok bool
	for _, p := range []string{", its ", ", their "} {
		if r, cut := strings.CutPrefix(rest, p); cut {
			rest, ok = r, true
		}
	}
	if !ok {
		return false
	}
	for k, w := range strings.Fields(rest) {
		if k >= 4 || strings.ContainsAny(w, ",;.") {
			return enProductNouns[strings.Trim(w, ",;.")]
		}
		if enProductNouns[w] {
			return true
		}
	}
	return false
}

// productFactsToOwners gives a product's market, partner and prize facts to its owner.
func productFactsToOwners(d *doc, es *entitySet, ps []Proposal) {
	owners := productOwners(d, es)
	if len(owners) == 0 {
		return
	}
	for i, p := range ps {
		r := p.Relationship
		if r == nil || !productOwnerTypes[r.Type] {
			continue
		}
		owner, ok := owners[r.From.EntityKey]
		if !ok || r.From.EntityKey == "" || sameEnd(owner.end_(), r.To) {
			continue
		}
		c := *r
		c.From = owner.end_()
		ps[i].Relationship = &c
	}
}
