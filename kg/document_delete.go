package kg

import "slices"

// DocumentDeletion reports what deleting a document removed. A relationship needs at least one
// citation and so does a figure: those left with none by a forced deletion are removed too.
// Entities stay, with the citations of other documents.
type DocumentDeletion struct {
	DocumentID string `json:"documentId"`
	Forced     bool   `json:"forced"`
	// CitationsRemoved counts the citations of the document that were removed.
	CitationsRemoved int `json:"citationsRemoved"`
	// RelationshipsDeleted are the relationships that cited only this document.
	RelationshipsDeleted []string `json:"relationshipsDeleted"`
	// FiguresRemoved are "entity/key" of the figures that cited only this document.
	FiguresRemoved []string `json:"figuresRemoved"`
	// EntitiesChanged are the entities whose citations or figures changed.
	EntitiesChanged []string `json:"entitiesChanged"`
}

// WithoutDocument returns cs without the citations of doc, and how many it dropped.
func WithoutDocument(cs []Citation, doc string) ([]Citation, int) {
	out := slices.DeleteFunc(slices.Clone(cs), func(c Citation) bool { return c.DocumentID == doc })
	return out, len(cs) - len(out)
}

// EntityWithoutDocument drops doc's citations from e and its figures (a figure left with no
// citation goes) and records what went in d. It reports whether e changed.
func (d *DocumentDeletion) EntityWithoutDocument(e *Entity) bool {
	var n int
	e.Citations, n = WithoutDocument(e.Citations, d.DocumentID)
	changed := n > 0
	d.CitationsRemoved += n
	kept := e.Figures[:0:0]
	for _, f := range e.Figures {
		var m int
		f.Citations, m = WithoutDocument(f.Citations, d.DocumentID)
		d.CitationsRemoved += m
		changed = changed || m > 0
		if m > 0 && len(f.Citations) == 0 {
			d.FiguresRemoved = append(d.FiguresRemoved, e.ID+"/"+f.Key)
			continue
		}
		kept = append(kept, f)
	}
	e.Figures = kept
	if changed {
		d.EntitiesChanged = append(d.EntitiesChanged, e.ID)
	}
	return changed
}

// RelationshipWithoutDocument drops doc's citations from r; it reports whether r must be
// deleted because no citation is left.
func (d *DocumentDeletion) RelationshipWithoutDocument(r *Relationship) (deleteIt bool) {
	var n int
	r.Citations, n = WithoutDocument(r.Citations, d.DocumentID)
	d.CitationsRemoved += n
	if n > 0 && len(r.Citations) == 0 {
		d.RelationshipsDeleted = append(d.RelationshipsDeleted, r.ID)
		return true
	}
	return false
}

// Refusal is the rule for deleting a cited document: unless forced, a document that
// entities or relationships still cite stays, and the CONFLICT says how often it is cited.
// nil: the deletion may go ahead.
func (d *DocumentDeletion) Refusal(entities, relationships int) error {
	if d.Forced || d.CitationsRemoved == 0 {
		return nil
	}
	e := Errorf(CodeConflict, "%s is cited %d times (by %d entities and %d relationships); pass force: true to remove those citations too",
		d.DocumentID, d.CitationsRemoved, entities, relationships)
	e.Extensions = map[string]any{"citations": d.CitationsRemoved}
	return e
}
