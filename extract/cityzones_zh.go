package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// Mainland news names a district or a high-tech zone with its city in front and nothing
// between: 深圳光明區, 杭州余杭區, 合肥高新區, 苏州工业园区. The place list cannot hold every one;
// the shape says what it is. The zone is a place named with its city (the annotators name it
// either way), and it is LOCATED_IN the city.

// zhZoneEnds end a zone's name; the body before them may be empty (合肥高新区).
// A science city (杭州未来科技城, 深圳光明科学城) was tried too (round nineteen): one annotator
// puts it in its city, a validation set's does not.
var zhZoneEnds = []string{"高新区", "高新技术产业开发区", "经济技术开发区", "开发区", "新区", "工业园区", "产业园区"}

// zhNotDistrictBodies are two-character words before 区 that name a kind of area, not a district
// (深圳核心区, 上海自贸区).
var zhNotDistrictBodies = map[string]bool{"核心": true, "中心": true, "示范": true, "合作": true, "试验": true, "保税": true,
	"自贸": true, "城市": true, "郊区": true, "全市": true, "周边": true, "各个": true, "其他": true, "所在": true}

// cityZoneAt is the length of the zone named at i (after its city), or 0: a zone ending or
// two Han characters and 区.
func cityZoneAt(f []rune, i int) int {
	for _, w := range zhZoneEnds {
		for body := 0; body <= 4; body++ {
			if i+body > len(f) || body > 0 && !isHanString(string(f[i:i+body])) {
				break
			}
			if hasPrefixAt(f, i+body, w) {
				return body + len([]rune(w))
			}
		}
	}
	if i+3 <= len(f) && isHanString(string(f[i:i+2])) && f[i+2] == '区' && !zhNotDistrictBodies[string(f[i:i+2])] &&
		(i+3 == len(f) || !strings.ContainsRune("域块", f[i+3])) && len(placeMatcher.FindFolded(f[i:i+2])) == 0 {
		return 3
	}
	return 0
}

// mainlandCityAt is the length of a mainland city's name starting at i, or 0.
func mainlandCityAt(f []rune, i int) int {
	for _, x := range placeMatcher.FindFolded(f[i:min(len(f), i+4)]) {
		if x.Start == 0 && zhCities[x.ID] {
			return x.End
		}
	}
	return 0
}

// cityZoneNames finds each zone written right after its city, as one place named with the city.
func cityZoneNames(d *doc) []mention {
	if d.lang == "en" {
		return nil
	}
	f := d.folded
	var out []mention
	next := 0
	for _, x := range placeMatcher.FindFolded(f) { // one scan of the text, not one per position
		if x.Start < next || !zhCities[x.ID] {
			continue
		}
		if z := cityZoneAt(f, x.End); z > 0 {
			e := x.End + z
			out = append(out, mention{start: x.Start, end: e, name: string(d.runes[x.Start:e]), key: d.key(string(d.runes[x.Start:e])), kind: kg.KindPlace})
			next = e
		}
	}
	return out
}

// cityZoneFacts makes each zone named with its city LOCATED_IN the city.
// The city is the graph's when it knows it, else the text's own mention of it elsewhere.
func cityZoneFacts(d *doc, es *entitySet, ix *Index, have []Proposal) []Proposal {
	if d.lang == "en" {
		return nil
	}
	seen := proposedFacts(have)
	var out []Proposal
	for _, m := range es.mentions {
		if m.id != "" || m.kind != kg.KindPlace && m.kind != kg.KindFacility {
			continue
		}
		c := mainlandCityAt(d.folded, m.start)
		if z := cityZoneAt(d.folded, m.start+c); c == 0 || z == 0 || m.start+c+z != m.end {
			continue
		}
		city := End{Name: string(d.runes[m.start : m.start+c])}
		if id, ok := ix.byName[string(d.folded[m.start:m.start+c])]; ok && ix.kinds[id] == kg.KindPlace {
			city.EntityID = id
		} else if p := placeListName(d.folded[m.start : m.start+c]); p != "" && es.candidates[d.key(placeNames[p][0])] != nil {
			city.EntityKey = d.key(placeNames[p][0])
		} else {
			continue
		}
		out = seen.addNew(out, relAt(d, span{m.start, m.end}, m.name, 0.5, &RelationshipProposal{Type: "LOCATED_IN", From: m.end_(), To: city}))
	}
	return out
}
