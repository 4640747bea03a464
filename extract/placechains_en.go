package extract

import (
	"strings"
	"unicode"

	"github.com/hkgraph/hkgraph/kg"
)

// English news places a district by its city two ways: "Kwun Tong, Hong Kong" (district, comma,
// city) and "Shenzhen's Nanshan district" (the city's possessive). The district is LOCATED_IN
// the city, as cityDistrictFacts reads 深圳南山區 in Chinese. Only a city can hold a district
// here (Hong Kong or a mainland city of zhCities): "Hong Kong, Singapore and Tokyo" is a list.

// districtAliases gives a new place that English news follows with "district" ("Shenzhen's
// Nanshan district", "in the Futian District") the name with that word too: the annotators and
// the graph name the district either way, as extendDistricts takes 区 into a Chinese district.
func districtAliases(d *doc, es *entitySet) {
	if d.lang != "en" {
		return
	}
	for _, m := range es.mentions {
		c := es.candidates[m.key]
		if m.kind != kg.KindPlace || m.id != "" || c == nil || m.end+9 > len(d.runes) {
			continue
		}
		w := string(d.runes[m.end : m.end+9])
		if w != " district" && w != " District" || m.end+9 < len(d.runes) && (unicode.IsLetter(d.runes[m.end+9]) || d.runes[m.end+9] == '-') {
			continue // not "districts", not "district-level"
		}
		c.addAlias(m.name + w)
	}
}

// enCityOf reports whether m is a city that holds districts.
func enCityOf(d *doc, m mention) bool {
	return m.kind == kg.KindPlace && (m.id == "hong-kong" || strings.EqualFold(m.name, "Hong Kong") || cityAt(d.folded[m.start:m.end]))
}

// placeChainFacts proposes DISTRICT LOCATED_IN CITY for both shapes.
func placeChainFacts(d *doc, es *entitySet) []Proposal {
	var out []Proposal
	for si, ms := range englishSentences(d, es, 0) {
		for k := 0; k+1 < len(ms); k++ {
			a, b := ms[k], ms[k+1]
			if a.kind != kg.KindPlace || b.kind != kg.KindPlace || sameEntity(a, b) {
				continue
			}
			gap := string(d.runes[a.end:b.start])
			var district, city mention
			switch {
			case gap == ", " && enCityOf(d, b) && !enCityOf(d, a) && !placeListAround(d, ms, k, k+1):
				district, city = a, b // "in Clear Water Bay, Hong Kong"
			case (gap == "'s " || gap == "’s ") && enCityOf(d, a) && !enCityOf(d, b):
				district, city = b, a // "in Shenzhen's Futian district"
			default:
				continue
			}
			sp := citeSpan(d, si, false, a.start, b.end)
			out = append(out, relAt(d, sp, string(d.runes[a.start:b.end]), 0.5,
				&RelationshipProposal{Type: "LOCATED_IN", From: district.end_(), To: city.end_()}))
		}
	}
	return out
}

// placeListAround reports whether places k and j (= k+1) stand in a longer list of places: a
// place joined before k or after j by a comma or "and" ("Macau, Hong Kong and Singapore").
func placeListAround(d *doc, ms []mention, k, j int) bool {
	joined := func(g string) bool { return g == ", " || g == " and " || g == ", and " || g == " or " }
	if k > 0 && ms[k-1].kind == kg.KindPlace && joined(string(d.runes[ms[k-1].end:ms[k].start])) {
		return true
	}
	return j+1 < len(ms) && ms[j+1].kind == kg.KindPlace && joined(string(d.runes[ms[j].end:ms[j+1].start]))
}
