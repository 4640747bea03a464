package extract

import "strings"

// "GreenRow's new Managing Director for Asia-Pacific, Cheryl Lau, joins …", "PolyU's vice-president
// for research, Professor Daniel Lam, said": a post's scope ("for" and up to three words) may
// stand between the title and the comma before the name the apposition gives.

// titleScopeEnd returns where the name after a title ending at i may start: past a scope
// phrase "for …" that ends at a comma, else i itself.
func titleScopeEnd(d *doc, i int) int {
	if d.lang != "en" || !hasPrefixAt(d.folded, i, " for ") {
		return i
	}
	rest := string(d.runes[i+len(" for ") : min(len(d.runes), i+40)])
	k := strings.IndexByte(rest, ',')
	if k <= 0 || len(strings.Fields(rest[:k])) > 3 || strings.ContainsAny(rest[:k], ".;") {
		return i
	}
	return i + len(" for ") + len([]rune(rest[:k]))
}
