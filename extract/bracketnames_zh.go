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
