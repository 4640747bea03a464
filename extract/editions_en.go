package extract

import (
	"regexp"
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// Conferences, summits and fairs are named with the year of the edition ("BioFrontiers Asia
// 2026", "Harbour Robotics Forum 2026") and news describes them right after the name (", a
// two-day summit organised by …"). A capitalised run, a year and such an apposition, or a
// capitalised run ending in an event's head word and a year, name an event, year included.

var enEditionRe = regexp.MustCompile(`\b((?:[A-Z][A-Za-z0-9&'’.-]*[ ]){0,5}[A-Z][A-Za-z0-9&'’.-]*) ((?:19|20)[0-9]{2})\b`)

// enEditionApposRe is the apposition after the name: ", a two-day summit", ", the annual fair".
var enEditionApposRe = regexp.MustCompile(`^, (?:a|an|the|this year's) (?:[a-z0-9-]+ ){0,3}(fair|expo|exhibition|summit|forum|conference|festival|congress|symposium|show|convention|competition|hackathon|roadshow)\b`)

// enEditionSkips open a run without being part of the name.
var enEditionSkips = wordSet(`The A An At In On For Of By This Its Our Their From Since During After Before Until`)

// editionNames proposes EVENT mentions for such names.
func editionNames(d *doc) []mention {
	if d.lang != "en" {
		return nil
	}
	text := string(d.runes)
	var out []mention
	for _, loc := range enEditionRe.FindAllStringSubmatchIndex(text, -1) {
		name := text[loc[2]:loc[5]]
		ws := strings.Fields(text[loc[2]:loc[3]])
		for len(ws) > 0 && enEditionSkips[ws[0]] {
			ws = ws[1:]
		}
		if len(ws) == 0 || strings.HasSuffix(ws[len(ws)-1], ".") {
			continue
		}
		last := strings.ToLower(ws[len(ws)-1])
		if !enEventHeads[last] && !editionHead(ws) && !enEditionApposRe.MatchString(text[loc[1]:min(len(text), loc[1]+60)]) {
			continue
		}
		start := loc[2] + strings.Index(name, ws[0])
		name = text[start:loc[5]]
		s := len([]rune(text[:start]))
		out = append(out, mention{start: s, end: s + len([]rune(name)), name: name, key: d.key(name), kind: kg.KindEvent})
	}
	return out
}

// enEditionHeads end the names of events held week by week or round by round, which take the
// year as readily as a summit does ("Asia Fintech Week 2026", "Harbour Tech Challenge 2025").
var enEditionHeads = wordSet(`week competition challenge contest hackathon bootcamp gala`)

// editionHead reports whether the capitalised run ws ends in such a head, or in "Day" after a
// word that makes it an event ("Demo Day 2026").
func editionHead(ws []string) bool {
	last := ws[len(ws)-1]
	if enEditionHeads[strings.ToLower(last)] {
		return true
	}
	return last == "Day" && len(ws) > 1 && enEventDays[strings.ToLower(ws[len(ws)-2])]
}
