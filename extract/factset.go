package extract

// factSet holds the relationships proposed so far, by relKey: a reader that runs after the
// others adds only what they did not propose.
type factSet map[string]bool

// proposedFacts is the factSet of ps.
func proposedFacts(ps []Proposal) factSet {
	s := factSet{}
	for _, p := range ps {
		if p.Kind == KindRelationship {
			s[relKey(p.Relationship.Type, p.Relationship.From, p.Relationship.To)] = true
		}
	}
	return s
}

// addNew appends p to out unless its relationship was proposed already, and remembers it.
func (s factSet) addNew(out []Proposal, p Proposal) []Proposal {
	r := p.Relationship
	if k := relKey(r.Type, r.From, r.To); !s[k] {
		s[k] = true
		out = append(out, p)
	}
	return out
}
