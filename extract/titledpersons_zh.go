package extract

import (
	"sort"

	"github.com/hkgraph/hkgraph/kg"
)

// 獲天使投資人、前渣打香港行政總裁劉振豪注資: inside a cue's gap, an organisation followed by a
// title and a person's name is that person's employer, a description of the person; the person
// acts. The person takes the organisation's place when the slot fits a person.

// titledPersonReach is how far after an organisation its person's title may start.
const titledPersonReach = 12

// titledPersons replaces each organisation of g that is the employer in a title before a
// person's name (ending by end) with that person, when fits allows a person.
func titledPersons(d *doc, es *entitySet, g []mention, end int, fits func(kg.Kind) bool) []mention {
	if d.lang == "en" || !fits(kg.KindPerson) {
		return g
	}
	var out []mention // a copy, made at the first replacement: g may be shared
	for k, m := range g {
		if m.kind != kg.KindOrganization {
			continue
		}
		if p, ok := es.titledPersonAfter(d, m, end); ok {
			if out == nil {
				out = append([]mention{}, g...)
			}
			out[k] = p
		}
	}
	if out == nil {
		return g
	}
	return out
}

// titledPersonAfter is the person whose title (before the name) starts right after m's name,
// with only a division or rank between (滙豐亞太區科技主管), the name ending by end.
func (es *entitySet) titledPersonAfter(d *doc, m mention, end int) (mention, bool) {
	cs := es.personCues
	i := sort.Search(len(cs), func(i int) bool { return cs[i].title.start >= m.end })
	for ; i < len(cs) && cs[i].title.start <= m.end+titledPersonReach; i++ {
		pc := cs[i]
		if pc.nameBefore || pc.name.end > end || !titleGap(string(d.folded[m.end:pc.title.start])) && pc.title.start != m.end {
			continue
		}
		if p, ok := es.mentionAt(pc.name.start, pc.name.end); ok && p.kind == kg.KindPerson {
			return p, true
		}
	}
	return mention{}, false
}
