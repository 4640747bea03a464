package extract

import (
	"regexp"
	"strings"
)

// enMarketPlanRe: what money pays for in a place is a site when it is built ("fund a new
// plant in Huizhou") and a market when it is a push to sell there ("fund a launch in Japan",
// "pay for an expansion into Korea").
var enMarketPlanRe = regexp.MustCompile(`\b(?:launch|launches|expansion|roll-?out|entry|push|sales drive|marketing)\b`)

// marketsNotSites retypes English LOCATED_IN facts whose cue names a market plan, not a site:
// TARGETS_MARKET.
func marketsNotSites(d *doc, ps []Proposal) {
	if d.lang != "en" {
		return
	}
	for i, p := range ps {
		if r := p.Relationship; r != nil && r.Type == "LOCATED_IN" && enMarketPlanRe.MatchString(strings.ToLower(p.Trigger)) {
			q := *r
			q.Type = "TARGETS_MARKET"
			ps[i].Relationship = &q
		}
	}
}

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
