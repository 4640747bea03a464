package extract

import (
	"strings"
)

// 除迈科医疗外，杭州市创新投资集团拟出资4亿元: the name in 除…外 ("besides X") has the same
// part in the clause as the name of its sort after it. It is no object of the clause's cue (X
// did not receive the money), and it has the fact too (X also puts money in the fund);
// 除香港外，公司亦進軍新加坡: the company enters Hong Kong as well.

// besidesNames returns the mentions a 除(了)X(、Y)(以/之)外 clause of sentence s names, and
// where the clause ends; the names must fill it alone.
func besidesNames(d *doc, s span, ms []mention, all []mention) ([]mention, int) {
	f := d.folded
	for i := s.start; i < s.end; i++ {
		if f[i] != '除' || i > s.start && f[i-1] != '，' && f[i-1] != ',' && i != afterTimeOpener(d, s) {
			continue
		}
		at := i + 1
		if at < s.end && f[at] == '了' {
			at++
		}
		var names []mention
		for _, m := range ms {
			if m.start < at {
				continue
			}
			g := string(f[at:m.start])
			if len(names) > 0 {
				g = strings.Trim(g, "」”")
				g = strings.TrimLeft(g, "、及和与")
			}
			if strings.Trim(g, "「“」”") != "" {
				break
			}
			names = append(names, m)
			at = m.end
		}
		if len(names) == 0 || !namedElsewhere(all, names) {
			continue // (a name read only here, 除了投资甲之外, may hold the clause's verb)
		}
		rest := strings.TrimLeft(string(f[at:min(s.end, at+4)]), "」”")
		for _, w := range []string{"外", "以外", "之外"} {
			if strings.HasPrefix(rest, w) {
				return names, at + len([]rune(w))
			}
		}
	}
	return nil, 0
}

// besidesFacts drops the facts whose object is a 除…外 name and gives that name the facts of
// the clause's names of its sort.
func besidesFacts(d *doc, es *entitySet, ps []Proposal) []Proposal {
	if d.lang == "en" {
		return ps
	}
	have := proposedFacts(ps)
	var add []Proposal
	out := ps[:0]
	for _, p := range ps {
		r := p.Relationship
		if r == nil {
			out = append(out, p)
			continue
		}
		at := cueAt(d, p)
		si := d.sentenceOf(at)
		if si < 0 {
			out = append(out, p)
			continue
		}
		names, end := besidesNames(d, d.sents[si], es.sentenceMentions(d.sents[si]), es.mentions)
		if len(names) == 0 || at < end {
			out = append(out, p)
			continue
		}
		drop := false
		for _, x := range names {
			xe := x.end_()
			if sameEnd(xe, r.From) || sameEnd(xe, r.To) {
				drop = drop || sameEnd(xe, r.To)
				continue
			}
			c := *r
			switch {
			case sameSortAsEnd(es, si, x, r.From) && kindFits(r.Type, 0, x.kind):
				c.From = xe
			case sameSortAsEnd(es, si, x, r.To) && kindFits(r.Type, 1, x.kind):
				c.To = xe
			default:
				continue
			}
			key := relKey(c.Type, c.From, c.To)
			if have[key] {
				continue
			}
			have[key] = true
			sp := span{min(p.Start, x.start), p.End}
			if sp.end-sp.start > 300 {
				continue
			}
			add = append(add, relAt(d, sp, p.Trigger, p.Confidence, &c))
		}
		if !drop {
			out = append(out, p)
		}
	}
	return append(out, add...)
}

// sameSortAsEnd reports whether mention x is of the sort of end e as e is named in sentence si.
func sameSortAsEnd(es *entitySet, si int, x mention, e End) bool {
	for _, m := range es.mentions {
		if sameEnd(m.end_(), e) {
			return sameSort(x, m)
		}
	}
	return false
}

// namedElsewhere reports whether the text names each of names (by its entity) somewhere else
// as well: the article's parties are named more than once.
func namedElsewhere(all, names []mention) bool {
	for _, x := range names {
		n := 0
		for _, m := range all {
			if m.start != x.start && sameEntity(m, x) {
				n++
			}
		}
		if n == 0 {
			return false
		}
	}
	return true
}
