package extract

import "github.com/hkgraph/hkgraph/kg"

// Mainland news writes a district right after its city: 深圳南山區, 深圳前海, 廣州南沙. The
// district is LOCATED_IN the city.

// zhCities are the mainland cities of the place list, by English name.
var zhCities = map[string]bool{"Shenzhen": true, "Guangzhou": true, "Dongguan": true, "Foshan": true, "Zhuhai": true, "Shanghai": true,
	"Beijing": true, "Hangzhou": true, "Suzhou": true, "Nanjing": true, "Hefei": true, "Wuhan": true, "Chengdu": true, "Chongqing": true,
	"Xi'an": true, "Tianjin": true, "Xiamen": true, "Huizhou": true, "Jiangmen": true, "Zhaoqing": true, "Ningbo": true, "Wuxi": true,
	"Changzhou": true, "Qingdao": true, "Jinan": true, "Zhengzhou": true, "Fuzhou": true, "Kunming": true, "Haikou": true, "Dalian": true,
	"Shenyang": true}

// cityAt reports whether f is exactly a mainland city's name.
func cityAt(f []rune) bool {
	for _, x := range placeMatcher.FindFolded(f) {
		if x.Start == 0 && x.End == len(f) && zhCities[x.ID] {
			return true
		}
	}
	return false
}

// cityDistrictFacts makes each district written right after its city (the city
// dropCityBeforeDistrict took out of the mentions) LOCATED_IN it. What is in the district is not
// put in the city too: the annotators who ask for the district's city do not all ask for that.
func cityDistrictFacts(d *doc, es *entitySet, have []Proposal) []Proposal {
	if d.lang == "en" {
		return nil
	}
	seen := proposedFacts(have)
	var out []Proposal
	for _, n := range es.mentions {
		c, ok := es.cityBefore[n.start]
		if !ok || n.kind != kg.KindPlace || sameEntity(c, n) || !cityAt(d.folded[c.start:c.end]) || cityAt(d.folded[n.start:n.end]) {
			continue
		}
		out = seen.addNew(out, relAt(d, span{c.start, n.end}, string(d.runes[c.start:n.end]), 0.5, &RelationshipProposal{Type: "LOCATED_IN", From: n.end_(), To: c.end_()}))
	}
	return out
}
