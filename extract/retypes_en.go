package extract

import (
	"regexp"
	"strings"
)

// fundsAreManaged retypes OPERATES of an English-named fund by a body that is no government
// ("Ascent Bay Biotech Fund, run by Ascent Bay Partners"): a firm manages its fund; a bureau
// runs a funding scheme it calls a fund (the Green Tech Fund), OPERATES.
func fundsAreManaged(ps []Proposal) {
	for i, p := range ps {
		r := p.Relationship
		if r == nil || r.Type != "OPERATES" || governmentBody(r.From.Name) || !enFundName(r.To.Name) {
			continue
		}
		q := *r
		q.Type = "MANAGES"
		ps[i].Relationship = &q
	}
}

// enFundNameRe: a name that ends in Fund, with a number or a roman numeral after it.
var enFundNameRe = regexp.MustCompile(`\bFund(?: [IVX]+| [0-9]+)?$`)

func enFundName(n string) bool { return enFundNameRe.MatchString(strings.TrimSpace(n)) }
