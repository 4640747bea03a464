package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// Names of government bodies and the words that stand before a name.

func init() {
	// 引进重点企业办公室, 政府资讯科技总监办公室: an office is an organisation.
	zhSuffixes = sortedByLength(append(zhSuffixes, suffix{"办公室", kg.KindOrganization},
		// 港深创科挑战赛, 全国大学生机器人竞赛, 金融科技黑客松: contests.
		suffix{"挑战赛", kg.KindEvent}, suffix{"竞赛", kg.KindEvent}, suffix{"黑客松", kg.KindEvent}))
	// 后赴牛津大学攻读, 前往清华大学: a verb of going stands before the name.
	zhLeadStrip = append(zhLeadStrip, "赴", "前往")
	zhStopWords = append(zhStopWords, "前往", "攻读")
}

// govBodies are the suffixes of a government's bureaus and offices: a name ending in one of
// them drops the government before it (香港特区政府创新科技及工业局 → 创新科技及工业局,
// 深圳市政府金融工作局 → 金融工作局): news names the bureau, the graph holds it.
var govBodies = map[string]bool{"局": true, "署": true, "办公室": true, "委员会": true, "管理局": true}

// afterGovernment returns where the name whose suffix starts at i begins when "…政府" stands
// before it with no break: the government is dropped, and the walk left may pass over a verb
// the office's name holds (香港特区政府引进重点企业办公室 → 引进重点企业办公室). Otherwise start.
func afterGovernment(f []rune, start, i int, suf string) int {
	if !govBodies[suf] {
		return start
	}
	for j := i - 1; j >= 2 && i-j <= 14; j-- {
		c := f[j]
		if !isHan(c) || zhStopRunes[c] && !joinedPortfolio(c) {
			break
		}
		if f[j-2] == '政' && f[j-1] == '府' {
			if i-j >= 2 {
				return j
			}
			break
		}
	}
	return start
}

// hkPolicyBureauStart returns where a Hong Kong policy bureau's name starts when the city
// stands glued before it (香港創新科技及工業局副局長 → 創新科技及工業局): news and the graph
// name a policy bureau, whose name joins its portfolios with 及, without the city, while a
// statutory body (香港貿易發展局, 香港生產力促進局) keeps it. Otherwise start.
func hkPolicyBureauStart(f []rune, start, i int, suf string) int {
	if suf != "局" {
		return start
	}
	for _, p := range []string{"香港特区", "香港", "特区"} {
		if n := len([]rune(p)); hasPrefixAt(f, start, p) && start+n < i && strings.ContainsRune(string(f[start+n:i]), '及') {
			return start + n
		}
	}
	return start
}

// afterCutPlace moves a walk's start k past a listed place that the walk's limit cut in two
// (聯酋 of 阿聯酋 in 阿聯酋杜拜道路及交通管理局): the country before a foreign agency's
// name only locates it, and half of it is no word of the name.
func afterCutPlace(f []rune, k int) int {
	from := max(0, k-3)
	for _, x := range placeMatcher.FindFolded(f[from:min(len(f), k+6)]) {
		if s, e := from+x.Start, from+x.End; s < k && k < e {
			return e
		}
	}
	return k
}

// joinedPortfolio reports whether the rune before start joins two portfolios of one bureau:
// 及 (创新科技及工业局) and, in mainland names, 和 (工业和信息化局, 住房和城乡建设局).
func joinedPortfolio(c rune) bool { return c == '及' || c == '和' }

// inBureauName reports whether the name that ends at end is only the first portfolio of a
// bureau's name: 及/和 follows, then at most six runes and 局 or 署 (创新科技及工业局).
func inBureauName(f []rune, end int) bool {
	if end >= len(f) || !joinedPortfolio(f[end]) {
		return false
	}
	for j := end + 1; j < len(f) && j <= end+7; j++ {
		if f[j] == '局' || f[j] == '署' {
			return j >= end+3
		}
		if !isHan(f[j]) || zhStopRunes[f[j]] {
			return false
		}
	}
	return false
}

