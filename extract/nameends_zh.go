package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// zhAbstractEnds are nouns for a field, a line of business, a list or a state of mind: a
// candidate that ends in one (在熱管理領域與甲合作, 入選專精特新名單, 對前景有信心) names a topic,
// never an organisation, whatever finder proposed it. No company, body or place takes one
// as its last word; a legal ending after it (甲解決方案有限公司) makes it a name again.
var zhAbstractEnds = []string{"领域", "行业", "方面", "赛道", "业务", "名单", "信心", "前景", "趋势", "需求", "问题",
	"能力", "水平", "规模", "方向", "产品", "方案", "模式",
	"机会",       // 探討共同投資機會
	"交易", "融资", // 交易完成後, 本輪融資: the deal, not a party
	"港股", "美股"} // 筹备港股上市: the market a company lists on (科创板, a board, is named)

// abstractNounName returns where a candidate f[start:end] that ends in one of zhAbstractEnds
// keeps a name: the part before the noun when that ends as a company's name does
// (甲科技熱管理業務 → 甲科技), else start (no name at all). ok is false when the candidate
// does not end in such a noun.
// An industry descriptor (新加坡主權基金, 德國汽車零部件供應商) ends no name either: it describes
// the name after it, which another finder may have taken alone (a known fund, a Latin name).
func abstractNounName(f []rune, start, end int) (cut int, ok bool) {
	for _, list := range [][]string{zhAbstractEnds, zhIndustryDescriptors} {
		for _, w := range list {
			if n := len([]rune(w)); end-start >= n && hasSuffixAt(f, end, w) {
				if e := end - n; e-start >= 2 && endsWithOrgSuffix(string(f[start:e])) {
					return e, true
				}
				return start, true
			}
		}
	}
	return end, false
}

// zhAbstractOpeners open a clause about a state or a figure, never a name: 有信心, 有意 (the
// company "has confidence", "intends"), 數量快速增長 and 估值超過 (a figure of the group or the
// company named before them), 籌備上市 (a plan), 等方面 (the end of a list), 本次發行 (this
// deal), 有助於 and 不排除 (a judgement).
var zhAbstractOpeners = []string{"有信心", "有意", "有能力", "有机会", "有条件",
	"数量", "数目", "总数", "比例", "占比", "比重", "营收", "收入", "利润", "估值", "股价", "市值", "业绩", "销量", "产值",
	"筹备", "准备", "冲刺", "寻求",
	"探讨", "商讨", "洽谈",
	"等", "有助", "本次", "此次", "是次", "今次", "询问", "不排除"} // 簽訂合作框架，探討共同投資機會: talks, no party

// opensAbstract reports whether name opens with one of zhAbstractOpeners.
func opensAbstract(name string) bool {
	for _, w := range zhAbstractOpeners {
		if strings.HasPrefix(name, w) {
			return true
		}
	}
	return false
}

// zhFieldNouns follow a field, never a name: 香港金融科技行業, 人工智能領域, 儲能賽道.
var zhFieldNouns = []string{"行业", "领域", "赛道", "板块", "产业链"}

// fieldBefore reports whether a field noun follows the candidate ending at end: the
// candidate is the field (香港金融科技 in 香港金融科技行業發展迅速), not a company.
func fieldBefore(f []rune, end int) bool {
	return wordAt(f, end, zhFieldNouns)
}

// zhSuffixNouns are the nouns a suffix word opens instead of ending a name: 控股 before 子公司,
// 股東 or 權 says "controlling" (成為甲控股子公司), 證券 before 部 or 事務 names a company's
// securities office (甲證券部人士回應): the name is the run before the suffix.
var zhSuffixNouns = map[string][]string{"控股": {"子公司", "股东", "权"}, "证券": {"部", "事务"}}

// suffixOpensNoun reports whether the suffix suf that ends at end opens one of zhSuffixNouns.
func suffixOpensNoun(f []rune, suf string, end int) bool {
	return wordAt(f, end, zhSuffixNouns[suf])
}

// suffixAfterBrand reports whether the generic word f[a:b] before a 及 or 與 is a kind suffix
// that ends a brand's name (星河科技與人工智能公司OpenAI: 科技 ends 星河科技), so the conjunction
// joins two names, not two fields of one (創新及科技基金).
func suffixAfterBrand(f []rune, a, b int) bool {
	if a < 2 || !isHan(f[a-1]) || zhStopRunes[f[a-1]] {
		return false
	}
	w := string(f[a:b])
	for _, s := range zhSuffixes {
		if s.s == w && s.kind == kg.KindOrganization {
			return true
		}
	}
	return false
}

// zhDealVerbs open a verb phrase when an adverb stands before them (曾投資手術機械人企業甲,
// 已收購乙科技): the run after the verb is its object, a name only if it is one alone.
var zhDealVerbs = []string{"投资", "收购", "入股", "参股", "注资", "孵化", "领投", "跟投"}

// afterDealVerb returns where a candidate f[start:end] starts once a deal verb that opens it
// after an adverb (曾 已 將 擬 …) is cut off, and false when what is left names no one (a
// generic object: 手術機械人) and the candidate should be dropped.
func afterDealVerb(f []rune, start, end int) (int, bool) {
	if start == 0 || !strings.ContainsRune("曾已将拟还亦也并再均正", f[start-1]) {
		return start, true
	}
	for _, v := range zhDealVerbs {
		if n := len([]rune(v)); hasPrefixAt(f, start, v) && end-start > n {
			rest := string(f[start+n : end])
			if len([]rune(rest)) >= 2 && hasKindSuffix(rest) && !allGeneric(strings.TrimSuffix(rest, kindSuffixOf(rest))) {
				return start + n, true
			}
			return start, false
		}
	}
	return start, true
}
