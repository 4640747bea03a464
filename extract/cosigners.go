package extract

// Two parties who sign, partner or announce a tie-up at an event were both there: "On the
// sidelines of the summit, A signed an MoU with B", 在「乙大會」上，甲與丙簽署合作協議, "A and B
// signed the agreement at the expo". A reader of the event finds the clause's subject; the
// partner the same sentence names with it attended too (ATTENDED).

// coSignerAttendees proposes PARTNER ATTENDED EVENT for every ATTENDED fact whose attendee
// partners someone in the same sentence.
func coSignerAttendees(d *doc, out []Proposal) []Proposal {
	seen := proposedFacts(out)
	var more []Proposal
	for _, p := range out {
		r := p.Relationship
		if p.Kind != KindRelationship || r.Type != "ATTENDED" || p.End <= p.Start {
			continue
		}
		si := d.sentenceOf(p.End - 1)
		for _, q := range out {
			t := q.Relationship
			if q.Kind != KindRelationship || t.Type != "PARTNERED_WITH" || q.End <= q.Start ||
				d.sentenceOf(q.Start) > si || d.sentenceOf(q.End-1) != si {
				continue
			}
			var partner End
			switch {
			case sameEnd(t.From, r.From):
				partner = t.To
			case sameEnd(t.To, r.From):
				partner = t.From
			default:
				continue
			}
			sp := span{min(p.Start, q.Start), max(p.End, q.End)}
			more = seen.addNew(more, relAt(d, sp, q.Trigger, 0.45,
				&RelationshipProposal{Type: "ATTENDED", From: partner, To: r.To}))
		}
	}
	return append(out, more...)
}
