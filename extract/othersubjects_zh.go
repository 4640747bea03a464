package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// A clause that names its own subject by reference tells that subject's fact, not the fact of
// the organisation named earlier: 甲资本合伙人表示，新基金将重点投资…，并会开拓东南亚市场 (the fund
// targets the market, not its manager). The nearest earlier name was taken for the subject.

// zhFundSubjects refer to a fund. (双方 is no such subject: both parties include the one named
// before, and a fact of both is each one's.)
var zhFundSubjects = []string{"新基金", "该基金", "本基金", "此基金"}

// otherSubjectBetween reports whether, between the fact's subject's last mention before the cue
// (or its sentence's start) and the cue, a referring subject stands that the subject is not.
func otherSubjectBetween(d *doc, es *entitySet, p Proposal) bool {
	r := p.Relationship
	if r == nil || d.lang == "en" || r.Type != "TARGETS_MARKET" && r.Type != "INVESTED_IN" {
		return false
	}
	i := cueAt(d, p)
	si := d.sentenceOf(i)
	if si < 0 {
		return false
	}
	lo := d.sents[si].start
	name := []rune(textnormFold(r.From.Name))
	if k := lastIndexBefore(d.folded, name, lo, i); k >= 0 {
		lo = k + len(name)
	}
	if lo >= i {
		return false
	}
	for j := lo; j < i; j++ {
		if j > d.sents[si].start && !isClauseBreak(d.runes[j-1]) {
			continue // a referring subject opens its clause
		}
		if wordAt(d.folded, j, zhFundSubjects) && es.kindOfEnd(r.From) != kg.KindFund && !strings.Contains(r.From.Name, "基金") {
			return true
		}
	}
	return false
}
