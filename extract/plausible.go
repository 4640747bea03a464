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
		return (to == universityBody || to == govBody) && strings.Contains(strings.ToLower(r.Role), "founder") ||
			to == universityBody && companyPost(r.Role) // 董事长一职由苏敏接任 after a sentence on her 浙江大学 degree: the company's chair
	case "LOCATED_IN":
		return ownGrounds(r.From.Name, r.To.Name) || delegationName(r.From.Name) // a group on a trip has no premises (delegations.go)
	case "SUBSIDIARY_OF":
		return from == exchangeBody && to != exchangeBody // 乙旗下、在港交所上市的丙: 丙 is 乙's, the exchange is no one's
	case "TARGETS_MARKET":
		return from == govBody || publicBody(r.From.Name) // a bureau, a council or a university named before the company's plan enters no market
	}
	return false
}

// companyPosts are posts a company has and a university does not (it has a president, a
// 校长, a council chairman): a university as their body is the nearest name, not the employer.
var companyPosts = []string{"ceo", "cfo", "cto", "coo", "chief executive", "chief financial", "chief technology",
	"chief operating", "managing director", "general manager", "chairman", "董事长", "董事長", "总经理", "總經理", "总裁", "總裁", "首席"}

func companyPost(role string) bool {
	r := strings.ToLower(role)
	for _, p := range companyPosts {
		if strings.Contains(r, p) {
			return true
		}
	}
	return false
}

// dropImplausible removes the relationships implausibleEnds, backgroundedPartners,
// otherSubjectBetween, approvalNotInvestment (approvals_zh.go), borrowedOnHeadedLine
// (labeledlines_zh.go), formerEmployerSubject or partnerAsSubject (formeremployers_zh.go)
// companyWordForPublicBody (companywords_zh.go) or foundedByItsPeople (peoplenouns_zh.go) rejects.
func dropImplausible(d *doc, es *entitySet, ps []Proposal) []Proposal {
	out := ps[:0]
	for _, p := range ps {
		if r := p.Relationship; r != nil && implausibleEnds(es, r) || backgroundedPartners(d, p) || otherSubjectBetween(d, es, p) ||
			approvalNotInvestment(d, p) || borrowedOnHeadedLine(d, p) || formerEmployerSubject(d, p) ||
			partnerAsSubject(d, p) || companyWordForPublicBody(d, p) || foundedByItsPeople(d, p) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// zhFundingVerbs after 由甲 say that 甲 pays for the programme or fund (计划由政府拨款十亿元,
// 母基金由甲出资60亿元): 甲 funds it; the bare 由 of OPERATES read 甲 as its operator.
var zhFundingVerbs = []string{"出资", "拨款", "资助", "注资", "全资"}

// fundedByNotRun retypes OPERATES facts cued by a bare 由 whose operator is followed by a
// verb of paying: FUNDS.
func fundedByNotRun(d *doc, ps []Proposal) {
	for i, p := range ps {
		r := p.Relationship
		if r == nil || r.Type != "OPERATES" || p.Trigger != "由" || d.lang == "en" {
			continue
		}
		name := []rune(r.From.Name)
		at := cueAt(d, p) + 1
		k := lastIndexBefore(d.runes, name, at, min(len(d.runes), at+len(name)+12)) // (由合肥市建设投资控股…: a name cut after the city)
		if k < 0 {
			continue
		}
		e := k + len(name)
		for e < len(d.folded) && (d.folded[e] == '（' || d.folded[e] == '(') {
			for e < len(d.folded) && d.folded[e] != '）' && d.folded[e] != ')' {
				e++ // 由甲（以下简称“乙”）出资: the defined short form
			}
			e++
		}
		if wordAt(d.folded, e, zhFundingVerbs) {
			q := *r
			q.Type = "FUNDS"
			ps[i].Relationship = &q
		}
	}
}

// lastIndexBefore is the start of the last whole copy of w in r[lo:hi], or -1.
func lastIndexBefore(r, w []rune, lo, hi int) int {
	for k := hi - len(w); k >= lo; k-- {
		if string(r[k:k+len(w)]) == string(w) {
			return k
		}
	}
	return -1
}

// zhCoHostVerbs cue both ORGANIZED and PARTNERED_WITH (甲与乙合办丙).
var zhCoHostVerbs = []string{"联合主办", "共同主办", "合办", "共同举办", "联合举办"}

// backgroundedPartners reports whether a partnership cued by co-hosting stands in a relative
// clause 由甲与乙联合主办的丙: the sentence tells of 丙 (who entered it, where it was held), and
// the hosts' partnership is no fact it states; the two ORGANIZED facts stay.
func backgroundedPartners(d *doc, p Proposal) bool {
	r := p.Relationship
	if r == nil || r.Type != "PARTNERED_WITH" || d.lang == "en" || !contains(zhCoHostVerbs, textnormFold(p.Trigger)) {
		return false
	}
	at := cueAt(d, p)
	end := at + len([]rune(p.Trigger))
	if at2(d.folded, end) != '的' {
		return false
	}
	for k := at - 1; k >= zhClauseStart(d, at); k-- {
		if d.folded[k] == '由' {
			return true
		}
	}
	return false
}

// groupMembersAreUnits retypes MEMBER_OF between two organisations when the body is a group
// of companies ("X is a member of the Harbour Meridian Group", 甲为乙集团成员): a company in a
// group is the group's, not a member of an association.
func groupMembersAreUnits(es *entitySet, ps []Proposal) {
	for i, p := range ps {
		r := p.Relationship
		if r == nil || r.Type != "MEMBER_OF" || es.kindOfEnd(r.From) != kg.KindOrganization {
			continue
		}
		if n := textnormFold(r.To.Name); strings.HasSuffix(n, " Group") || strings.HasSuffix(n, "集团") {
			q := *r
			q.Type = "SUBSIDIARY_OF"
			ps[i].Relationship = &q
		}
	}
}

// ownGrounds reports whether a place or programme is named after the body said to be in it (Cyberport in the
// Cyberport campus, 数码港在数码港园区): the grounds are the body's own, no location the text gives.
func ownGrounds(body, place string) bool {
	b, p := strings.ToLower(textnormFold(body)), strings.ToLower(textnormFold(place))
	return len([]rune(b)) >= 2 && len(p) > len(b) && strings.HasPrefix(p, b)
}

// ownProgrammesAreRun retypes PARTICIPATED_IN of a body in a programme named after it
// (Cyberport in the Cyberport Incubation Programme, 數碼港在「數碼港加速器計劃」): the body runs
// its programme, OPERATES; the nearest name was taken for the participants the text counts.
func ownProgrammesAreRun(ps []Proposal) {
	for i, p := range ps {
		if r := p.Relationship; r != nil && r.Type == "PARTICIPATED_IN" && ownGrounds(r.From.Name, r.To.Name) {
			q := *r
			q.Type = "OPERATES"
			ps[i].Relationship = &q
		}
	}
}
