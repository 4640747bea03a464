package kg

import "slices"

// The rules of an edit, decided here so that every store applies the same ones: the store
// reads the current state, calls these, and writes what they return.

// CheckVersion is the optimistic-concurrency rule of every edit: a write that names the
// version it read fails with CONFLICT, carrying the current version, once the object has
// moved on. A write that names none always applies.
func CheckVersion(id string, expected *int, current int) error {
	if expected == nil || *expected == current {
		return nil
	}
	e := Errorf(CodeConflict, "%s is at version %d, not the expected one; reload it and try again", id, current)
	e.Extensions = map[string]any{"currentVersion": current}
	return e
}

// ApplyEntityWrite is what an upsert keeps: without a current entity the write is the entity;
// otherwise kind and name always change, the other fields change when the write gives them
// (nil keeps), and only an organization keeps roles.
func ApplyEntityWrite(cur *Entity, w Entity) *Entity {
	if cur == nil {
		e := w
		return &e
	}
	e := *cur
	e.Kind, e.Name = w.Kind, w.Name
	e.NameZhHans = or(w.NameZhHans, e.NameZhHans)
	e.NameZhHant = or(w.NameZhHant, e.NameZhHant)
	e.Description = or(w.Description, e.Description)
	e.Region = or(w.Region, e.Region)
	e.Sector = or(w.Sector, e.Sector)
	e.Date = or(w.Date, e.Date)
	e.EndDate = or(w.EndDate, e.EndDate)
	e.Founded = or(w.Founded, e.Founded)
	if w.Aliases != nil {
		e.Aliases = w.Aliases
	}
	if w.Roles != nil {
		e.Roles = w.Roles
	}
	if e.Kind != KindOrganization {
		e.Roles = nil
	}
	return &e
}

// ApplyRelationshipUpdate is before with the update's given fields (nil keeps), checked as a
// whole: the deal fields must fit the type and status, and the end may not precede the start.
// Citations, version and id are the caller's: the id names the fact as first recorded.
func ApplyRelationshipUpdate(before Relationship, u RelationshipUpdate) (Relationship, error) {
	after := before
	after.Date, after.EndDate = or(u.Date, after.Date), or(u.EndDate, after.EndDate)
	after.Role, after.Note = or(u.Role, after.Role), or(u.Note, after.Note)
	after.AmountHKD = or(u.AmountHKD, after.AmountHKD)
	if u.Status != nil {
		after.Status = *u.Status
	}
	d := u.Deal
	after.Round, after.Amount, after.Currency, after.Lead = or(d.Round, after.Round), or(d.Amount, after.Amount), or(d.Currency, after.Currency), or(d.Lead, after.Lead)
	var p Problems
	if CheckDeal(&p, "input", &after); p.Err() != nil {
		return before, p.Err()
	}
	if after.Date != nil && after.EndDate != nil && DateBefore(*after.EndDate, *after.Date) {
		return before, BadInput("input.endDate", "%s is before date %s", *after.EndDate, *after.Date)
	}
	return after, nil
}

// CombineMoved is what a merge keeps of a relationship it moves: when the kept entity already
// has the equal relationship (existing, same id), that one stays with its attributes and
// version and gains the moved one's citations; otherwise the moved one is written as it is.
func CombineMoved(existing *Relationship, moved Relationship) Relationship {
	if existing == nil {
		return moved
	}
	out := *existing
	out.Citations = slices.Clone(existing.Citations)
	for _, c := range moved.Citations {
		out.Citations = AddCitation(out.Citations, c)
	}
	out.ID = moved.ID
	return out
}

// SetFigure is figures with f in place of the figure with f's key (appended when none).
func SetFigure(figures []Figure, f Figure) []Figure {
	out := slices.DeleteFunc(slices.Clone(figures), func(g Figure) bool { return g.Key == f.Key })
	return append(out, f)
}

// RemoveFigure is figures without the one keyed key; false when there was none.
func RemoveFigure(figures []Figure, key string) ([]Figure, bool) {
	out := slices.DeleteFunc(slices.Clone(figures), func(g Figure) bool { return g.Key == key })
	return out, len(out) < len(figures)
}

// or is v when given, else current: an update's absent fields keep their values.
func or[T any](v, current *T) *T {
	if v != nil {
		return v
	}
	return current
}
