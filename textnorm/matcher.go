package textnorm

import (
	"sort"
	"strings"
	"unicode"
)

// Named is something a text may name: an id and every name and alias it goes by, in any script.
type Named struct {
	ID    string
	Names []string
}

// Match is where a text names one of the Named: code-point offsets, end exclusive.
type Match struct {
	Start, End int
	ID         string
}

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
func NewMatcher(entities []Named) *Matcher {
	owners := map[string]map[string]bool{}
	for _, e := range entities {
		for _, n := range e.Names {
			key := string(FoldAligned(n))
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
		p := pattern{runes: r, entity: id, latin: !HasHan(key)}
		k := [2]rune{r[0], r[1]}
		m.byPrefix[k] = append(m.byPrefix[k], p)
	}
	return m
}

func trustworthy(key string) bool {
	n := len([]rune(key))
	if HasHan(key) {
		return n >= 2
	}
	return n >= 3
}

// Find returns where text names the entities, by code-point offsets, in text order.
// Overlapping matches keep the longest (香港数码港 is Cyberport, not Hong Kong). A name inside a
// longer name is not a match (硅谷 in 合肥科大硅谷) unless it stands apart within it, between
// separators or the longer name's ends (华润 in 华润—数码港联合加速器计划), and its entity is
// named nowhere else in the text. A Chinese name after a word that makes it generic (其他, 各,
// 区域性 …: "other regional supercomputing centres") is not a match either.
func (m *Matcher) Find(text string) []Match {
	return m.FindFolded(FoldAligned(text))
}

// FindFolded is Find on a text already folded by FoldAligned.
func (m *Matcher) FindFolded(folded []rune) []Match {
	var all []Match
	for i := 0; i+1 < len(folded); i++ {
		for _, p := range m.byPrefix[[2]rune{folded[i], folded[i+1]}] {
			end := i + len(p.runes)
			if end > len(folded) || string(folded[i:end]) != string(p.runes) {
				continue
			}
			if p.latin && (isWordRune(at(folded, i-1)) || isWordRune(at(folded, end))) {
				continue
			}
			all = append(all, Match{i, end, p.entity})
		}
	}
	sort.Slice(all, func(a, b int) bool {
		if all[a].Start != all[b].Start {
			return all[a].Start < all[b].Start
		}
		if all[a].End != all[b].End {
			return all[a].End > all[b].End
		}
		return all[a].ID < all[b].ID
	})
	var kept, inner []Match
	lastEnd := -1
	var outer Match
	for _, x := range all {
		switch {
		case HasHan(string(folded[x.Start:x.End])) && generic(folded, x.Start):
			// 超算中心 in 其他区域性超算中心: any regional centre, not the one named so.
		case x.Start >= lastEnd:
			kept = append(kept, x)
			lastEnd, outer = x.End, x
		case delimited(folded, outer, x):
			inner = append(inner, x)
			// else a part of a longer name (硅谷 in 合肥科大硅谷, 香港 in 香港数码港) names
			// what the longer name is, not an entity of its own.
		}
	}
	named := map[string]bool{}
	for _, x := range kept {
		named[x.ID] = true
	}
	for _, x := range inner {
		if !named[x.ID] {
			kept = append(kept, x)
		}
	}
	out := make([]Match, 0, len(kept))
	seen := map[[2]int]string{}
	for _, x := range kept {
		if seen[[2]int{x.Start, x.End}] == x.ID {
			continue
		}
		seen[[2]int{x.Start, x.End}] = x.ID
		out = append(out, x)
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].Start < out[b].Start })
	return out
}

func at(r []rune, i int) rune {
	if i < 0 || i >= len(r) {
		return ' '
	}
	return r[i]
}

// isWordRune reports whether r continues a Latin word (letters below the CJK blocks, digits).
func isWordRune(r rune) bool { return unicode.IsLetter(r) && r < 0x2E80 || unicode.IsDigit(r) }

// genericBefore are words that, right before a Chinese name, make it a common noun: "other",
// "each", "these", "several" and the like. A Han rune in genericSuffix right before it does the
// same: 性, 型 and 类 end adjectives of kind (区域性, 大型), so 区域性超算中心 is "regional
// supercomputing centres", not the centre named 超算中心.
var genericBefore = []string{"其他", "其它", "其余", "各", "这些", "那些", "一些", "多家", "多个", "某些"}

const genericSuffix = "性型类"

func generic(folded []rune, start int) bool {
	before := string(folded[max(0, start-2):start])
	for _, w := range genericBefore {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return start > 0 && strings.ContainsRune(genericSuffix, folded[start-1])
}

// delimited reports whether inner stands apart inside outer: each of its ends is an end of
// outer, next to a separator (a rune that is neither a letter nor a digit) or is one itself
// (the quotation marks of “未来基金” in “未来基金”下设立的基金 set the name apart).
func delimited(folded []rune, outer, inner Match) bool {
	left := inner.Start == outer.Start || !isLetterOrDigit(at(folded, inner.Start-1)) || !isLetterOrDigit(folded[inner.Start])
	right := inner.End == outer.End || !isLetterOrDigit(at(folded, inner.End)) || !isLetterOrDigit(folded[inner.End-1])
	return left && right && !(inner.Start == outer.Start && inner.End == outer.End)
}

func isLetterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
