package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// "Mr Alan Chow Ka-ho, Chairman and Chief Executive, will hand …": an English apposition that
// gives a person a leading post and names no organisation (no "of X", no "X's") gives the post
// at the company the text is about, the one its sentences name most.

// bareTitleOrg returns the text's company for a title in an apposition right after a person's
// name, when nothing after the title names another organisation.
func (es *entitySet) bareTitleOrg(d *doc, pc personCue, si int) (mention, bool) {
	if d.lang != "en" || !pc.nameBefore || pc.t == nil || pc.t.role == "" || pc.former {
		return mention{}, false
	}
	if gap := string(d.runes[pc.name.end:pc.title.start]); gap != ", " {
		return mention{}, false
	}
	// What follows the title: a comma or "and" and another title, not "of"/"at"/"'s".
	rest := strings.ToLower(string(d.runes[pc.title.end:min(len(d.runes), pc.title.end+30)]))
	if !strings.HasPrefix(rest, ",") && !strings.HasPrefix(rest, " and ") {
		return mention{}, false
	}
	isOrg := func(m mention) bool {
		return m.kind == kg.KindOrganization && !m.media && !roleMisfits(pc.t, m) && !publicBody(m.name)
	}
	if m, ok := mainSubject(d, es, si, isOrg); ok {
		return m, true
	}
	return mostNamedBefore(d, es, d.sents[si].start, isOrg)
}
