package kg

import "slices"

// Merge asks to fold the entity Remove into Keep.
type Merge struct {
	Keep, Remove string
	Reason       *string
	// AllowKindChange lets entities of different kinds merge (Remove takes Keep's kind);
	// otherwise that is refused, since it is almost always a wrong pick.
	AllowKindChange bool
}

// MergeResult is what a merge did: the entity kept, and what could not move.
type MergeResult struct {
	Entity *Entity
	// Dropped are the relationships between Keep and Remove: merged, they would join an entity
	// to itself. Their citations are kept on the entity (see PlanMerge).
	Dropped []Relationship `json:"droppedRelationships"`
	// DroppedFigures are Remove's figures whose key Keep already has with another value;
	// their citations are listed here and in the audit event, not lost silently.
	DroppedFigures []Figure `json:"droppedFigures"`
}

// MergePlan is everything a merge writes, decided before anything is written.
type MergePlan struct {
	MergeResult
	// Moved are Remove's other relationships re-pointed at Keep, with their new ids.
	Moved []Relationship
}

// PlanMerge decides what merging remove into keep keeps: remove's names become aliases of
// keep, its citations join keep's, a figure joins when keep has none with its key (or the same
// number, whose citations then join), its relationships move to keep. A relationship between
// the two cannot move (it would join keep to itself): it is dropped, and its citations become
// citations of keep, so no source is lost. rels are remove's relationships.
func PlanMerge(keep, remove *Entity, rels []Relationship, allowKindChange bool) (*MergePlan, error) {
	if keep.Kind != remove.Kind && !allowKindChange {
		return nil, BadInput("remove", "%s is a %s and %s a %s: merging would change its kind; pass allowKindChange: true if that is meant",
			remove.ID, remove.Kind, keep.ID, keep.Kind)
	}
	merged := *keep
	merged.Aliases = slices.Clone(keep.Aliases)
	merged.Citations = slices.Clone(keep.Citations)
	merged.Figures = slices.Clone(keep.Figures)
	plan := &MergePlan{}
	for _, n := range remove.Names() {
		if !slices.Contains(merged.Names(), n) {
			merged.Aliases = append(merged.Aliases, n)
		}
	}
	for _, c := range remove.Citations {
		merged.Citations = AddCitation(merged.Citations, c)
	}
	for _, f := range remove.Figures {
		i := slices.IndexFunc(merged.Figures, func(g Figure) bool { return g.Key == f.Key })
		switch {
		case i < 0:
			merged.Figures = append(merged.Figures, f)
		case sameNumber(merged.Figures[i], f):
			g := merged.Figures[i]
			g.Citations = slices.Clone(g.Citations)
			for _, c := range f.Citations {
				g.Citations = AddCitation(g.Citations, c)
			}
			merged.Figures[i] = g
		default:
			plan.DroppedFigures = append(plan.DroppedFigures, f)
		}
	}
	for _, rel := range rels {
		if rel.FromID == remove.ID {
			rel.FromID = keep.ID
		}
		if rel.ToID == remove.ID {
			rel.ToID = keep.ID
		}
		if rel.FromID == rel.ToID {
			plan.Dropped = append(plan.Dropped, rel)
			for _, c := range rel.Citations {
				merged.Citations = AddCitation(merged.Citations, c)
			}
			continue
		}
		rel.ID = RelationshipID(rel.Type, rel.FromID, rel.ToID, rel.Date)
		plan.Moved = append(plan.Moved, rel)
	}
	plan.Entity = &merged
	return plan, nil
}

func sameNumber(a, b Figure) bool {
	eq := func(x, y *string) bool { return (x == nil) == (y == nil) && (x == nil || *x == *y) }
	return a.Value == b.Value && ((a.MaxValue == nil) == (b.MaxValue == nil) && (a.MaxValue == nil || *a.MaxValue == *b.MaxValue)) &&
		eq(a.Unit, b.Unit) && eq(a.Qualifier, b.Qualifier)
}

// AddCitation appends c unless cs already holds the same span.
func AddCitation(cs []Citation, c Citation) []Citation {
	cs, _ = AddNewCitation(cs, c)
	return cs
}

// AddNewCitation is AddCitation that also reports whether c was new.
func AddNewCitation(cs []Citation, c Citation) ([]Citation, bool) {
	for _, x := range cs {
		if x.DocumentID == c.DocumentID && x.Start == c.Start && x.End == c.End {
			return cs, false
		}
	}
	return append(cs, c), true
}
