package extract

import "github.com/hkgraph/hkgraph/kg"

// Hong Kong news writes a building or a venue after its district with no break:
// 灣仔香港會議展覽中心, 中環國際金融中心二期, 沙田香港科學園. The district says where the site
// is; the site's name is what follows when it is a name of its own: one that opens with a place
// (香港…) or a building's with its phase (…二期). Otherwise (將軍澳工業邨, 灣仔會議展覽中心)
// the district is part of the name news uses.

// hkDistricts are the Hong Kong districts and areas of the place list, by English name.
var hkDistricts = map[string]bool{"Kowloon Bay": true, "Tsuen Wan": true, "Yuen Long": true, "Tuen Mun": true, "Tai Po": true,
	"Wong Chuk Hang": true, "Sha Tin": true, "Kwun Tong": true, "Wan Chai": true, "Central": true, "Tsim Sha Tsui": true,
	"Tseung Kwan O": true, "Admiralty": true, "Causeway Bay": true, "Mong Kok": true, "Kwai Chung": true, "Sheung Wan": true,
	"North Point": true, "Quarry Bay": true, "Cheung Sha Wan": true, "Hung Hom": true, "West Kowloon": true,
	"Kowloon Tong": true, "Lai Chi Kok": true, "Fo Tan": true, "Kwai Tsing": true, "Pak Shek Kok": true, "Kai Tak": true,
	"Hung Shui Kiu": true, "Kwu Tung North": true}

// zhPhases follow a building's name: its phase (國際金融中心二期, 創紀之城五期).
var zhPhases = []string{"一期", "二期", "三期", "四期", "五期", "六期", "七期", "八期"}

// splitSiteDistricts cuts a leading Hong Kong district off a new site's name (giving the
// district its own mention) and takes a phase that follows the name into it.
func splitSiteDistricts(d *doc, ms []mention) []mention {
	if d.lang == "en" {
		return ms
	}
	f := d.folded
	var add []mention
	for i := range ms {
		m := &ms[i]
		if m.kind != kg.KindFacility || m.id != "" {
			continue
		}
		phased := false
		if p := wordStartingAt(f, m.end, zhPhases); p != "" {
			d.respan(m, m.start, m.end+len([]rune(p)))
			phased = true
		}
		for _, x := range placeMatcher.FindFolded(f[m.start:m.end]) {
			if x.Start != 0 || !hkDistricts[x.ID] {
				continue
			}
			rest := m.end - m.start - x.End
			restPlaced := len(placeMatcher.FindFolded(f[m.start+x.End:min(m.end, m.start+x.End+2)])) > 0
			if !(restPlaced && rest >= 4 || phased && rest >= 5) {
				break // 灣仔會議展覽中心, 將軍澳工業邨: the district is part of the name news uses
			}
			ds := m.start
			d.respan(m, m.start+x.End, m.end)
			name := string(d.runes[ds:m.start])
			add = append(add, mention{start: ds, end: m.start, name: name, key: d.key(placeNames[x.ID][0]), kind: kg.KindPlace, english: x.ID})
			break
		}
	}
	return append(ms, add...)
}

// siteDistrictFacts makes a site written right after its Hong Kong district LOCATED_IN it.
func siteDistrictFacts(d *doc, es *entitySet) []Proposal {
	if d.lang == "en" {
		return nil
	}
	var out []Proposal
	ms := es.mentions
	for i := 1; i < len(ms); i++ {
		p, o := ms[i-1], ms[i]
		if p.kind != kg.KindPlace || o.kind != kg.KindFacility || p.end != o.start || !hkDistrictSpan(d.folded[p.start:p.end]) {
			continue
		}
		sp := span{p.start, o.end}
		out = append(out, relAt(d, sp, p.name, 0.5, &RelationshipProposal{Type: "LOCATED_IN", From: o.end_(), To: p.end_()}))
	}
	return out
}

// hkDistrictSpan reports whether f is exactly a Hong Kong district's name.
func hkDistrictSpan(f []rune) bool {
	for _, x := range placeMatcher.FindFolded(f) {
		if x.Start == 0 && x.End == len(f) && hkDistricts[x.ID] {
			return true
		}
	}
	return false
}

// preferSites points a LOCATED_IN at a site written right after its district (辦公室設於中環
// 國際金融中心二期: the office is in the building, which is in 中環) instead of the district.
func preferSites(d *doc, es *entitySet, out []Proposal) {
	if d.lang == "en" {
		return
	}
	site := map[[2]string]mention{}
	ms := es.mentions
	for i := 1; i < len(ms); i++ {
		p, o := ms[i-1], ms[i]
		if p.kind == kg.KindPlace && o.kind == kg.KindFacility && p.end == o.start && hkDistrictSpan(d.folded[p.start:p.end]) {
			site[[2]string{p.id, p.key}] = o
		}
	}
	if len(site) == 0 {
		return
	}
	for _, pr := range out {
		r := pr.Relationship
		if pr.Kind != KindRelationship || r.Type != "LOCATED_IN" {
			continue
		}
		if o, ok := site[[2]string{r.To.EntityID, r.To.EntityKey}]; ok && r.From != o.end_() {
			r.To = o.end_()
		}
	}
}
