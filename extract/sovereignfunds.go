package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// 沙特公共投資基金, 新加坡主權財富基金, the Public Investment Fund: a state's investment fund is
// the body that invests (it owns subsidiaries, signs, joins networks), an organisation, though
// its name ends like a fund's.

var zhStateFundEnds = []string{"公共投资基金", "主权基金", "主权财富基金"}
var enStateFundEnds = []string{"public investment fund", "sovereign wealth fund", "sovereign fund"}

// stateFund reports whether a name (folded) is a state's investment fund.
func stateFund(f string) bool {
	l := strings.ToLower(f)
	for _, w := range zhStateFundEnds {
		if strings.HasSuffix(f, w) && len([]rune(f)) > len([]rune(w)) {
			return true
		}
	}
	for _, w := range enStateFundEnds {
		if strings.HasSuffix(l, w) {
			return true
		}
	}
	return false
}

// stateFundKinds makes every new mention of a state's investment fund an organisation.
func stateFundKinds(es *entitySet) {
	for i := range es.mentions {
		m := &es.mentions[i]
		if m.id != "" || m.kind != kg.KindFund || !stateFund(textnormFold(m.name)) {
			continue
		}
		m.kind = kg.KindOrganization
		if c := es.candidates[m.key]; c != nil {
			c.kind = kg.KindOrganization
		}
	}
}
