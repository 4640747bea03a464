package loaders

import (
	"sort"
	"unicode"

	"github.com/hkgraph/hkgraph/kg"
	"github.com/hkgraph/hkgraph/textnorm"
)

// Matcher finds where a text names known entities: Simplified and Traditional alike, Latin
// names case-insensitively on word boundaries. Names too short to trust (one Chinese
// character, or fewer than three Latin letters) and names shared by several entities are
// skipped.
type Matcher struct {
	byPrefix map[[2]rune][]pattern // patterns by their first two runes: each start position checks few
}

type pattern struct {
	runes  []rune
	entity string
	latin  bool
}

// NewMatcher indexes the names and aliases of entities.
func NewMatcher(entities []*kg.Entity) *Matcher {
	owners := map[string]map[string]bool{}
	for _, e := range entities {
		for _, n := range e.Names() {
			key := string(textnorm.FoldAligned(n))
			if owners[key] == nil {
				owners[key] = map[string]bool{}
			}
			owners[key][e.ID] = true
		}
	}
	m := &Matcher{byPrefix: map[[2]rune][]pattern{}}
	for key, ids := range owners {
		if len(ids) != 1 || !trustworthy(key) {
			continue // ambiguous or too short
		}
		var id string
		for id = range ids {
		}
		r := []rune(key)
		p := pattern{runes: r, entity: id, latin: !textnorm.HasHan(key)}
		k := [2]rune{r[0], r[1]}
		m.byPrefix[k] = append(m.byPrefix[k], p)
	}
	return m
}

func trustworthy(key string) bool {
	n := len([]rune(key))
	if textnorm.HasHan(key) {
		return n >= 2
	}
	return n >= 3
}

// Find returns the mentions of entities in text, by code-point offsets. Overlapping matches
// keep the longest (香港数码港 is Cyberport, not Hong Kong); an entity named only inside
// another name (华润 in 华润—数码港联合加速器计划) keeps those inner mentions too.
func (m *Matcher) Find(docID, text string) []kg.Mention {
	folded := textnorm.FoldAligned(text)
	orig := []rune(text)
	type match struct {
		start, end int
		entity     string
	}
	var all []match
	for i := 0; i+1 < len(folded); i++ {
		for _, p := range m.byPrefix[[2]rune{folded[i], folded[i+1]}] {
			end := i + len(p.runes)
			if end > len(folded) || string(folded[i:end]) != string(p.runes) {
				continue
			}
			if p.latin && (isWordRune(at(folded, i-1)) || isWordRune(at(folded, end))) {
				continue
			}
			all = append(all, match{i, end, p.entity})
		}
	}
	sort.Slice(all, func(a, b int) bool {
		if all[a].start != all[b].start {
			return all[a].start < all[b].start
		}
		return all[a].end > all[b].end
	})
	var kept, inner []match
	lastEnd := -1
	for _, x := range all {
		if x.start >= lastEnd {
			kept = append(kept, x)
			lastEnd = x.end
		} else {
			inner = append(inner, x)
		}
	}
	named := map[string]bool{}
	for _, x := range kept {
		named[x.entity] = true
	}
	for _, x := range inner {
		if !named[x.entity] {
			kept = append(kept, x)
		}
	}
	out := make([]kg.Mention, 0, len(kept))
	seen := map[[2]int]string{}
	for _, x := range kept {
		if seen[[2]int{x.start, x.end}] == x.entity {
			continue
		}
		seen[[2]int{x.start, x.end}] = x.entity
		out = append(out, kg.Mention{DocumentID: docID, EntityID: x.entity, Start: x.start, End: x.end, Quote: string(orig[x.start:x.end])})
	}
	sort.Slice(out, func(a, b int) bool { return out[a].Start < out[b].Start })
	return out
}

func at(r []rune, i int) rune {
	if i < 0 || i >= len(r) {
		return ' '
	}
	return r[i]
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) && r < 0x2E80 || unicode.IsDigit(r) }
