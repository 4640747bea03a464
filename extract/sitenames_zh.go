package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// Hong Kong operators name each site "<brand>．<place>" in quotes (「聚點空間．觀塘海濱」,
// 「創科館·中環」): the quoted whole is the site, a facility, not the brand. The separator is a
// full-width stop or a middle dot, and the part after it holds a listed place.
const siteSeparators = "．·・‧"

// brandSiteNames proposes each quoted "<brand><separator><place…>" as a facility.
func brandSiteNames(d *doc) []mention {
	if d.lang == "en" || !strings.ContainsAny(string(d.runes), siteSeparators) {
		return nil
	}
	var out []mention
	for i, c := range d.runes {
		if c != '「' && c != '“' && c != '『' {
			continue
		}
		m, ok := quotedAt(d, i)
		if !ok {
			continue
		}
		k := strings.IndexAny(m.name, siteSeparators)
		if k < 0 {
			continue
		}
		brand, site := []rune(m.name[:k]), []rune(m.name[k:])[1:]
		if len(brand) < 2 || len(site) < 2 || !isHanString(string(brand)) || !isHanString(string(site)) {
			continue
		}
		at := m.start + len(brand) + 1
		if len(placeMatcher.FindFolded(d.folded[at:m.end])) == 0 {
			continue // 「陳大文·李嘉欣」: two names, no site
		}
		m.kind = kg.KindFacility
		out = append(out, m)
	}
	return out
}
