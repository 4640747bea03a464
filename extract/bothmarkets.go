package extract

import "github.com/hkgraph/hkgraph/kg"

// 双方计划明年共同开拓东南亚市场, "the two companies will expand into Japan": a market both
// parties aim at is each one's market. The parties are the partnership's of this sentence or
// the one before, else the last two organisations named before the cue there (an acquirer and
// its target: 灵犀智控将成为汇川技术控股子公司。…双方计划共同开拓东南亚市场).

// marketParties returns the two parties a market cue's 双方 stands for.
func marketParties(d *doc, es *entitySet, si int, h cueHit, partners map[int][2]mention) ([]mention, bool) {
	if p, ok := partners[si]; ok {
		return []mention{p[0], p[1]}, true
	}
	if p, ok := partners[si-1]; ok && si > 0 {
		return []mention{p[0], p[1]}, true
	}
	var two []mention
	for j := si; j >= 0 && j >= si-1 && len(two) < 2; j-- {
		ms := es.sentenceMentions(d.sents[j])
		for x := len(ms) - 1; x >= 0 && len(two) < 2; x-- {
			m := ms[x]
			if m.end > h.start || m.kind != kg.KindOrganization || governmentBody(m.name) || !namedAgain(es, m) {
				continue // 出任云杉智联工业视觉事业部总裁: a run read once is no party the story follows
			}
			if len(two) == 0 || !sameEntity(two[0], m) {
				two = append(two, m)
			}
		}
	}
	if len(two) < 2 {
		return nil, false
	}
	return []mention{two[1], two[0]}, true
}

// namedAgain reports whether the text names m's entity more than once.
func namedAgain(es *entitySet, m mention) bool {
	n := 0
	for _, o := range es.mentions {
		if sameEntity(o, m) {
			n++
		}
	}
	return n > 1
}
