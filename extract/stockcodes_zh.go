package extract

import (
	"regexp"

	"github.com/hkgraph/hkgraph/kg"
)

// A Hong Kong stock code in brackets after a company's name says where it is listed:
// 寶恒集團（股份代號：1839）, 睿醫智能控股（2617）, 智行微电子(02718.HK). Four or five digits are
// a Hong Kong code (the mainland's have six).

// zhStockCode matches the bracket after the name.
var zhStockCode = regexp.MustCompile(`(?i)^[（(](股份代号|股票代码|股份代码|港股代码|代号)?[:：]?\s?([0-9]{4,5})(\.hk)?[）)]`)

// stockCodeFacts makes a company followed by a Hong Kong stock code LISTED_ON the exchange
// (listedOnExchange maps Hong Kong, the place, to the exchange the index knows).
func stockCodeFacts(d *doc, es *entitySet, have []Proposal) []Proposal {
	if d.lang == "en" {
		return nil
	}
	seen := proposedFacts(have)
	var out []Proposal
	for _, m := range es.mentions {
		if m.kind != kg.KindOrganization || m.media {
			continue
		}
		after := string(d.folded[m.end:min(len(d.folded), m.end+20)])
		g := zhStockCode.FindStringSubmatchIndex(after)
		if g == nil || g[2] < 0 && g[6] < 0 && yearLike(after[g[4]:g[5]]) {
			continue // 星河科技（2019）: a year, not a code, when nothing says it is one
		}
		e := m.end + len([]rune(after[:g[1]]))
		hk := mention{start: m.end, end: e, name: "港", id: "hong-kong", kind: kg.KindPlace}
		out = seen.addNew(out, relAt(d, span{m.start, e}, string(d.runes[m.end:e]), 0.55, &RelationshipProposal{Type: "LISTED_ON", From: m.end_(), To: hk.end_()}))
	}
	return out
}

// yearLike reports whether a four-digit number reads as a year (1900–2099).
func yearLike(n string) bool {
	return len(n) == 4 && (n[:2] == "19" || n[:2] == "20")
}
