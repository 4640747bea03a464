package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
	"github.com/hkgraph/hkgraph/textnorm"
)

// Chinese press names an international fair or summit by its Latin name and edition year
// (「LEAP 2026」科技大會, WAIC 2025, RISE 2024) and then, in a headline or later, by the
// Latin name and a Chinese event noun (LEAP大會, RISE峰會). A Latin name that ends with a year
// is the event's edition, not a company; the short form is the same event.

// latinEdition reports whether the Latin name ends with an edition year (LEAP 2026).
func latinEdition(name string) bool {
	w := strings.Fields(name)
	if len(w) < 2 {
		return false
	}
	y := w[len(w)-1]
	return len(y) == 4 && strings.HasPrefix(y, "20") && isDigit(rune(y[2])) && isDigit(rune(y[3]))
}

// zhEditionNouns follow the Latin head of an event in its short Chinese form (folded): the nouns
// of an event that may follow its quoted name (zhEventHeads, quotedevents_zh.go: one list of
// them), and those with the field before them (LEAP科技大會).
var zhEditionNouns = append([]string{"科技大会", "科技峰会"}, zhEventHeads...)

// editionShortAliases maps each event mention written "<Latin head><event noun>" (LEAP大會) to
// the text's edition of that head (LEAP 2026), when the text names exactly one.
func editionShortAliases(kept []mention) map[string]mention {
	editions := map[string][]mention{}
	for _, m := range kept {
		if m.kind == kg.KindEvent && latinEdition(m.name) {
			w := strings.Fields(m.name)
			h := strings.ToLower(strings.Join(w[:len(w)-1], " "))
			if len(editions[h]) == 0 || editions[h][0].key != m.key {
				editions[h] = append(editions[h], m)
			}
		}
	}
	if len(editions) == 0 {
		return nil
	}
	out := map[string]mention{}
	for _, m := range kept {
		if m.kind != kg.KindEvent {
			continue
		}
		f := textnorm.Fold(m.name)
		for _, n := range zhEditionNouns {
			if h, ok := strings.CutSuffix(f, n); ok && len(editions[strings.TrimSpace(h)]) == 1 {
				out[m.name] = editions[strings.TrimSpace(h)][0]
			}
		}
	}
	return out
}
