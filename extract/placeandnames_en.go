package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
	"github.com/hkgraph/hkgraph/textnorm"
)

// Old Hong Kong companies are named after two places joined by "and": "The Hong Kong and China
// Gas Company Limited", "The Hongkong and Shanghai Hotels, Limited". The capitalised run stops at
// "and", so the text yields the first place and a company named after the second. The three are
// one company when the company's name opens with a place and either ends in a legal word
// (Limited, Company, Corporation) or a capitalised "The" opens the whole: two parties joined by
// "and" ("Singapore and China Construction Bank") are each named without either.

// enPlaceAndLegalEnds end a company's name that "Place and" may open.
var enPlaceAndLegalEnds = wordSet(`Limited Ltd Ltd. Company Corporation Holdings`)

// joinPlaceAndNames merges "Place and Place … Company" into one organisation, with the "The"
// before it.
func joinPlaceAndNames(d *doc, ms []mention) []mention {
	if d.lang != "en" {
		return ms
	}
	var drop []int
	for i := 0; i+1 < len(ms); i++ {
		a, b := &ms[i], ms[i+1]
		if a.kind != kg.KindPlace || b.kind != kg.KindOrganization || b.id != "" || b.start-a.end != 5 || string(d.runes[a.end:b.start]) != " and " {
			continue
		}
		words := strings.Fields(b.name)
		if len(words) < 2 || !opensWithPlace(words) {
			continue
		}
		the := a.start >= 4 && string(d.runes[a.start-4:a.start]) == "The "
		if !the && !enPlaceAndLegalEnds[words[len(words)-1]] {
			continue
		}
		start := a.start
		if the {
			start -= 4
		}
		d.respan(a, start, b.end)
		a.id, a.english, a.kind, a.weak = "", "", kg.KindOrganization, false
		drop = append(drop, i+1)
		i++
	}
	return withoutIndexes(ms, drop)
}

// opensWithPlace reports whether the first one or two words (not the whole) name a place.
func opensWithPlace(words []string) bool {
	for n := 1; n <= 2 && n < len(words); n++ {
		if isPlaceName(textnorm.Fold(strings.Join(words[:n], " "))) {
			return true
		}
	}
	return false
}
