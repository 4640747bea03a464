package extract

import "strings"

// "GreenRow's new Managing Director for Asia-Pacific, Cheryl Lau, joins …", "PolyU's vice-president
// for research, Professor Daniel Lam, said": a post's scope ("for" and up to three words) may
// stand between the title and the comma before the name the apposition gives.

// titleScopeEnd returns where the name after a title ending at i may start: past a scope
// phrase "for …" that ends at a comma, else i itself.
func titleScopeEnd(d *doc, i int) int {
	return scopeEnd(d, i, ",", ".;", 40)
}

// pastPostScope returns where the organisation a post belongs to may be named after a title
// ending at i: past a scope "for …" that ends right before " at " ("head of sales for Asia at
// X", "vice president for strategy at X"), else i.
func pastPostScope(d *doc, i int) int {
	return scopeEnd(d, i, " at ", ",.;", 60)
}

// scopeEnd returns the end of a scope "for" and up to three words after position i that stops
// right before stop (within reach code points, holding none of banned), else i.
func scopeEnd(d *doc, i int, stop, banned string, reach int) int {
	if d.lang != "en" || !hasPrefixAt(d.folded, i, " for ") {
		return i
	}
	rest := string(d.folded[i+len(" for ") : min(len(d.folded), i+reach)])
	k := strings.Index(rest, stop)
	if k <= 0 || len(strings.Fields(rest[:k])) > 3 || strings.ContainsAny(rest[:k], banned) {
		return i
	}
	return i + len(" for ") + len([]rune(rest[:k]))
}
