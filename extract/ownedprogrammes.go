package extract

import "github.com/hkgraph/hkgraph/kg"

// An organisation's name right before a programme's or a facility's, joined only by a possessive
// ("HKSTP's Agri-Tech Centre", "InvestHK's StartmeupHK team", 理大的「PolyU InnoHub」孵化平台,
// 數碼港通過其「乙計劃」) names who runs it: OPERATES. A fund so joined is left alone (whether
// its owner manages or runs it, the conventions decide case by case).

// ownerJoins are the texts that may stand between the owner and what it runs.
var ownerJoins = map[string]bool{"'s ": true, "' ": true, "’s ": true, "的": true, "其": true, "通过其": true, "透过其": true}

// ownedProgrammeFacts proposes OWNER OPERATES THING for each such pair.
func ownedProgrammeFacts(d *doc, es *entitySet) []Proposal {
	var out []Proposal
	for si, s := range d.sents {
		ms := es.sentenceMentions(s)
		for i := 1; i < len(ms); i++ {
			a, b := ms[i-1], ms[i]
			if a.kind != kg.KindOrganization || b.kind != kg.KindProgramme && b.kind != kg.KindFacility || a.end > b.start {
				continue
			}
			if !ownerJoins[ownerJoin(d, a.end, b.start)] || sameEntity(a, b) {
				continue
			}
			sp := citeSpan(d, si, false, a.start, b.end)
			out = append(out, relAt(d, sp, string(d.runes[a.end:b.start]), 0.5, &RelationshipProposal{Type: "OPERATES", From: a.end_(), To: b.end_()}))
		}
	}
	return out
}

// ownerJoin is the text between two names without the opening quote of the second (「“").
func ownerJoin(d *doc, from, to int) string {
	for to > from && (d.runes[to-1] == '「' || d.runes[to-1] == '“' || d.runes[to-1] == '"') {
		to--
	}
	if to-from > 4 {
		return "-" // too far apart to be joined
	}
	return string(d.folded[from:to])
}
