package extract

import "strings"

// Quoted names that the words before them make companies: an item of a list opened by 包括 or
// 如 (入選企業包括「聲匯AI」、「綠芯」及「數匠」), the partner after 與 when a verb of a pair
// follows (港投公司與「藍橋」簽署合作備忘錄), and the object of a buyer's or an investor's verb
// (收購「凍運通」, 注資「匯立通」).

// zhListOpenWords open a list of names: 包括甲、乙及丙; 如甲、乙.
var zhListOpenWords = []string{"包括", "包含", "例如", "如", "分别为", "分别是"}

// zhObjectVerbs take a company as their object.
var zhObjectVerbs = []string{"收购", "入股", "注资", "领投", "投资了", "控股", "分拆", "孵化"}

// zhSigningVerbs follow the partner of a deal: 與「藍橋」簽署, 和「乙」達成.
var zhSigningVerbs = []string{"签署", "签订", "签约", "达成", "合作", "携手", "联合", "共同"}

// zhPartnerPreps join a partner before a verb of a pair.
var zhPartnerPreps = []string{"与", "和", "同", "联同", "伙拍", "夥拍"}

// quotedItemOrObject reports whether the quoted plain name m is a company by the words before it.
func quotedItemOrObject(d *doc, m mention) bool {
	f := d.folded
	if !plainName(f[m.start:m.end]) || allGeneric(string(f[m.start:m.end])) || m.end-m.start > 8 || m.start < 2 {
		return false
	}
	q := m.start - 1 // the opening quote
	if endsWithAny(f, q, zhObjectVerbs) {
		return true
	}
	if w := wordEndingAt(f, q, zhPartnerPreps); w != "" && q-len([]rune(w)) > 0 && !strings.ContainsRune("」”』", f[q-len([]rune(w))-1]) &&
		m.end+1 < len(f) && wordAt(f, m.end+1, zhSigningVerbs) {
		return true // two quoted names joined so are quotedPair's to read
	}
	return quotedListItem(d, q, 4)
}

// quotedListItem reports whether the quote opening at q is an item of a list of quoted names that
// a list word opens: the item before it is quoted too, joined by 、/及/和/与 (depth bounds the walk).
func quotedListItem(d *doc, q, depth int) bool {
	f := d.folded
	if w := wordEndingAt(f, q, zhListOpenWords); w != "" {
		return companiesListed(f, q-len([]rune(w)))
	}
	if depth == 0 || q < 2 || !strings.ContainsRune("、及和与", f[q-1]) || !strings.ContainsRune("」”』", f[q-2]) {
		return false
	}
	for o := q - 3; o >= 0 && o >= q-14; o-- {
		if strings.ContainsRune("「“『", f[o]) {
			p, ok := quotedAt(d, o)
			return ok && p.end == q-2 && plainName(f[p.start:p.end]) && quotedListItem(d, o, depth-1)
		}
	}
	return false
}

// zhCompanyGroups name a group of companies that a list spells out (入選企業包括…, 首批進駐的初創包括…).
var zhCompanyGroups = []string{"企业", "公司", "初创", "机构", "成员", "会员", "客户", "伙伴", "投资者", "投资方", "股东", "得奖者", "得主",
	"品牌", "单位", "团队", "厂商", "租户", "参展商", "院校", "大学"}

// companiesListed reports whether a group of companies is named right before the list word at l.
func companiesListed(f []rune, l int) bool { return endsWithAny(f, l, zhCompanyGroups) }

// wordEndingAt returns the first of words that ends at i of f ("" for none).
func wordEndingAt(f []rune, i int, words []string) string {
	for _, w := range words {
		if hasSuffixAt(f, i, w) {
			return w
		}
	}
	return ""
}
