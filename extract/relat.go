package extract

// relAt is a relationship proposal that quotes span sp.
func relAt(d *doc, sp span, trigger string, conf float64, r *RelationshipProposal) Proposal {
	return Proposal{Kind: KindRelationship, Start: sp.start, End: sp.end, Quote: d.quote(sp), Trigger: trigger, Confidence: conf, Relationship: r}
}
