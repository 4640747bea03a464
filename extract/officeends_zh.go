package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
	"github.com/hkgraph/hkgraph/textnorm"
)

// A company's office is no body of its own (联想创投香港办公室将迁入数码港, 香港办公室明年迁入
// 数码港): the fact is the company's. An office named after a company the text names is
// read as that company; an office named after a place alone (香港办公室) names no owner,
// and its facts go. Offices whose names hold more (引进重点企业办公室, a government unit) stay.

// zhOfficeWords end the name of a company's own office or base.
var zhOfficeWords = []string{"办公室", "办事处", "代表处"}

// officeOwners rewrites or drops the Chinese relationships whose end is an office.
func officeOwners(d *doc, es *entitySet, ps []Proposal) []Proposal {
	if d.lang == "en" {
		return ps
	}
	out := ps[:0]
	for _, p := range ps {
		r := p.Relationship
		if r == nil {
			out = append(out, p)
			continue
		}
		from, okFrom := officeOwner(es, r.From)
		to, okTo := officeOwner(es, r.To)
		if !okFrom || !okTo {
			continue
		}
		if from != r.From || to != r.To {
			q := *r
			q.From, q.To = from, to
			p.Relationship = &q
		}
		out = append(out, p)
	}
	return out
}

// officeOwner returns the end a fact should have for e: e itself, the company whose office it
// is, or false when e is an office of a place alone.
func officeOwner(es *entitySet, e End) (End, bool) {
	if e.EntityID != "" || !textnorm.HasHan(e.Name) {
		return e, true
	}
	n := textnormFold(e.Name)
	var owner []rune
	found := false
	for _, w := range zhOfficeWords {
		if l, ok := strings.CutSuffix(n, w); ok {
			owner, found = []rune(l), true
			break
		}
	}
	if !found {
		return e, true
	}
	for _, p := range placeMatcher.FindFolded(owner) {
		if p.End == len(owner) && p.Start > 0 {
			owner = owner[:p.Start] // 联想创投香港办公室: the company before its office's place
			break
		}
	}
	if len(owner) == 0 || placesOnly(owner) {
		return e, false // 香港办公室, 亚太区办事处: whose, the name does not say
	}
	if c := candidateNamed(es, string(owner)); c != nil && (c.kind == kg.KindOrganization || c.kind == "") {
		return End{Name: string([]rune(e.Name)[:len(owner)]), EntityKey: c.key}, true
	}
	return e, true
}

// candidateNamed returns the candidate with that folded name or alias, or nil.
func candidateNamed(es *entitySet, folded string) *candidate {
	for _, c := range es.candidates {
		if textnormFold(c.name) == folded {
			return c
		}
		for _, a := range c.aliases {
			if textnormFold(a) == folded {
				return c
			}
		}
	}
	return nil
}
