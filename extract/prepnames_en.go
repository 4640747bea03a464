package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/hkgraph/hkgraph/kg"
)

// Some English names hold a lower-case preposition between two capitalised words: a brand
// "by" its parent ("Leaps by Bayer", "Made by Acme") or a topic "in" a region ("Tech in Asia",
// "Women in Africa"). The capitalised run stops at the preposition, so the text yields two
// names, the first of which is no entity at all. The pair is one name when the first word
// stands nowhere in the text without the preposition and the second word after it (a company
// "Klook in Asia" is named alone elsewhere), opens after a lower-case word (not a sentence's
// first word) and is a single new word, and what follows "by" is an organisation and what
// follows "in" a region.

// enRegionNames follow "in" inside such names: a country or city after "in" says where.
var enRegionNames = wordSet(`Asia Europe Africa America Americas Oceania`)

// joinPrepositionNames merges "W by Org" and "W in Region" into one organisation name.
func joinPrepositionNames(d *doc, ms []mention) []mention {
	if d.lang != "en" {
		return ms
	}
	var drop []int
	text := ""                // the text as a string, made once when a pair asks
	seen := map[string]bool{} // each first word and tail is checked once
	for i := 0; i+1 < len(ms); i++ {
		a, b := &ms[i], ms[i+1]
		prep := prepositionBetween(d, a.end, b.start)
		if prep == "" || !prepositionNameHead(d, *a) {
			continue
		}
		switch prep {
		case "by":
			if b.kind != kg.KindOrganization || strings.Contains(b.name, " ") {
				continue
			}
		case "in":
			if !enRegionNames[b.name] {
				continue
			}
		}
		if isWordRune(at(d.runes, b.end)) {
			continue
		}
		tail := string(d.runes[a.end:b.end])
		ok, done := seen[a.name+tail]
		if !done {
			if text == "" {
				text = string(d.runes)
			}
			ok = alwaysBefore(text, a.name, tail)
			seen[a.name+tail] = ok
		}
		if !ok {
			continue
		}
		d.respan(a, a.start, b.end)
		a.kind, a.weak = kg.KindOrganization, false
		drop = append(drop, i+1)
		i++
	}
	return withoutIndexes(ms, drop)
}

// prepositionBetween returns "by" or "in" when exactly " by " or " in " lies in [e, s).
func prepositionBetween(d *doc, e, s int) string {
	if s-e != 4 {
		return ""
	}
	switch string(d.runes[e:s]) {
	case " by ":
		return "by"
	case " in ":
		return "in"
	}
	return ""
}

// prepositionNameHead reports whether m can open such a name: one new capitalised word, no
// place or person, after a lower-case word.
func prepositionNameHead(d *doc, m mention) bool {
	if m.id != "" || m.kind == kg.KindPlace || m.kind == kg.KindPerson || strings.ContainsAny(m.name, " -'’") ||
		!isCapitalised(m.name) || enNotNames[m.name] || isPlaceName(m.name) || m.start < 2 || d.runes[m.start-1] != ' ' {
		return false
	}
	prev := wordStart(d.runes, m.start-1)
	w := string(d.runes[prev : m.start-1])
	return prev < m.start-1 && !isCapitalised(w) && isLatinLetter([]rune(w)[0])
}

// alwaysBefore reports whether every whole-word occurrence of w in the text is followed by tail.
func alwaysBefore(text, w, tail string) bool {
	for i := strings.Index(text, w); i >= 0; {
		before, _ := utf8.DecodeLastRuneInString(text[:i])
		after := text[i+len(w):]
		if !isWordRune(before) && !strings.HasPrefix(after, tail) {
			if r, _ := utf8.DecodeRuneInString(after); !isWordRune(r) {
				return false
			}
		}
		j := strings.Index(text[i+len(w):], w)
		if j < 0 {
			break
		}
		i += len(w) + j
	}
	return true
}

// withoutIndexes returns ms without the mentions at the indexes in drop (merged into others).
func withoutIndexes(ms []mention, drop []int) []mention {
	if len(drop) == 0 {
		return ms
	}
	out := ms[:0]
	for i, m := range ms {
		if !contains(drop, i) {
			out = append(out, m)
		}
	}
	return out
}
