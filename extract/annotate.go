package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// sentenceFacts are the dates, quantities and words of one sentence that qualify the
// relationships stated in it.
type sentenceFacts struct {
	dates []dateExpr
	qty   []quantity
	round string
}

// annotateSentences reads every sentence's dates (同月 takes a date before it) and numbers.
func annotateSentences(d *doc, pub published) []sentenceFacts {
	out := make([]sentenceFacts, len(d.sents))
	var before []dateExpr
	for i, s := range d.sents {
		out[i].dates = findDates(d, s, pub, before)
		before = append(before, out[i].dates...)
		out[i].qty = findQuantities(d, s)
		out[i].round = findRound(d, s)
	}
	return out
}

// rounds name funding rounds, most specific first.
var rounds = []struct{ w, r string }{{"pre-ipo", "PRE_IPO"}, {"pre-a轮", "SERIES_A"}, {"pre-a", "SERIES_A"},
	{"种子轮", "SEED"}, {"天使轮", "ANGEL"}, {"天使", "ANGEL"}, {"a+轮", "SERIES_A"}, {"a轮", "SERIES_A"},
	{"b+轮", "SERIES_B"}, {"b轮", "SERIES_B"}, {"c轮", "SERIES_C"}, {"d轮", "SERIES_D_PLUS"}, {"e轮", "SERIES_D_PLUS"},
	{"f轮", "SERIES_D_PLUS"}, {"战略融资", "STRATEGIC"}, {"战略投资", "STRATEGIC"}, {"pre-seed", "PRE_SEED"},
	{"seed round", "SEED"}, {"seed funding", "SEED"}, {"angel round", "ANGEL"}, {"series a", "SERIES_A"},
	{"series b", "SERIES_B"}, {"series c", "SERIES_C"}, {"series d", "SERIES_D_PLUS"}, {"series e", "SERIES_D_PLUS"},
	{"strategic investment", "STRATEGIC"}, {"strategic round", "STRATEGIC"}}

func findRound(d *doc, s span) string {
	t := string(d.folded[s.start:s.end])
	for _, r := range rounds {
		if strings.Contains(t, r.w) {
			return r.r
		}
	}
	return ""
}

// plannedCues say a fact is planned, not yet done, when they stand before the cue in its clause.
var plannedCues = []string{"将", "计划", "拟", "准备", "预计", "有意", "打算", "筹备", "will ", "plans to", "plan to",
	"planning to", "is set to", "intends to", "expects to", "is expected to", "aims to", "would "}

func planned(d *doc, s span, cueStart int) bool { return clauseHeadHas(d, s, cueStart, plannedCues) }

// clauseHeadHas reports whether one of words stands before the cue in its clause.
func clauseHeadHas(d *doc, s span, cueStart int, words []string) bool {
	a := cueStart
	for a > s.start && a > cueStart-40 && !isClauseBreak(d.runes[a-1]) {
		a--
	}
	return containsAny(string(d.folded[a:cueStart]), words)
}

// qualify sets a relationship's date, amount, round and status from its sentence.
func qualify(d *doc, facts []sentenceFacts, si int, withPrev bool, h cueHit, r *RelationshipProposal, ended bool) {
	sf := facts[si]
	s := d.sents[si]
	x, ok := dateInCue(d, sf.dates, h)
	if !ok {
		x, ok = dateFor(d, sf.dates, s, h.start)
	}
	if ok {
		if ended {
			r.EndDate = x.iso
		} else {
			r.Date = x.iso
		}
		r.DateNote = x.note
	}
	if planned(d, s, h.start) {
		r.Status = "PLANNED"
	} else if ended {
		r.Status = "ENDED"
	}
	if r.Type != "INVESTED_IN" {
		return
	}
	r.Round = sf.round
	money := moneyOf(sf.qty)
	if (money == nil || r.Round == "") && si > 0 && (withPrev || startsWithPronoun(d, s)) {
		prev := facts[si-1]
		if money == nil {
			money = moneyOf(prev.qty)
		}
		if r.Round == "" {
			r.Round = prev.round
		}
		if r.Date == "" {
			if x, ok := dateFor(d, prev.dates, d.sents[si-1], d.sents[si-1].end); ok {
				r.Date, r.DateNote = x.iso, x.note
			}
		}
	}
	if money != nil {
		v := money.value
		r.Amount, r.Currency = &v, money.currency
		if money.currency == "HKD" {
			hkd := v
			r.AmountHKD = &hkd
		}
	}
}

func moneyOf(qs []quantity) *quantity {
	for i := range qs {
		if qs[i].currency != "" {
			return &qs[i]
		}
	}
	return nil
}

