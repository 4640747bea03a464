package extract

import "strings"

// "Alan Ma, who previously spent a decade at HSBC, will become chief executive of Orvale Bank":
// an aside closed by a comma may stand between a name and the copula before its title; the
// name the title belongs to stands before the aside.

// enAsideOpeners open an aside about the name before it.
var enAsideOpeners = []string{", who ", ", a former ", ", formerly ", ", previously "}

// beforeClosedAside returns where an aside that ends with the comma before k opens (the name
// ends there), or k itself when no such aside of at most 120 code points, holding no other
// comma, stands before k.
func beforeClosedAside(d *doc, k int) int {
	if d.lang != "en" || k < 2 || d.runes[k-1] != ',' {
		return k
	}
	lo := max(0, k-120)
	seg := string(d.folded[lo : k-1])
	c := strings.LastIndexByte(seg, ',')
	if c < 0 {
		return k
	}
	for _, o := range enAsideOpeners {
		if strings.HasPrefix(seg[c:], o) {
			return lo + len([]rune(seg[:c]))
		}
	}
	return k
}
