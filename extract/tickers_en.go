package extract

import (
	"regexp"

	"github.com/hkgraph/hkgraph/kg"
)

// "Kowloon Data Holdings Limited (HKEX: 8821)", "Orbix (SEHK: 2301)", "Lumen AI (Nasdaq: LUMN)":
// a bracket with an exchange and a stock code right after a company's name says where it is
// listed (LISTED_ON), the exchange being the name inside the bracket.

var enTickerRe = regexp.MustCompile(`^ ?\((?:[a-z]+ )?(?:stock code|ticker)?:? ?$`)

// tickerFacts proposes COMPANY LISTED_ON EXCHANGE for such brackets.
func tickerFacts(d *doc, es *entitySet) []Proposal {
	var out []Proposal
	for si, ms := range englishSentences(d, es, 0) {
		for k := 0; k+1 < len(ms); k++ {
			co, ex := ms[k], ms[k+1]
			if co.kind != kg.KindOrganization || ex.kind != kg.KindOrganization || ex.start-co.end > 4 || !exchange(ex) {
				continue
			}
			if !enTickerRe.MatchString(string(d.folded[co.end:ex.start])) || !tickerAfter(d, ex.end) {
				continue
			}
			sp := citeSpan(d, si, false, co.start, ex.end)
			out = append(out, relAt(d, sp, string(d.runes[co.end:ex.end]), 0.5, &RelationshipProposal{Type: "LISTED_ON", From: co.end_(), To: ex.end_()}))
		}
	}
	return out
}

// tickerAfter reports whether a stock code follows an exchange's name at i: ": 8821)", " 8821)".
func tickerAfter(d *doc, i int) bool {
	j := i
	for j < len(d.runes) && j < i+3 && (d.runes[j] == ':' || d.runes[j] == ' ' || d.runes[j] == '.') {
		j++
	}
	k := j
	for k < len(d.runes) && k < j+8 && (isDigit(d.runes[k]) || d.runes[k] >= 'A' && d.runes[k] <= 'Z' || d.runes[k] == '.') {
		k++
	}
	return k > j && k < len(d.runes) && (d.runes[k] == ')' || d.runes[k] == ';' || d.runes[k] == ',')
}
