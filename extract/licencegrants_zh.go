package extract

import (
	"regexp"

	"github.com/hkgraph/hkgraph/kg"
)

// 證監會昨日宣布，向「甲」批出第1類及第7類受規管活動牌照; 金管局向乙發出儲值支付工具牌照: a
// regulator that grants a licence or a qualification to a company recognises it (RECOGNIZED_BY),
// the licensee named after 向, the regulator the clause's subject. The licence noun must close
// the grant: 向甲批出資助 (a grant of money) is funding, not recognition.

// zhLicenceGrantRe is 向, the licensee, the verb of granting and a licence noun within the clause.
var zhLicenceGrantRe = regexp.MustCompile(`向([^。，；]{2,30}?)(?:批出|发出|颁发|授予|发放)[^。；]{0,40}?(?:牌照|执照|许可证|资格|牌)`)

// licenceGrantFacts proposes LICENSEE RECOGNIZED_BY REGULATOR for each such grant.
func licenceGrantFacts(d *doc, es *entitySet) []Proposal {
	if d.lang == "en" {
		return nil
	}
	var out []Proposal
	for si, s := range d.sents {
		text := string(d.folded[s.start:s.end])
		loc := zhLicenceGrantRe.FindStringSubmatchIndex(text)
		if loc == nil {
			continue
		}
		at := s.start + len([]rune(text[:loc[0]]))
		ls, le := s.start+len([]rune(text[:loc[2]])), s.start+len([]rune(text[:loc[3]]))
		end := s.start + len([]rune(text[:loc[1]]))
		ms := es.sentenceMentions(s)
		var licensee *mention
		for i := range ms {
			if ms[i].start >= ls && ms[i].end <= le+1 && ms[i].kind == kg.KindOrganization {
				licensee = &ms[i]
				break
			}
		}
		if licensee == nil {
			continue
		}
		org := func(m mention) bool { return m.kind == kg.KindOrganization && !sameEntity(m, *licensee) }
		regulator, ok := firstSubject(d, span{s.start, at}, ms, org)
		if !ok || regulator.end > at {
			continue
		}
		sp := citeSpan(d, si, false, regulator.start, end)
		out = append(out, relAt(d, sp, string(d.runes[at:end]), 0.5,
			&RelationshipProposal{Type: "RECOGNIZED_BY", From: licensee.end_(), To: regulator.end_()}))
	}
	return out
}
