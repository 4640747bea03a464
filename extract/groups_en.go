package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// "Meridian Port Holdings Limited is a member of the Harbour Meridian Group": a company that
// is a member of a corporate group (a name ending in Group) belongs to it, SUBSIDIARY_OF, as
// against a member of an association or a council (MEMBER_OF).

// groupMemberships retypes an organisation's MEMBER_OF a "… Group" as SUBSIDIARY_OF.
func groupMemberships(d *doc, es *entitySet, ps []Proposal) {
	if d.lang != "en" {
		return
	}
	for _, p := range ps {
		r := p.Relationship
		if r == nil || r.Type != "MEMBER_OF" || !strings.HasSuffix(r.To.Name, " Group") || kindOfEnd(es, r.From) != kg.KindOrganization {
			continue
		}
		r.Type = "SUBSIDIARY_OF"
	}
}

// kindOfEnd is the kind of the entity an end names, as its mentions have it.
func kindOfEnd(es *entitySet, e End) kg.Kind {
	k := endKey(e)
	for _, m := range es.mentions {
		if m.id != "" && "id:"+m.id == k || m.id == "" && m.key == k {
			return m.kind
		}
	}
	return ""
}
