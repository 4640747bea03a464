package extract

import (
	"regexp"
	"strings"
)

// An English list names each organisation with its trade before it as often as bare: "from
// Orbix Capital, insurer AIA Group and family office Lyndhurst". The descriptor words between
// two items belong to the item after them, as a post belongs to the person after it
// (titledlists_en.go): the glue is what stands before them.

// enDescriptorBeforeItemRe is list glue that ends with one or two lower-case words, the last a
// descriptor noun (", insurer ", " and state-owned lender ").
var enDescriptorBeforeItemRe = regexp.MustCompile(`^(, and |, | and )((?:[a-z-]+ )?([a-z-]+)) $`)

// withoutDescriptorBefore returns the glue raw (between two items, the next starting at b)
// without a descriptor that ends it when a capitalised name starts at b.
func withoutDescriptorBefore(d *doc, raw string, b int) (string, bool) {
	m := enDescriptorBeforeItemRe.FindStringSubmatch(raw)
	if m == nil || !listModifierWord(m[3]) || !isCapitalised(string(d.runes[b:min(len(d.runes), b+2)])) {
		return "", false
	}
	if w := strings.TrimSpace(strings.TrimSuffix(m[2], m[3])); enClauseWords[w] || enDescriptorStops[w] {
		return "", false // ", and its investor X", ", which investor X": no list
	}
	return strings.TrimSpace(m[1]), true
}

// enDescriptorTailRe is the same glue at the end of a longer gap (after an aside).
var enDescriptorTailRe = regexp.MustCompile(`(?:, and |, | and )((?:[a-z-]+ )?([a-z-]+) )$`)

// withoutDescriptorTail drops from gap g (which ends where a capitalised name starts) a
// descriptor that opens that name: "…, which anchored it, insurer " → "…, which anchored it, ".
func withoutDescriptorTail(g string) string {
	m := enDescriptorTailRe.FindStringSubmatchIndex(g)
	if m == nil {
		return g
	}
	words := strings.Fields(g[m[2]:m[3]])
	if !listModifierWord(g[m[4]:m[5]]) || enClauseWords[words[0]] || enDescriptorStops[words[0]] {
		return g
	}
	return g[:m[2]]
}
