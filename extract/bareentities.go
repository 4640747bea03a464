package extract

import "github.com/hkgraph/hkgraph/kg"

// A kind noun alone (大會, 論壇 in 大會由…主辦) names the event the text named in full; the
// readers point its facts there, and it is proposed as no entity of its own unless a fact of
// its own still holds it.

// dropBareKindEntities removes the entity proposals of generic event nouns that no relationship
// or figure proposal names.
func dropBareKindEntities(out []Proposal) []Proposal {
	used := map[string]bool{}
	for _, p := range out {
		if r := p.Relationship; r != nil {
			used[r.From.EntityKey], used[r.To.EntityKey] = true, true
		}
		if f := p.Figure; f != nil {
			used[f.Subject.EntityKey] = true
		}
	}
	k := out[:0]
	for _, p := range out {
		if e := p.Entity; e != nil && e.Kind == kg.KindEvent && genericEvent(e.Name) && !used[e.Key] {
			continue
		}
		k = append(k, p)
	}
	return k
}
