package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// 是數碼港培育公司, 為科技園公司培育企業: the noun after an incubator's name says what the
// company is to it (its incubatee), so it is no part of a name; the incubator stands alone and
// the company is its member (MEMBER_OF, read by the 是…培育公司 cues).

// zhIncubateeNouns are the roles an incubator's name stands before.
var zhIncubateeNouns = []string{"培育公司", "培育企业", "孵化企业", "孵化公司", "培育初创"}

// cutIncubateeNouns shortens an organisation's mention that ends in such a noun to the known
// body or the organisation named alone elsewhere in the text before it.
func cutIncubateeNouns(d *doc, ix *Index, ms []mention) []mention {
	for i, m := range ms {
		if m.kind != kg.KindOrganization || m.id != "" {
			continue
		}
		f := []rune(textnormFold(m.name))
		noun := ""
		for _, w := range zhIncubateeNouns {
			if strings.HasSuffix(string(f), w) && len(f) > len([]rune(w))+1 {
				noun = w
			}
		}
		if noun == "" {
			continue
		}
		prefix := string(f[:len(f)-len([]rune(noun))])
		id, known := ix.byName[prefix]
		named := false
		for _, o := range ms {
			named = named || o.start != m.start && textnormFold(o.name) == prefix
		}
		if !known && !named {
			continue
		}
		end := m.start + len([]rune(prefix))
		ms[i] = mention{start: m.start, end: end, name: string(d.runes[m.start:end]), id: id, kind: kg.KindOrganization}
		if !known {
			ms[i].key = d.key(ms[i].name)
		}
	}
	return ms
}
