package extract

import "strings"

// Where a new Chinese name may not reach: a verb that brings a party in stands before a name,
// never inside it (融資中引入甲資本, 早前引進乙創投 name 甲資本 and 乙創投).
func init() {
	zhStopWords = append(zhStopWords, "引入", "引进", "迎来", "吸引", "吸纳")
	// Verbs that take a party as their object (公司委託甲證券, 基金選擇乙科技, 市場看好丙科技,
	// 夥同丁資本): the party's name starts after them. 協同 and 邀請 stay out: they open names
	// (協同創新中心, 邀請賽).
	zhStopWords = append(zhStopWords, "选择", "选定", "选中", "委托", "委聘", "聘用", "押注", "加注", "看好",
		"伙同", "夥同", "偕同", "连同", "携同", "牵手")
}

// jointRun reports whether the candidate f[s:e] joins two names with a joint verb (甲创投联合乙资本,
// 甲科技携手乙集团): the part before the verb ends with a kind suffix and at least two runes
// follow it that are no bare suffix (甲科技联合实验室 is the company's joint lab), so the run is
// two parties read across the verb, not one name.
func jointRun(f []rune, s, e int) bool {
	for k := s + 2; k+2 < e; k++ {
		for _, v := range zhJointVerbs {
			rest := string(f[min(e, k+len([]rune(v))):e])
			if hasPrefixAt(f, k, v) && len([]rune(rest)) >= 2 && !bareSuffix(rest) && kindSuffixOf(string(f[s:k])) != "" {
				return true
			}
		}
	}
	return false
}

// zhDemonstratives point back to a party named before (該公司, 這家企業, 這間平台); 本 and 此 do
// so only where a word ends before them (本公司, not 日本公司 or 資本公司).
var zhDemonstratives = []string{"该", "这", "这家", "该家", "这间", "该间"}
var zhBoundDemonstratives = []string{"本", "此"}

// demonstrativeBefore reports whether a demonstrative stands right before the descriptor at i:
// the descriptor then stands for the party named before, and what follows it is what that
// party has or does (該公司辦公室設於…, 這家企業今年…), not its name.
func demonstrativeBefore(f []rune, i int) bool {
	return endsWithAny(f, i, zhDemonstratives) || endsWithAny(f, i, zhBoundDemonstratives) && zhBoundary(f, i-1) &&
		!(i >= 2 && strings.ContainsRune("日年月今", f[i-2])) // 日本公司: Japan's
}

func init() {
	// 辦公室設於數碼港, 總部位於: a verb of place before 於 ends a name read after a descriptor.
	zhNameEnd = append(zhNameEnd, "设于", "设在", "位于", "坐落", "座落")
	// 初創企業雲杉數據曾獲…, 公司甲仍在…: an adverb of time after the subject ends its name.
	zhNameEnd = append(zhNameEnd, "曾", "曾经", "已经", "早已", "仍", "即将", "随即", "一直", "首次", "再次", "率先")
}

// repeatsSuffix reports whether the run before a suffix already ends with that suffix
// (甲投資投資乙, 乙資本資本化): the name ended at the first; the second is the verb or a noun.
func repeatsSuffix(left, suf string) bool {
	return len([]rune(left)) > len([]rune(suf)) && strings.HasSuffix(left, suf)
}

// zhClauseTimes end a clause of time (投資甲後，, 收購乙之後，, 與丙合作時，): they follow the
// object, never belong to its name.
var zhClauseTimes = []string{"之后", "以后", "后", "以来", "期间", "时"}

// beforeClauseTime returns where the object f[s:e] ends once a clause-final time word that
// closes it is cut off, when two runes of name stay; e otherwise.
func beforeClauseTime(f []rune, s, e int) int {
	if e >= len(f) || isHan(f[e]) || isLatinLetter(f[e]) {
		return e
	}
	for _, w := range zhClauseTimes {
		if n := len([]rune(w)); e-s-n >= 2 && hasSuffixAt(f, e, w) {
			return e - n
		}
	}
	return e
}

// zhSubjectOpeners are connectives that open a clause before its subject (隨後甲宣布…, 其後乙…):
// a subject's name starts after them.
var zhSubjectOpeners = []string{"随后", "其后", "此后", "然后", "稍后", "之后", "其次", "首先", "与此同时"}

// afterClauseOpener returns where a candidate f[s:e] starts once a clause opener, or the 底, 初
// or 末 that ends a time after 年 or 月 (去年底, 上月初), is cut off its front, when two runes stay.
func afterClauseOpener(f []rune, s, e int) int {
	for _, w := range zhSubjectOpeners {
		if n := len([]rune(w)); e-s-n >= 2 && hasPrefixAt(f, s, w) {
			return s + n
		}
	}
	if s > 0 && e-s-1 >= 2 && strings.ContainsRune("年月", f[s-1]) && strings.ContainsRune("底初末", f[s]) {
		return s + 1
	}
	return s
}

// zhReportSources stand as the subject of a reporting verb (消息指出, 報道稱, 外界預期): the source
// of what is said, never a name.
var zhReportSources = map[string]bool{"消息": true, "报道": true, "传闻": true, "外界": true, "业界": true, "坊间": true,
	"市场人士": true, "知情人士": true, "分析人士": true, "消息人士": true}
