package extract

import (
	"slices"
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// A post in a department is written after the body and its department (科技園公司創業培育總監
// 乙): the finders may take the department for a body of its own, and the title cue gives 乙
// its leadership. The person works at the body; the department names no one.

// departmentPosts rewrites a Chinese LEADS or WORKED_AT whose organisation, as written before
// the title, follows another organisation's name directly and has no kind ending of its own:
// a WORKED_AT at the organisation before it. The department is then no entity to propose,
// unless another fact still names it.
func departmentPosts(d *doc, es *entitySet, ps []Proposal) {
	if d.lang == "en" {
		return
	}
	var units []string
	defer func() { es.forgetUnreferenced(units, ps) }()
	for i, p := range ps {
		r := p.Relationship
		if r == nil || (r.Type != "LEADS" && r.Type != "WORKED_AT") || r.To.EntityID != "" || hasKindSuffix(r.To.Name) {
			continue
		}
		name := []rune(r.To.Name)
		k := lastIndexBefore(d.runes, name, p.Start, cueAt(d, p)+len([]rune(p.Trigger)))
		if k <= 0 {
			continue
		}
		for _, m := range es.mentions {
			if m.end == k && m.kind == kg.KindOrganization && m.key != r.To.EntityKey {
				q := *r
				q.Type, q.To, q.Role = "WORKED_AT", m.end_(), ""
				ps[i].Relationship = &q
				units = append(units, r.To.EntityKey)
				break
			}
		}
	}
}

// possessedPeople rewrites a Chinese fact whose person is written as whose someone else is
// (由甲的博士生乙創辦, 甲的兒子乙出任): the fact is the person named after 的 and the noun.
func possessedPeople(d *doc, es *entitySet, ps []Proposal) {
	if d.lang == "en" {
		return
	}
	for i, p := range ps {
		r := p.Relationship
		if r == nil || es.kindOfEnd(r.From) != kg.KindPerson {
			continue
		}
		name := []rune(r.From.Name)
		k := lastIndexBefore(d.runes, name, p.Start, cueAt(d, p)+len([]rune(p.Trigger)))
		if k < 0 || at(d.folded, k+len(name)) != '的' {
			continue
		}
		after := k + len(name) + 1
		for _, m := range es.mentions {
			if m.kind == kg.KindPerson && m.start > after && m.start-after <= 4 && m.key != r.From.EntityKey &&
				!containsAnyRune(d.folded[after:m.start], "，。；、,;") {
				q := *r
				q.From = m.end_()
				ps[i].Relationship = &q
				break
			}
		}
	}
}

func containsAnyRune(r []rune, set string) bool {
	for _, c := range r {
		if strings.ContainsRune(set, c) {
			return true
		}
	}
	return false
}

// forgetUnreferenced drops the entity candidates keyed by keys that no relationship of ps names.
func (es *entitySet) forgetUnreferenced(keys []string, ps []Proposal) {
	for _, k := range keys {
		if k == "" || es.candidates[k] == nil || referenced(k, ps) {
			continue
		}
		delete(es.candidates, k)
		es.order = slices.DeleteFunc(es.order, func(o string) bool { return o == k })
	}
}

func referenced(key string, ps []Proposal) bool {
	for _, p := range ps {
		if r := p.Relationship; r != nil && (r.From.EntityKey == key || r.To.EntityKey == key) {
			return true
		}
	}
	return false
}
