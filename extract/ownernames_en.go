package extract

import (
	"sort"
	"strings"

	"github.com/hkgraph/hkgraph/kg"
	"github.com/hkgraph/hkgraph/textnorm"
)

// ownedNames cuts an owner's possessive off the front of an English name ("Temasek's ABC
// World Asia", "Swire's Blue Harbour Labs"): news writes a unit under its parent's name, and
// the unit, not "Temasek's ABC World Asia", is the entity. The owner must be an entity the
// graph knows or one the text names on its own, so a name that holds a possessive itself
// ("Moody's Analytics") stays whole; the owner is kept as a mention of its own.
func ownedNames(d *doc, ix *Index, ms []mention) []mention {
	if d.lang != "en" {
		return ms
	}
	named := map[string]bool{}
	for _, m := range ms {
		if m.kind == kg.KindOrganization && !strings.ContainsAny(m.name, "'’") {
			named[textnorm.Fold(m.name)] = true
		}
	}
	var owners []mention
	for i := range ms {
		m := &ms[i]
		if m.id != "" || m.kind != kg.KindOrganization {
			continue
		}
		k := strings.Index(m.name, "'s ")
		if k < 0 {
			k = strings.Index(m.name, "’s ")
		}
		if k <= 0 {
			continue
		}
		owner := m.name[:k]
		rest := strings.Fields(m.name[k+len("'s "):])
		if strings.HasPrefix(m.name[k:], "’") {
			rest = strings.Fields(m.name[k+len("’s "):])
		}
		if len(rest) < 2 || !isCapitalised(rest[0]) {
			continue
		}
		id, known := ix.byName[textnorm.Fold(owner)]
		if known && ix.kinds[id] == kg.KindPlace || !known && !named[textnorm.Fold(owner)] {
			continue // "Hong Kong's Cyberport" says where, not who owns
		}
		n := len([]rune(owner))
		o := mention{start: m.start, end: m.start + n, name: owner, kind: kg.KindOrganization, id: id}
		if !known {
			o.key = d.key(owner)
		}
		owners = append(owners, o)
		d.respan(m, m.start+n+3, m.end)
	}
	if len(owners) == 0 {
		return ms
	}
	ms = append(ms, owners...)
	sort.Slice(ms, func(a, b int) bool { return ms[a].start < ms[b].start })
	return ms
}

// enOwnerLeads end the words before a parent's name: "Shell Ventures, the venture arm of
// Shell" names Shell the owner, not Shell Ventures again.
var enOwnerLeads = []string{" arm of ", " unit of ", " subsidiary of ", " division of ", " owned by ", " spun off from ", " spin-off of ", " parent "}

// ownerAfterArm reports whether m stands right after words that name it the owner of what was
// named before, so it is no short form of that unit's name.
func ownerAfterArm(d *doc, m mention) bool {
	if d.lang != "en" {
		return false
	}
	head := string(d.folded[max(0, m.start-20):m.start])
	for _, w := range enOwnerLeads {
		if strings.HasSuffix(head, w) {
			return true
		}
	}
	return false
}
