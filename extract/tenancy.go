package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// Property news introduces a building by an apposition ("Harbourside BioHub, an 18-storey
// laboratory and office building in Wong Chuk Hang") and then names who rents in it ("The
// largest tenant is X", "Tenants include X and Y", 首批租戶包括甲及乙). The building is a
// facility, LOCATED_IN the place the apposition gives; each tenant is LOCATED_IN the building.

// enBuildingNouns end an apposition that describes a building or a campus.
var enBuildingNouns = []string{"building", "tower", "complex", "campus", "centre", "center", "facility", "block", "mall", "hub"}

// buildingAppositionAt reports whether the text after a name is ", a(n) … <building noun> in|at"
// (up to eight words) and returns where the place starts.
func buildingAppositionAt(d *doc, end int) (int, bool) {
	f := d.folded
	i := end
	switch {
	case hasPrefixAt(f, i, ", a "):
		i += 4
	case hasPrefixAt(f, i, ", an "):
		i += 5
	default:
		return 0, false
	}
	rest := string(f[i:min(len(f), i+90)])
	ws := strings.Split(rest, " ")
	at := i
	for k, w := range ws {
		if k >= 9 || w == "" || strings.ContainsAny(w, ",.;:") || w[0] >= 'A' && w[0] <= 'Z' {
			return 0, false
		}
		at += len([]rune(w)) + 1
		if contains(enBuildingNouns, w) && k+1 < len(ws) && (ws[k+1] == "in" || ws[k+1] == "at") {
			return at + len(ws[k+1]) + 1, true
		}
	}
	return 0, false
}

// buildingAppositions makes a new name so described a facility (it was read as an
// organisation) and returns the buildings with the place the apposition puts each in.
func buildingAppositions(d *doc, es *entitySet) {
	if d.lang != "en" {
		return
	}
	for i := range es.mentions {
		m := &es.mentions[i]
		if m.key == "" || m.id != "" || m.kind != kg.KindOrganization || m.weak {
			continue
		}
		if _, ok := buildingAppositionAt(d, m.end); !ok {
			continue
		}
		if c := es.candidates[m.key]; c != nil {
			c.kind = kg.KindFacility
		}
	}
	for i := range es.mentions {
		if c := es.candidates[es.mentions[i].key]; c != nil && es.mentions[i].id == "" && c.kind == kg.KindFacility {
			es.mentions[i].kind = kg.KindFacility // the other mentions of the same name
		}
	}
}

// buildingPlaceFacts puts each building described by an apposition in the place it names: the
// district of "Hong Kong's Wong Chuk Hang", else the place right after "in".
func buildingPlaceFacts(d *doc, es *entitySet) (out []Proposal) {
	if d.lang != "en" {
		return nil
	}
	for k, m := range es.mentions {
		p, ok := buildingAppositionAt(d, m.end)
		if !ok || m.kind != kg.KindFacility || m.id != "" {
			continue
		}
		var place mention
		for _, n := range es.mentions[k+1:] {
			if n.start < p {
				continue
			}
			if n.start == p && (n.kind == kg.KindPlace || n.kind == kg.KindFacility) {
				place = n
			} else if place.end > 0 && (hasPrefixAt(d.folded, place.end, "'s ") || hasPrefixAt(d.folded, place.end, "’s ")) && n.start == place.end+3 && n.kind == kg.KindPlace {
				place = n // "Hong Kong's Wong Chuk Hang district": the district
			}
			if n.start > p+40 {
				break
			}
		}
		if place.end == 0 {
			continue
		}
		si := d.sentenceOf(m.start)
		sp := citeSpan(d, si, false, m.start, place.end)
		out = append(out, relAt(d, sp, string(d.runes[m.end:place.start]), 0.5, &RelationshipProposal{Type: "LOCATED_IN", From: m.end_(), To: place.end_()}))
	}
	return out
}

// tenantWords open the list of a building's tenants.
var tenantWords = []string{"largest tenant is ", "anchor tenant is ", "first tenant is ", "tenants include ", "tenants included ",
	"tenants are ", "tenants were ", "租户包括", "租户为", "租户有", "租户是"}

// tenantFacts makes each organisation a sentence lists as tenants LOCATED_IN the facility named
// last before it (in that sentence or the five before).
func tenantFacts(d *doc, es *entitySet) []Proposal {
	var out []Proposal
	for si, s := range d.sents {
		at, word := -1, ""
		for i := s.start; i < s.end && at < 0; i++ {
			if word = wordStartingAt(d.folded, i, tenantWords); word != "" {
				at = i + len([]rune(word))
			}
		}
		if at < 0 {
			continue
		}
		var building mention
		for _, m := range es.mentions {
			if m.start >= at || m.start < d.sents[max(0, si-5)].start {
				continue
			}
			if m.kind == kg.KindFacility && !notAName(m) && !refersBack(m) {
				building = m
			}
		}
		if building.end == 0 {
			continue
		}
		for _, m := range es.sentenceMentions(s) {
			if m.start < at || m.kind != kg.KindOrganization || m.weak || sameEntity(m, building) {
				continue
			}
			if g := string(d.folded[at:m.start]); strings.ContainsAny(g, ".。；;") || len([]rune(g)) > 60 {
				break
			}
			sp := citeSpan(d, si, false, at, m.end)
			out = append(out, relAt(d, sp, strings.TrimSpace(word), 0.5, &RelationshipProposal{Type: "LOCATED_IN", From: m.end_(), To: building.end_()}))
		}
	}
	return out
}

// refersBack reports whether a Chinese facility mention is a word that refers back (新中心,
// 該中心, 本園區, 觀塘新中心), not the building's name.
func refersBack(m mention) bool {
	if m.id != "" {
		return false
	}
	f := []rune(textnormFold(m.name))
	for _, x := range placeMatcher.FindFolded(f) {
		if x.Start == 0 && x.End < len(f) {
			f = f[x.End:] // the district before the word
			break
		}
	}
	return wordAt(f, 0, []string{"新", "该", "本", "此", "这"})
}