// portfolioJoin reports whether the 及 or 和 at k joins two portfolios of the bureau whose name
// ends at end. After 和 the bureau must end the name: in 前海金控和招商局资本 the 局 opens
// another company's name, and 和 joins two companies.
func portfolioJoin(f []rune, k, end int) bool {
	if f[k] == '及' {
		return true
	}
	if f[k] != '和' {
		return false
	}
	for _, suf := range zhSuffixes {
		if hasPrefixAt(f, end, suf.s) {
			return false
		}
	}
	return true
}

func init() {
	// The money a round raised opens a sentence about the company that raised it
	// (融资资金将用于东南亚市场的拓展, 所得资金主要用于…).
	pronouns = append(pronouns, "融资资金", "所得资金", "募集资金", "募得资金", "这笔资金", "该笔资金", "本轮资金", "新资金")
}

func init() {
	// 公司产品主要面向…: 主要 and 面向 end the run after a descriptor, and 产品 is no name.
	zhNameEnd = append(zhNameEnd, "主要", "面向")
	zhGeneric["产品"] = true
}

// zhGroupNouns end a counted group of unnamed companies (38家重点企业, 逾百间初创).
var zhGroupNouns = []string{"企业", "公司", "初创", "机构", "团队", "项目"}

// groupTypes are the facts whose subject a counted group right before the cue is.
var groupTypes = map[kg.RelType]bool{"LOCATED_IN": true, "LISTED_ON": true, "PARTICIPATED_IN": true, "SELECTED_FOR": true,
	"ATTENDED": true, "TARGETS_MARKET": true, "MEMBER_OF": true}

// countedGroupBefore reports whether a counted group of unnamed companies stands right before
// the Chinese cue at i (引进38家重点企业落户香港, 吸引逾百间初创进驻): they, not the sentence's
// named subject, do what the cue says.
func countedGroupBefore(d *doc, c *relCue, i int) bool {
	if d.lang == "en" || !groupTypes[c.typ] {
		return false
	}
	f := d.folded
	for _, n := range zhGroupNouns {
		if !hasSuffixAt(f, i, n) {
			continue
		}
		for j := i - len([]rune(n)) - 1; j >= 0 && j >= i-12; j-- {
			if f[j] == '家' || f[j] == '间' || f[j] == '个' {
				return j > 0 && (isDigit(f[j-1]) || strings.ContainsRune("多数几十百千万两三四五六七八九逾", f[j-1]))
			}
			if !isHan(f[j]) || zhStopRunes[f[j]] {
				return false
			}
		}
	}
	return false
}

// zhUnitNouns follow an industry word that names a company's unit, not the company's name's
// end (英伟达汽车芯片部门, 华为能源业务): the suffix before them ends no name.
var zhUnitNouns = []string{"芯片部门", "部门", "业务", "事业部", "事业群", "板块", "分部"}

// zhJoinedBodyTails end mainland government bodies whose names join two portfolios with 和:
// 经济和信息化委员会, 发展和改革委员会, 人力资源和社会保障厅, 住房和城乡建设部.
var zhJoinedBodyTails = map[string]bool{"委员会": true, "厅": true, "部": true}

// mainlandPortfolios reports whether the 和 before start joins the first portfolio of a
// mainland body whose name ends in suffix s (上海市经济 和 信息化委员会), not two bodies (甲公司和
// 乙委员会): what stands before 和 is a bare field of two to four runes, at most after a
// province, a city or 国家, and names no body or company of its own.
func mainlandPortfolios(f []rune, s string, start int) bool {
	if !zhJoinedBodyTails[s] || start < 3 || f[start-1] != '和' {
		return false
	}
	s2 := extendLeft(f, start-1, 8)
	left := f[s2 : start-1]
	for _, p := range []string{"国家", "省", "市", "自治区"} {
		if k := indexOf(left, p); k >= 0 && k <= 4 {
			left = left[k+len([]rune(p)):]
			break
		}
	}
	return len(left) >= 2 && len(left) <= 4 && !bodyName(string(left)) && !hasKindSuffix(string(left)) &&
		len(orgMatcher.FindFolded(left)) == 0 && !placesOnly(left)
}

// indexOf returns where w first starts in f, or -1.
func indexOf(f []rune, w string) int {
	for i := range f {
		if hasPrefixAt(f, i, w) {
			return i
		}
	}
	return -1
}

// b2i is 1 for true and 0 for false.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
