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
