package extract

// roundAmounts keeps a round's amount on an investment only when one investor stands in the
// round: "A领投、B跟投的1亿元融资" and "A led a US$15 million round, joined by B" state the
// round's total, not what A or B put in (the total stays as the investee's funding figure).
// It returns, per sentence, the investee the sentence's round is about.
func roundAmounts(d *doc, ps []Proposal) map[int]End {
	type round struct {
		si int
		to string
	}
	investors := map[round]map[string]bool{}
	investees := map[int]End{}
	for _, p := range ps {
		r := p.Relationship
		if p.Kind != KindRelationship || r.Type != "INVESTED_IN" {
			continue
		}
		si := d.sentenceOf(p.End - 1)
		k := round{si, endKey(r.To)}
		if investors[k] == nil {
			investors[k] = map[string]bool{}
		}
		investors[k][endKey(r.From)] = true
		if _, ok := investees[si]; !ok {
			investees[si] = r.To
		}
	}
	for _, p := range ps {
		r := p.Relationship
		if p.Kind != KindRelationship || r.Type != "INVESTED_IN" || r.Amount == nil {
			continue
		}
		if len(investors[round{d.sentenceOf(p.End - 1), endKey(r.To)}]) > 1 {
			r.Amount, r.AmountHKD, r.Currency = nil, nil, ""
		}
	}
	return investees
}
