package extract

import (
	"regexp"
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// "The start-up now writes more than 1.2 million policies a year in Hong Kong, Singapore and
// Malaysia", "Nimbus sells its drones in Japan and Korea", "X Fund, a US$100 million fund that
// will invest in early-stage companies in Southeast Asia": a business or investing verb, its
// object, and "in"/"across" a list of places name markets (TARGETS_MARKET). The subject is the
// fund a relative clause describes, else the company the sentence opens with, or the one a
// pronoun opening refers back to. Past
// participles that also modify nouns ("distributed solar", "delivered goods") are left out.

var enMarketVerbRe = regexp.MustCompile(`\b(invest|invests|back|backs|targets|sell|sells|sold|selling|writes|wrote|ships|distributes|markets|offers|serves|served|processes|handles|delivers|insures|issues|deploys|licenses|exports|supplies|operates|runs)\b(?: (?:[^,;:.()"“”]|\.[0-9]){0,60}?)? (?:in|across|throughout) (?:the )?$`)

// marketVerbFacts proposes COMPANY TARGETS_MARKET PLACE for each place of the list after such
// a verb phrase.
func marketVerbFacts(d *doc, es *entitySet) []Proposal {
	var out []Proposal
	for si, ms := range englishSentences(d, es, 0) {
		s := d.sents[si]
		for k, p := range ms {
			if p.kind != kg.KindPlace || k > 0 && ms[k-1].kind == kg.KindPlace && listGap(string(d.folded[ms[k-1].end:p.start])) {
				continue // the list's first place opens it
			}
			head := string(d.folded[max(s.start, p.start-90):p.start])
			v := enMarketVerbRe.FindStringSubmatch(head)
			if v == nil {
				v = enOverseeRe.FindStringSubmatch(head)
			}
			if v == nil {
				v = enMostlyInRe.FindStringSubmatch(head)
			}
			if v == nil || premisesObject(v[0]) || enOperatesAsRe.MatchString(v[0]) {
				continue // "operates a research lab in Tseung Kwan O", "operates as a subsidiary in Rotterdam": where it is, not where it sells
			}
			org, prev, ok := relativeFundBefore(d, ms, p.start)
			if !ok && relativeVerb(head, v[0]) {
				continue // "X, a Dutch developer, which now operates … in Rotterdam": the clause is X's, not the sentence's subject's
			}
			if !ok {
				org, prev, ok = sentenceCompany(d, es, si, ms)
			}
			if !ok || org.start > p.start || enInvestingVerbs[v[1]] && org.kind != kg.KindFund {
				continue // an investor that backs start-ups in Vietnam has no market there; a fund does
			}
			places := []mention{p}
			for j := k + 1; j < len(ms) && ms[j].kind == kg.KindPlace && listGap(string(d.folded[ms[j-1].end:ms[j].start])); j++ {
				places = append(places, ms[j])
			}
			for _, x := range places {
				sp := citeSpan(d, si, prev, min(org.start, p.start), x.end)
				out = append(out, relAt(d, sp, "in", 0.5, &RelationshipProposal{Type: "TARGETS_MARKET", From: org.end_(), To: x.end_()}))
			}
		}
	}
	return out
}

// enOverseeRe: a unit that oversees or manages sales or operations in places ("It will oversee
// sales in Southeast Asia", "will manage the group's sales in Southeast Asia and Europe").
var enOverseeRe = regexp.MustCompile(`\b(oversee|oversees|manage|manages|handle|handles|lead|leads|run|cover|covers) (?:the (?:group|company)['’]s |its |their )?(?:[a-z-]+ )?(?:sales|operations|business|businesses|distribution|expansion) (?:in|across|throughout) (?:the )?$`)

// enOperatesAsRe: "operates as a wholly owned subsidiary in Rotterdam" says what a company is
// and where, not where it sells.
var enOperatesAsRe = regexp.MustCompile(`^(?:operates|runs) as\b`)

// enMostlyInRe: the customers or users a company counts, then where most of them are ("more
// than 120,000 people have used the app, mostly in Hong Kong and Singapore", "1,400 exporters,
// most of them in Hong Kong and the Pearl River Delta"): markets. (Staff "mostly in Shenzhen" are
// not customers; nor are "70 people, mostly in Kwun Tong" unless they use what it sells.)
var enMostlyInRe = regexp.MustCompile(`\b(customers|clients|users|people (?:who )?(?:have |has )?used?|consumers|exporters|importers|merchants|retailers|buyers|shoppers|patients|hospitals|clinics|schools|businesses|smes|drivers|riders|subscribers|policyholders|growers|farmers)\b(?: [^,;:.()"“”]{0,40}?)?,? (?:mostly|mainly|most of them|primarily|largely|chiefly) (?:in|across) (?:the )?$`)

// enInvestingVerbs give a market to a fund only.
var enInvestingVerbs = wordSet(`invest invests back backs targets`)

// enRelativeAfterFundRe is what stands between a fund's name and its verb in "X Fund, a US$100
// million fund that will invest in …": an apposition and a relative pronoun.
var enRelativeAfterFundRe = regexp.MustCompile(`^, (?:a|an|the) [^,;()]{0,50}\b(?:that|which) `)

// enRelativeAfterNameRe: "Pacific Freight, which operates warehouses in …": the clause's
// subject is the name right before ", which".
var enRelativeAfterNameRe = regexp.MustCompile(`^, (?:which|that) (?:also |now |currently |already )?`)

// enRelativeOpenerRe ends the text before a verb that a relative pronoun governs.
var enRelativeOpenerRe = regexp.MustCompile(`,? (?:which|that|who) (?:also |now |currently |already |still )?$`)

// relativeVerb reports whether the verb phrase v that ends head stands in a relative clause
// (", which now operates"): its subject is the name the clause follows, whoever opens the sentence.
func relativeVerb(head, v string) bool {
	return enRelativeOpenerRe.MatchString(strings.TrimSuffix(head, v))
}

// relativeFundBefore is the fund a relative clause before i describes ("X Fund, a … fund that
// will invest"), or the company or fund right before ", which" when the clause holds the verb.
func relativeFundBefore(d *doc, ms []mention, i int) (mention, bool, bool) {
	for k := len(ms) - 1; k >= 0; k-- {
		m := ms[k]
		if m.end > i || m.kind != kg.KindFund && m.kind != kg.KindOrganization {
			continue
		}
		g := string(d.folded[m.end:i])
		if enRelativeAfterNameRe.MatchString(g) && !strings.ContainsAny(g[2:], ",;") {
			return m, false, true
		}
		if m.kind == kg.KindFund && enRelativeAfterFundRe.MatchString(g) {
			return m, false, true
		}
	}
	return mention{}, false, false
}
