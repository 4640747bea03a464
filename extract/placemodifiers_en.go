package extract

import (
	"regexp"
	"strings"

	"github.com/hkgraph/hkgraph/kg"

	"github.com/hkgraph/hkgraph/textnorm"
)

// "a round led by Singapore-headquartered growth investor Granite Peak", "Tokyo-based venture
// firm X": news puts a place's "-based" modifier and a descriptor of a word or three before the
// name. The modifier alone names nothing, and the place is where the name after the
// descriptor is.

// modifierOnly reports whether an English candidate name is nothing but hyphenated modifiers
// ("Tokyo-based", "Hong Kong-headquartered"): its last word describes what follows.
func modifierOnly(m mention) bool {
	if textnorm.HasHan(m.name) {
		return false
	}
	return modifierWords(strings.Fields(m.name))
}

// modifierWords reports whether words w are a hyphenated modifier alone ("Singapore-headquartered"):
// a candidate of them names nothing.
func modifierWords(w []string) bool {
	return len(w) > 0 && len(w) <= 4 && hyphenModifier(w[len(w)-1])
}

// enDescribedAfterBasedRe is the gap between a place and the name it locates: the modifier's
// tail and one to three lower-case descriptor words ending in a descriptor noun, none a function word (which would open a
// phrase of its own: "-based maker of X", "-based firm and X").
var enDescribedAfterBasedRe = regexp.MustCompile(`^-(?:based|headquartered) (?:[a-z][a-z-]* ){1,3}$`)

// enMoreDescriptors are descriptor nouns enDescriptors (names.go) lacks.
var enMoreDescriptors = wordSet(`fund manager bank lab group vc house specialist`)

var enDescriptorStops = wordSet(`of and or with for the a an in at by to from on which who that its their said says`)

// describedAfterBased reports whether gap g (between a place and a name) is such a modifier
// with descriptor words.
func describedAfterBased(g string) bool {
	if !enDescribedAfterBasedRe.MatchString(g) {
		return false
	}
	ws := strings.Fields(g[strings.Index(g, " "):])
	for _, w := range ws {
		if enDescriptorStops[w] {
			return false
		}
	}
	last := ws[len(ws)-1]
	return enDescriptors[last] || enDescriptors[strings.TrimSuffix(last, "s")] || enMoreDescriptors[last] // "company later acquired X": a verb
}

// possessivePlace reports whether an English candidate name is an owner's possessive before a
// place ("Orbix's China operations", "Nimbus's Asia business"): the owner and the place are
// named, the run is no name of its own.
func possessivePlace(m mention) bool {
	for _, p := range []string{"'s ", "’s "} {
		if _, rest, ok := strings.Cut(m.name, p); ok && placeNames[rest] != ([2]string{}) {
			return true
		}
	}
	return false
}

// enBasedPlaceRe is a capitalised run of one to three words right before "-based" or
// "-headquartered": news writes a city there ("a Nagoya-based maker"), known or not.
var enBasedPlaceRe = regexp.MustCompile(`\b((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+)-(?:based|headquartered)\b`)

// basedPlaceNames proposes the place of each such modifier; a known name of the same span
// (Cyberport, a campus and a company) wins over it.
func basedPlaceNames(d *doc) []mention {
	if d.lang != "en" {
		return nil
	}
	text := string(d.runes)
	var out []mention
	for _, loc := range enBasedPlaceRe.FindAllStringSubmatchIndex(text, -1) {
		name := text[loc[2]:loc[3]]
		ws := strings.Fields(name)
		for len(ws) > 0 && enNotNames[ws[0]] {
			ws = ws[1:] // "The Nagoya-based …"
		}
		if len(ws) == 0 {
			continue
		}
		name = strings.Join(ws, " ")
		e := len([]rune(text[:loc[3]]))
		s := e - len([]rune(name))
		out = append(out, mention{start: s, end: e, name: name, key: d.key(name), english: name, kind: kg.KindPlace})
	}
	return out
}
