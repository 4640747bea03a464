package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// A contribution stated without its object ("Under the agreement, Towngas will contribute HK$60
// million", 實驗室首期投入2億元，其中甲出資1.2億元, 母基金由甲出資60億元) pays into what the text
// has just named: the laboratory, centre, fund or programme of the sentence or the one before
// (slot T of relations.tsv). Conventions: FUNDS from each contributor, cash or in kind
// (eval/heldout10/README.md), and FUNDS LP → fund.

// fundedThingWords end a Chinese organisation's name that money is put into rather than a company's;
// an English one holds a research head word (researchbodies_en.go).
var fundedThingWords = []string{"实验室", "研究中心", "研究院", "创新中心", "中心", "研究所"}

// fundedThing reports whether m is what a contribution can go to: a fund, programme or facility,
// or an organisation named as a laboratory, centre or institute.
func fundedThing(m mention) bool {
	switch m.kind {
	case kg.KindFund, kg.KindProgramme, kg.KindFacility:
		return true
	case kg.KindOrganization:
		n := strings.ToLower(textnormFold(m.name))
		for _, w := range fundedThingWords {
			if strings.HasSuffix(n, w) {
				return true
			}
		}
		for _, w := range strings.Fields(n) {
			if enResearchHeads[w] {
				return true // the Joint Laboratory for Hydrogen Energy Storage
			}
		}
	}
	return false
}

// contributionTarget returns the thing funded by a contribution cue at h: the first funded thing
// named before the cue in its sentence, else the first of the sentence before (the topic: 平台設在
// 乙，首期投入1.5億元，由甲全額出資 funds the 平台, not the 乙 it sits in). A cue with no gap
// ("will contribute", 出資) must be followed by the amount, which is what makes it a contribution.
func contributionTarget(d *doc, es *entitySet, si int, h cueHit) (mention, bool, bool) {
	if !h.cue.gap && !moneyRightAfter(d, d.sents[si], h.end) {
		return mention{}, false, false
	}
	for j := si; j >= 0 && j >= si-1; j-- {
		for _, m := range es.sentenceMentions(d.sents[j]) {
			if m.end <= h.start && fundedThing(m) {
				return m, j < si, true
			}
		}
	}
	return mention{}, false, false
}

// moneyRightAfter reports whether an amount of money starts within a few runes after at.
func moneyRightAfter(d *doc, s span, at int) bool {
	for _, q := range findQuantities(d, s) {
		if q.currency != "" && q.start >= at && q.start-at <= 5 {
			return true
		}
	}
	return false
}
