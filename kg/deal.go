package kg

import "regexp"

var currencyPattern = regexp.MustCompile(`^[A-Z]{3}$`)

// CheckDealFields checks what a relationship write's status and deal fields show on their own,
// reporting each problem under prefix+"."+field: valid values, and round and lead on
// investments (type t) only. An update checks this on its input.
func CheckDealFields(p *Problems, prefix string, t RelType, status FactStatus, d Deal) {
	if status != "" && !status.Valid() {
		p.Add(prefix+".status", "%q is not one of %v", status, FactStatuses)
	}
	if t != "INVESTED_IN" {
		if d.Round != nil {
			p.Add(prefix+".round", "only INVESTED_IN relationships have a funding round, not %s", t)
		}
		if d.Lead != nil {
			p.Add(prefix+".lead", "only INVESTED_IN relationships have a lead investor, not %s", t)
		}
	}
	if d.Round != nil && !d.Round.Valid() {
		p.Add(prefix+".round", "%q is not one of %v", *d.Round, FundingRounds)
	}
	if d.Amount != nil && !ValidAmount(*d.Amount) {
		p.Add(prefix+".amount", "must be a finite number, 0 or more")
	}
	if d.Currency != nil && !currencyPattern.MatchString(*d.Currency) {
		p.Add(prefix+".currency", "%q is not an ISO 4217 code (three capital letters, e.g. HKD, USD, CNY)", *d.Currency)
	}
}

// CheckDeal checks a relationship as it will be stored (as added, or after an update is
// applied): CheckDealFields, then amount and currency together, and amountHKD only where the
// source states Hong Kong dollars (no conversion): with currency HKD it is filled from amount,
// with another currency it must be absent.
func CheckDeal(p *Problems, prefix string, r *Relationship) {
	CheckDealFields(p, prefix, r.Type, r.Status, Deal{Round: r.Round, Amount: r.Amount, Currency: r.Currency, Lead: r.Lead})
	if (r.Amount == nil) != (r.Currency == nil) {
		p.Add(prefix+".currency", "amount and currency go together: give both or neither")
	}
	if r.Currency == nil || r.Amount == nil {
		return
	}
	switch {
	case *r.Currency != "HKD" && r.AmountHKD != nil:
		p.Add(prefix+".amountHKD", "only where the source states HKD; the amount is in %s and is not converted", *r.Currency)
	case *r.Currency == "HKD" && r.AmountHKD == nil:
		v := *r.Amount
		r.AmountHKD = &v
	case *r.Currency == "HKD" && *r.AmountHKD != *r.Amount:
		p.Add(prefix+".amountHKD", "%v differs from amount %v stated in HKD", *r.AmountHKD, *r.Amount)
	}
}
