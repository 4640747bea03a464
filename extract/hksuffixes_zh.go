package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// Kind suffixes that Hong Kong business news gives its companies' names and that the
// general list lacked: trusts (嶺南信託), family offices (恒嶺家族辦公室), healthcare and
// biotech start-ups (澄析醫療, 康準生物), and office buildings (太古廣場, 中環中心大廈).
func init() {
	zhSuffixes = sortedByLength(append(zhSuffixes, suffix{"信托", kg.KindOrganization},
		suffix{"家族办公室", kg.KindOrganization}, suffix{"医疗", kg.KindOrganization}, suffix{"生物", kg.KindOrganization},
		// 太古廣場, 環球貿易廣場, 中環中心大廈: the buildings offices are in.
		suffix{"广场", kg.KindFacility}, suffix{"大厦", kg.KindFacility}, suffix{"环保园", kg.KindFacility},
		// 香港中華廠商聯合會; 加州大學伯克利分校; 南沙生物醫藥產業促進會.
		suffix{"联合会", kg.KindOrganization}, suffix{"分校", kg.KindOrganization}, suffix{"促进会", kg.KindOrganization}))
}

// wordSuffixes are suffixes that are also the first word of common compounds (醫療器械,
// 生物醫學系, 年輕的醫療團隊): they end a name only where the name visibly ends.
var wordSuffixes = map[string]bool{"医疗": true, "生物": true}

// wordSuffixEndsName reports whether the word suffix ending at end closes the name f[start:end]:
// no 的 inside, and a break, a particle, a stop word or a company's verb right after.
func wordSuffixEndsName(f []rune, start, end int) bool {
	if strings.ContainsRune(string(f[start:end]), '的') {
		return false
	}
	if end >= len(f) || !isHan(f[end]) || zhStopRunes[f[end]] || wordAt(f, end, zhStopWords) || wordAt(f, end, zhCompanyDoes) {
		return true
	}
	return wordAt(f, end, []string{"创办", "创立", "成立", "是", "为", "则", "亦", "已", "将", "正", "近", "首", "现", "去", "今", "昨", "上", "本", "早", "计划", "宣布", "表示",
		"扎根", "入驻", "位于", "设于", "坐落", "注册于"}) // where the company is: 康準生物扎根沙田
}

func init() {
	// 家族辦公室恒嶺家族辦公室: the class noun before a family office's name is no part of it.
	zhLeadStrip = append(zhLeadStrip, "家族办公室")
	// 於2019年創立栢盈醫療: a founding verb ends the walk left from a suffix.
	zhStopWords = append(zhStopWords, "创立", "创办")
}

func init() {
	// 紅杉中國投資人沈嘉禾: a firm's investment professional works there.
	moreWorkTitles["投资人"], moreWorkTitles["投资经理"] = true, true
}

// zhPhraseWords are nouns of what a place offers, not of who is there: a run after 香港的 that
// holds one (資本市場配套, 人才優勢) is a phrase, not a company's name.
var zhPhraseWords = []string{"市场", "行业", "产业", "政策", "环境", "配套", "优势", "经济", "人才", "生态", "前景", "需求", "资源", "制度"}

// phraseWordIn reports whether one of zhPhraseWords occurs in f.
func phraseWordIn(f []rune) bool {
	s := string(f)
	for _, w := range zhPhraseWords {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

func init() {
	// 在浸大取得中醫藥博士學位: 取得 ends the walk left from a suffix.
	zhStopWords = append(zhStopWords, "取得")
}

// bareSuffix reports whether s is a kind suffix alone (聯合會, 公司): no name is left.
func bareSuffix(s string) bool {
	for _, x := range zhSuffixes {
		if s == x.s {
			return true
		}
	}
	return false
}

func init() {
	// 成立聯合實驗室, 推動兩地初創互相落戶: 聯合 before a suffix names no one, and an adverb after a
	// descriptor is no name.
	for _, w := range []string{"联合", "互相", "相互", "共同", "一同", "陆续", "纷纷", "相继"} {
		zhGeneric[w] = true
	}
}

// afterCopulaXi returns where a name found by its suffix at i starts when the formal copula 系
// ("is") stands inside the walk after a complete name (星瀾科技系遠山集團旗下公司: 遠山集團;
// 星途智能系瑞豐控股有限公司的全資子公司: a brand without a kind word is a name too) or opens
// it after a break (…有限公司，系香港甲資本管理有限公司的全資子公司). 系統 and 系列 are words,
// 體系 關係 派系 … compounds, and a department's 學系 or 工程系 (a university's) its suffix.
func afterCopulaXi(f []rune, start, i int) int {
	for k := i - 1; k >= start; k-- {
		if f[k] != '系' || strings.ContainsRune("统列", at2(f, k+1)) || i-k-1 < 2 {
			continue
		}
		if k == start {
			if zhBoundary(f, k) {
				return k + 1
			}
			continue
		}
		if hasKindSuffix(string(f[start:k])) || xiAfterBrand(f, start, k) {
			return k + 1
		}
	}
	return start
}

// xiAfterBrand reports whether the 系 at k follows a brand of two Han runes or more that no
// compound (体系, 关系, 星系) or department (工程系, 大学物理系) claims.
func xiAfterBrand(f []rune, start, k int) bool {
	if k-start < 2 || !isHanString(string(f[start:k])) || strings.ContainsRune("体关派联维直嫡旁星河水语父母谱世院干学程", f[k-1]) {
		return false
	}
	before := string(f[start:k])
	return !strings.Contains(before, "大学") && !strings.Contains(before, "学院")
}

// zhInvestmentKinds stand before 投資 the noun, not the suffix of a name (獲遠山資本策略性投資).
var zhInvestmentKinds = []string{"策略性", "战略", "股权", "财务", "少数股权", "追加", "新一轮", "首轮"}

// zhBankingLines name a bank's line of business, which a division (部) is named after: 投資銀行部,
// 私人銀行部.
var zhBankingLines = []string{"投资", "私人", "零售", "企业", "商业", "环球", "个人", "交易"}

// bankBeforeDivision returns where the employer's name ends when the 銀行 found at i..end is a
// banking division's (高盛投資銀行部): the run before the line of business, two runes or more.
func bankBeforeDivision(f []rune, start, i, end int, suf string) (int, bool) {
	if suf != "银行" || at2(f, end) != '部' {
		return 0, false
	}
	w := wordEndingAt(f, i, zhBankingLines)
	if e := i - len([]rune(w)); w != "" && e-start >= 2 {
		return e, true
	}
	return 0, false
}
