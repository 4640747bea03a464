package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// "Chief Executive Officer Jane Doe said", "Hong Kong's Financial Secretary Paul Chan said": a
// title written before a name runs into it as one capitalised run. When the words after the
// run's last title word read as a person (a common given name and one or two more words,
// givenNamePerson), the run is that person; the title tells the post.

// titledPerson cuts the title off the front of such a run.
func titledPerson(m mention) (mention, bool) {
	w := strings.Fields(m.name)
	k := -1
	for i, x := range w[:max(0, len(w)-2)] {
		if enTitleEnds[x] || enPostWords[x] || enRoleWords[x] || titleBeforeName(x) {
			k = i
		}
	}
	if k < 0 {
		return m, false
	}
	rest := strings.Join(w[k+1:], " ")
	p, ok := givenNamePerson(mention{name: rest, kind: kg.KindOrganization})
	if !ok || !strings.HasSuffix(m.name, rest) {
		return m, false
	}
	m.start = m.end - len([]rune(rest))
	m.name, m.kind = rest, p.kind
	return m, true
}