// dateFor picks the date of a cue: one in the cue's clause, else one that opens the sentence.
func dateFor(d *doc, ds []dateExpr, s span, cue int) (dateExpr, bool) {
	best, found := dateExpr{}, false
	for _, x := range ds {
		if !crossesClauseAny(d, min(x.end, cue), max(x.start, cue)) {
			if !found || abs(x.start-cue) < abs(best.start-cue) {
				best, found = x, true
			}
		}
	}
	if found {
		return best, true
	}
	for _, x := range ds {
		if !crossesClauseAny(d, s.start, x.start) {
			return x, true // 今年6月，港投公司與…: the opening date covers the sentence
		}
	}
	// "…, the company said on Tuesday", "…, effective 1 November": the one date of a reporting
	// or effective clause dates the sentence's fact.
	if len(ds) == 1 && reportingClause(d, s, ds[0]) {
		return ds[0], true
	}
	return dateExpr{}, false
}

var reportingWords = []string{" said", " says", " announced", "effective ", "with effect from", "生效", "宣布", "表示", "公布"}

// reportingClause reports whether the clause holding date x says who reported the fact or
// when it takes effect.
func reportingClause(d *doc, s span, x dateExpr) bool {
	a, b := x.start, x.end
	for a > s.start && !isClauseBreak(d.runes[a-1]) {
		a--
	}
	for b < s.end && !isClauseBreak(d.runes[b]) {
		b++
	}
	cl := string(d.folded[a:b])
	for _, w := range reportingWords {
		if strings.Contains(cl, w) {
			return true
		}
	}
	return false
}

func crossesClauseAny(d *doc, a, b int) bool {
	for i := a; i < b && i < len(d.runes); i++ {
		if isClauseBreak(d.runes[i]) || d.runes[i] == '；' || d.runes[i] == ';' {
			return true
		}
	}
	return false
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// figureProposals turns each money amount and count into a figure of the sentence's subject.
// A money amount in a sentence about a round is the investee's (investees, from roundAmounts),
// not the investor's that may open the sentence ("A led a US$15 million round in B").
func figureProposals(d *doc, es *entitySet, facts []sentenceFacts, pub published, investees map[int]End) []Proposal {
	var out []Proposal
	for si, s := range d.sents {
		for _, q := range facts[si].qty {
			subj, prev, ok := figureSubject(d, es, si, q.start)
			if !ok {
				continue
			}
			f := &FigureProposal{Subject: subj.end_(), Value: q.value, MaxValue: q.max, Qualifier: q.qualifier}
			switch {
			case q.currency != "" && aboutFinancing(d, s):
				f.Key, f.Unit = "funding_raised", q.currency
				if to, ok := investees[si]; ok {
					f.Subject = to
				}
			case q.currency != "":
				f.Key, f.Unit = "amount", q.currency
			default:
				f.Key, f.Unit = q.unit, q.unit
			}
			if x, ok := dateFor(d, facts[si].dates, s, q.start); ok {
				f.AsOf = x.iso
			} else if q.currency == "" && pub.y > 0 {
				f.AsOf = pub.String()
			}
			sp := citeSpan(d, si, prev, q.start, q.end)
			out = append(out, Proposal{Kind: KindFigure, Start: sp.start, End: sp.end, Quote: d.quote(sp),
				Trigger: string(d.runes[q.start:q.end]), Confidence: 0.5, Figure: f})
		}
	}
	return out
}

// figureSubject is the entity a number is about: the sentence's first organisation, fund,
// programme or facility, or the previous sentence's when this one refers back.
func figureSubject(d *doc, es *entitySet, si, pos int) (mention, bool, bool) {
	fits := func(k kg.Kind) bool {
		return k == kg.KindOrganization || k == kg.KindFund || k == kg.KindProgramme || k == kg.KindFacility
	}
	if !startsWithPronoun(d, d.sents[si]) {
		for _, m := range es.sentenceMentions(d.sents[si]) {
			if fits(m.kind) && m.start < pos {
				return m, false, true
			}
		}
	}
	if si > 0 {
		for _, m := range es.sentenceMentions(d.sents[si-1]) {
			if fits(m.kind) {
				return m, true, true
			}
		}
	}
	// 目前公司团队超过120人 after two sentences about the founders: the subject is the nearest
	// organisation named two to four sentences before (cited without them: past the cap).
	for back := 2; back <= 4 && si-back >= 0; back++ {
		for _, m := range es.sentenceMentions(d.sents[si-back]) {
			if fits(m.kind) {
				return m, false, true
			}
		}
	}
	return mention{}, false, false
}
