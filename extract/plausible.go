package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// Which kind of organisation an end is, beyond its kg.Kind: a government body, a university
// or an exchange each play only some parts in a fact (the annotated texts give no round a
// university or a bureau as its investee, and no programme a bureau as its grantee).
type orgRole int

const (
	plainOrg orgRole = iota
	govBody
	universityBody
	exchangeBody
)

func roleOfEnd(e End) orgRole {
	switch {
	case e.EntityID == "hkex" || e.EntityID == "sehk" || exchange(mention{name: e.Name, id: e.EntityID}) && !university(e.Name):
		return exchangeBody
	case governmentBody(e.Name):
		return govBody
	case university(e.Name):
		return universityBody
	}
	return plainOrg
}

// kindOfEnd is the kind the text gave an end (its candidate's, or the known entity's).
func (es *entitySet) kindOfEnd(e End) kg.Kind {
	if e.EntityID != "" {
		return es.knownKind[e.EntityID]
	}
	if c := es.candidates[e.EntityKey]; c != nil {
		return c.kind
	}
	return ""
}

// implausibleEnds reports whether a fact casts an end in a part its kind of body does not
// play: the nearest name was taken for the end the clause meant (一所大學的初創獲乙領投:
// the start-up raised the round, not the university; 創新科技署公布，「甲計劃」…獲批資助:
// the bureau announces the grants it does not receive; 與浸大教授乙共同創辦公司: the company
// was founded, not the university).
func implausibleEnds(es *entitySet, r *RelationshipProposal) bool {
	from, to := roleOfEnd(r.From), roleOfEnd(r.To)
	switch r.Type {
	case "INVESTED_IN":
		return to != plainOrg || from == exchangeBody
	case "FUNDS":
		return to == govBody && es.kindOfEnd(r.From) == kg.KindProgramme
	case "LEADS":
		return (to == universityBody || to == govBody) && strings.Contains(strings.ToLower(r.Role), "founder")
	case "SUBSIDIARY_OF":
		return from == exchangeBody && to != exchangeBody // 乙旗下、在港交所上市的丙: 丙 is 乙's, the exchange is no one's
	}
	return false
}

// dropImplausible removes the relationships implausibleEnds rejects.
func dropImplausible(es *entitySet, ps []Proposal) []Proposal {
	out := ps[:0]
	for _, p := range ps {
		if r := p.Relationship; r != nil && implausibleEnds(es, r) {
			continue
		}
		out = append(out, p)
	}
	return out
}
