package extract

import (
	"regexp"

	"github.com/hkgraph/hkgraph/kg"
)

// "Lantau University licensed four patents to PhotonCore in exchange for a 15 per cent stake":
// a university or a company that gives a start-up its patents or technology for equity holds a
// stake in it (INVESTED_IN).

var enForEquityRe = regexp.MustCompile(`^ (?:in exchange|in return) for (?:a|an|its|the)? ?[^,.;]{0,30}\b(?:stake|equity|shares|shareholding)\b`)

var enLicenceVerbRe = regexp.MustCompile(`\b(?:licensed|licenses|licences|transferred|transfers|granted|grants|assigned|contributed) [^,.;]{1,60}? to (?:the )?$`)

// equityForIPFacts proposes LICENSOR INVESTED_IN START-UP for such sentences.
func equityForIPFacts(d *doc, es *entitySet) []Proposal {
	var out []Proposal
	for si, ms := range englishSentences(d, es, 0) {
		s := d.sents[si]
		for k, to := range ms {
			if to.kind != kg.KindOrganization || k == 0 || !enForEquityRe.MatchString(string(d.folded[to.end:min(s.end, to.end+60)])) {
				continue
			}
			from := ms[k-1]
			for j := k - 1; j >= 0 && (from.kind != kg.KindOrganization || from.weak); j-- {
				from = ms[j]
			}
			if from.kind != kg.KindOrganization || sameEntity(from, to) || !enLicenceVerbRe.MatchString(string(d.folded[from.end:to.start])) {
				continue
			}
			sp := citeSpan(d, si, false, from.start, to.end)
			out = append(out, relAt(d, sp, "in exchange for", 0.5, &RelationshipProposal{Type: "INVESTED_IN", From: from.end_(), To: to.end_()}))
		}
	}
	return out
}
