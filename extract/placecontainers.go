package extract

import "github.com/hkgraph/hkgraph/kg"

// News names a capital after its country and 首都 (沙特阿拉伯首都利雅得): the city is LOCATED_IN
// the country, as a mainland district is in its city (citydistricts_zh.go). Only pairs this
// gazetteer knows count. A city right after its country (越南胡志明市, 馬來西亞吉隆坡) and a Hong
// Kong district after 香港 (香港中環) were tried too (round nineteen): the annotated sets disagree
// on them (some give the city its country, some do not) and the validation sets lost a fact for
// each one they gained.

// cityCountries gives the countries (by the place list's English names) of the world cities
// the place list holds.
var cityCountries = map[string][]string{
	"Ho Chi Minh City": {"Vietnam"}, "Hanoi": {"Vietnam"},
	"Abu Dhabi": {"UAE"}, "Dubai": {"UAE"},
	"Riyadh": {"Saudi Arabia", "Saudi"},
	"Tokyo":  {"Japan"}, "Osaka": {"Japan"}, "Seoul": {"South Korea"},
	"Kuala Lumpur": {"Malaysia"}, "Penang": {"Malaysia"}, "Bangkok": {"Thailand"}, "Jakarta": {"Indonesia"},
	"Manila": {"Philippines"}, "Cebu": {"Philippines"}, "Mumbai": {"India"}, "Bangalore": {"India"}, "New Delhi": {"India"},
	"Doha": {"Qatar"}, "London": {"United Kingdom"}, "Paris": {"France"}, "Berlin": {"Germany"}, "Munich": {"Germany"},
	"Zurich": {"Switzerland"}, "Geneva": {"Switzerland"}, "Rotterdam": {"Netherlands"}, "Amsterdam": {"Netherlands"},
	"Stockholm": {"Sweden"}, "Helsinki": {"Finland"}, "New York": {"United States"}, "San Francisco": {"United States"},
	"Boston": {"United States"}, "Seattle": {"United States"}, "Los Angeles": {"United States"}, "Silicon Valley": {"United States"},
	"Toronto": {"Canada"}, "Vancouver": {"Canada"}, "Sydney": {"Australia"}, "Melbourne": {"Australia"}, "Sao Paulo": {"Brazil"},
}

// placeListName is the place list's English name of exactly f ("" when f is no listed place).
func placeListName(f []rune) string {
	for _, x := range placeMatcher.FindFolded(f) {
		if x.Start == 0 && x.End == len(f) {
			return x.ID
		}
	}
	return ""
}

// holdsPlace reports whether the country named outer holds the city named inner (English names
// of the place list).
func holdsPlace(outer, inner string) bool {
	for _, c := range cityCountries[inner] {
		if c == outer {
			return true
		}
	}
	return false
}

// zhCapitalWords stand between a country and its capital (沙特阿拉伯首都利雅得).
var zhCapitalWords = []string{"首都", "首府"}

// capitalCityFacts makes the city written after its country and 首都 LOCATED_IN the country.
func capitalCityFacts(d *doc, es *entitySet) []Proposal {
	if d.lang == "en" {
		return nil
	}
	var out []Proposal
	ms := es.mentions
	for i := 1; i < len(ms); i++ {
		a, b := ms[i-1], ms[i]
		if a.kind != kg.KindPlace || b.kind != kg.KindPlace || wordStartingAt(d.folded, a.end, zhCapitalWords) == "" || b.start != a.end+2 ||
			!holdsPlace(placeListName(d.folded[a.start:a.end]), placeListName(d.folded[b.start:b.end])) {
			continue
		}
		out = append(out, relAt(d, span{a.start, b.end}, string(d.runes[a.start:b.end]), 0.5, &RelationshipProposal{Type: "LOCATED_IN", From: b.end_(), To: a.end_()}))
	}
	return out
}
