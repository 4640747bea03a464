package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// zhClauseOpeners are prepositions and verbs that open an adverbial clause (随着…, 借着…, 深化…
// 合作): a run that starts with one is a clause a finder read as a name, never a name.
var zhClauseOpeners = []string{"随着", "借着", "借助", "凭借", "深化", "加强", "透过",
	"上述", "前述", "以上", // 上述计划: refers back to a programme, names none
	"来港", "赴港", "访港"} // 吸引更多企业来港: a verb of coming

// zhQuantityWords count things (大湾区有大量硬科技公司, 越来越多企业), or close the fields of
// a clause (方面): a run holding one is a clause, not a name.
var zhQuantityWords = []string{"大量", "大批", "不少", "众多", "许多", "越来越多",
	"方面"} // 双方将在机器人测试场地和人才培养方面开展合作: the fields of a clause

// zhDocumentNouns name what parties sign or draw up (签署专利作价入股协议): alone they are
// the thing signed, never a party.
var zhDocumentNouns = map[string]bool{"协议": true, "协议书": true, "备忘录": true, "合作备忘录": true, "合同": true,
	"框架协议": true, "方案": true, "名单": true, "榜单": true, "清单": true, "名录": true}

// zhYearWords count the years of a plan (子公司首年计划招聘…): no name.
var zhYearWords = map[string]bool{"首年": true, "首季": true, "次年": true, "翌年": true}

// timeInside reports whether a relative date stands inside a name after its first runes
// (南科大去年共完成…: a clause, its subject and its date run together).
func timeInside(n string) bool {
	r := []rune(n)
	for k := 1; k < len(r); k++ {
		if wordAt(r, k, zhTimeWords) {
			return true
		}
	}
	return false
}

// listWithPlace reports whether a name is a list closed by a place (傲驰智能及东莞 in 傲驰智能
// 及东莞的芯粤半导体): the finder ran a name, 及 and the next item's place together.
func listWithPlace(n string) bool {
	k := strings.LastIndexAny(n, "及和与")
	if k <= 0 {
		return false
	}
	_, w := firstRune(n[k:])
	tail := []rune(n[k+w:])
	return len(tail) > 0 && placesOnly(tail)
}

// nonNameEnd reports whether a fact's end is a word for a trade, a field or a clause, not a
// name (机器人 in 机器人企业与百度合作, 半导体 in 投资对象为半导体企业): a finder took part of
// a description for a body, and the fact it carries is about whoever the description was of.
// Known entities, persons and places keep their facts.
func nonNameEnd(d *doc, es *entitySet, e End, sentence string) bool {
	if enQuantifiers[e.Name] {
		return true // "Most patients…" is no MOST, the known ministry its letters spell (labels_en.go)
	}
	if e.EntityID != "" {
		return false
	}
	if k := es.kindOfEnd(e); k == kg.KindPerson || k == kg.KindPlace {
		return false
	}
	if d.lang == "en" {
		return enNonNameEnd(d, e.Name) || enTitleWordRe.MatchString(e.Name) // (labels_en.go, newssources_en.go)
	}
	c := es.candidates[e.EntityKey]
	if c == nil {
		return false
	}
	// The end as written or the entity's own name: 半导体 written for 芯粤半导体 named before
	// stands in a description (投资对象为半导体企业) where it names no one, unless the name it
	// describes follows in the sentence (本地半导体材料企业澄芯半导体的A轮融资).
	if describedLab(d, es, c) {
		return true // 共建固态电池联合实验室: a lab described, not named (genericlabs_zh.go)
	}
	if genericEnd(End{Name: c.name}) || genericEnd(e) && !strings.Contains(sentence, c.name) {
		return true // (respectively.go)
	}
	n := textnormFold(c.name)
	for _, w := range zhClauseOpeners {
		if strings.HasPrefix(n, w) {
			return true
		}
	}
	w := textnormFold(e.Name)
	if region, ok := strings.CutSuffix(n, "基金"); ok && region != "" && zhRegionWords[region] {
		return true // 明年推出同系列的東南亞基金: a fund described by the region it invests in, not named
	}
	if region, ok := strings.CutSuffix(n, "资本"); ok && region != "" && zhRegionWords[region] {
		return true // 中東資本進入內地市場: money from a region, no firm (资本 ends firms' names too)
	}
	return zhClauseName(n) || zhClauseName(w) || containsAny(n, zhQuantityWords) || listWithPlace(n) || listWithPlace(w) || zhDocumentNouns[n] ||
		zhDocumentNouns[w] || zhYearWords[n] || zhYearWords[w] || timeInside(n)
}

// dropGenericEnds removes the relationships nonNameEnd finds an end of (the quote stands for
// the sentence).
func dropGenericEnds(d *doc, es *entitySet, ps []Proposal) []Proposal {
	out := ps[:0]
	for _, p := range ps {
		if r := p.Relationship; r != nil && (nonNameEnd(d, es, r.From, p.Quote) || nonNameEnd(d, es, r.To, p.Quote) || sourceAsParty(d, r, p.Quote)) {
			continue
		}
		out = append(out, p)
	}
	return out
}
