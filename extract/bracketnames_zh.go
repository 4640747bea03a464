package extract

import "strings"

// bracketedNameAt reads a personal name alone in brackets at j, the way Hong Kong news puts the
// holder after a post: 行政總裁（陳志強）表示.
func bracketedNameAt(f []rune, j int) (span, bool) {
	if j >= len(f) || !strings.ContainsRune("（(", f[j]) {
		return span{}, false
	}
	n, ok := chineseNameAfter(f, j+1)
	if !ok || n.end >= len(f) || !strings.ContainsRune("）)", f[n.end]) || photoPosition(f[n.start:n.end]) {
		return span{}, false
	}
	return n, true
}

// isBracketedName reports whether a bracket at j holds a personal name alone.
func isBracketedName(f []rune, j int) bool {
	_, ok := bracketedNameAt(f, j)
	return ok
}

// photoPosition reports whether a bracket's run is a place in a photo (左二, 右一), not a name.
func photoPosition(r []rune) bool {
	return len(r) >= 2 && strings.ContainsRune("左右中", r[0]) && strings.ContainsRune("一二三四五六七八九", r[1])
}

// latinNameInBrackets reports whether a bracket at j holds a Latin name alone (藍橋（BlueBridge）):
// the run before it is a company's Chinese name, given with its English one.
func latinNameInBrackets(r []rune, j int) bool {
	if j >= len(r) || r[j] != '（' && r[j] != '(' || j+2 >= len(r) || !isLatinLetter(r[j+1]) {
		return false
	}
	for k := j + 2; k < len(r) && k <= j+40; k++ {
		switch c := r[k]; {
		case c == '）' || c == ')':
			return true
		case !isLatinLetter(c) && !isDigit(c) && !strings.ContainsRune(" .&-", c):
			return false
		}
	}
	return false
}

// zhArmSuffixes end the names that Hong Kong gives a group's local arm by a place in brackets
// after them: 螞蟻銀行（香港）, 甲保險（亞洲）, 乙證券（國際）.
var zhArmSuffixes = []string{"银行", "集团", "保险", "证券", "控股", "资本", "创投", "投资", "科技", "医疗", "生物", "物流"}

// zhArmRegions may stand in such a bracket besides a listed place.
var zhArmRegions = []string{"亚洲", "国际", "中国", "香港", "澳门", "亚太"}

// placeBracketAfter returns where the name f[s:e] ends when a place in brackets closes it
// (螞蟻銀行（香港）: the arm's whole name, not the group's name and a place), else e. The name
// must end with a company's suffix and no legal ending may follow the bracket (that one is
// bracketedPlaceBefore's: 甲（深圳）有限公司).
func placeBracketAfter(f []rune, s, e int) int {
	if e+3 >= len(f) || !strings.ContainsRune("（(", f[e]) || !endsWithAny(f, e, zhArmSuffixes) {
		return e
	}
	c := e + 1
	for c < len(f) && c-e <= 5 && isHan(f[c]) {
		c++
	}
	if c >= len(f) || !strings.ContainsRune("）)", f[c]) || c-e-1 < 2 {
		return e
	}
	in := f[e+1 : c]
	if !wholePlace(in) && !contains(zhArmRegions, string(in)) {
		return e
	}
	for _, suf := range zhSuffixes {
		if hasPrefixAt(f, c+1, suf.s) {
			return e // 甲科技（深圳）有限公司: the bracket is inside a longer name
		}
	}
	return c + 1
}

// withoutArmPlace drops the bracketed place that ends a local arm's folded name (蚂蚁银行(香港)
// → 蚂蚁银行): what the name's kind noun is (该行 refers back to it) stands before the bracket.
func withoutArmPlace(name string) string {
	for _, b := range [][2]string{{"(", ")"}, {"（", "）"}} {
		if o := strings.LastIndex(name, b[0]); o > 0 && strings.HasSuffix(name, b[1]) && len([]rune(name[o:])) <= 7 {
			return name[:o]
		}
	}
	return name
}
