package curation

import (
	"errors"
	"math"
	"strings"
	"unicode/utf8"

	"github.com/hkgraph/hkgraph/kg"
)

// MaxIngestBytes bounds a document read for proposals, in bytes of UTF-8: extraction is CPU
// per byte (≤ ~17 µs/byte on hostile text, extract's BenchmarkExtractAdversarial), so one
// request stays under a second, and at ingestDocument's price of a point per byte
// (graph/cost.go) the largest text stays under the default cost limit (50,000): a text that
// is too long is refused as BAD_USER_INPUT naming input.text, not as QUERY_TOO_COMPLEX.
const MaxIngestBytes = 48 << 10

// Ingest validates a document to store and read for proposals. field turns a field name
// ("title", "language", "text", "published", "url", "publisher") into what the caller calls
// it: "input.title" in the API, "--title" on the command line.
func Ingest(d *kg.Document, field func(string) string) error {
	var p kg.Problems
	d.Title = strings.TrimSpace(d.Title)
	text(&p, field("title"), &d.Title, 1, 500)
	switch d.Language {
	case "zh-Hans", "zh-Hant", "en":
	default:
		p.Add(field("language"), "%q must be zh-Hans, zh-Hant or en", d.Language)
	}
	switch n := len(d.Text); {
	case !utf8.ValidString(d.Text):
		p.Add(field("text"), "is not valid UTF-8")
	case strings.TrimSpace(d.Text) == "":
		p.Add(field("text"), "is empty")
	case n > MaxIngestBytes:
		p.Add(field("text"), "is %d bytes in UTF-8 (%d characters); at most %d bytes can be read for proposals at once (split the document)",
			n, utf8.RuneCountInString(d.Text), MaxIngestBytes)
	}
	if d.URL != nil {
		checkURL(&p, field("url"), *d.URL)
	}
	if d.Published != nil && !kg.ValidDate(*d.Published) {
		p.Add(field("published"), "%q is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)", *d.Published)
	}
	optText(&p, field("publisher"), d.Publisher, kg.MaxNameLen)
	return p.Err()
}

// Accept plans accepting proposal p with a curator's edit (nil: as proposed): the entity,
// relationship or figure to write, validated as upsertEntity, addRelationship and addFigure
// validate theirs, plus any pending entity proposal a relationship or figure names, which is
// accepted with it. ends holds the entity proposals p names, by id. Problems name the edit's
// fields ("edit.date"), since an edit is how a curator fixes them.
func Accept(p *kg.Proposal, ends map[string]*kg.Proposal, edit *kg.ProposalEdit) (kg.AcceptPlan, error) {
	if edit == nil {
		edit = &kg.ProposalEdit{}
	}
	plan := kg.AcceptPlan{ProposalID: p.ID, Ends: map[string]string{}}
	if err := editApplies(p.Kind, edit); err != nil {
		return plan, err
	}
	src := kg.Source{DocumentID: &p.DocumentID, Start: &p.Start, End: &p.End, Quote: &p.Quote}
	b := planner{plan: &plan, ends: ends, src: src}
	var err error
	switch {
	case p.Entity != nil:
		err = b.entity(p, edit, "edit.id", "edit.id")
	case p.Relationship != nil:
		err = b.relationship(p.Relationship, edit)
	case p.Figure != nil:
		err = b.figure(p.Figure, edit)
	default:
		err = kg.Errorf(kg.CodeInternal, "proposal %s has no content", p.ID)
	}
	return plan, err
}

type planner struct {
	plan *kg.AcceptPlan
	ends map[string]*kg.Proposal
	src  kg.Source
}

// entity plans writing an entity proposal: the one accepted (field "edit.id") or a pending end
// accepted as proposed (field "from", "to" or "subject", fixed through editField).
func (b planner) entity(p *kg.Proposal, edit *kg.ProposalEdit, field, editField string) error {
	for _, ae := range b.plan.Entities {
		if ae.ProposalID == p.ID {
			return nil // both ends are the same pending entity
		}
	}
	pe := p.Entity
	src := kg.Source{DocumentID: &p.DocumentID, Start: &p.Start, End: &p.End, Quote: &p.Quote}
	if pe.ExistingID != nil && edit.ID == nil && edit.Kind == nil && edit.Name == nil {
		// It names a known entity: accepting cites this span on it and changes nothing else.
		b.plan.Entities = append(b.plan.Entities, kg.AcceptedEntity{ProposalID: p.ID, Existing: true, Field: field,
			Write: kg.EntityWrite{Entity: kg.Entity{ID: *pe.ExistingID}, Source: src}})
		return nil
	}
	e := kg.Entity{ID: pe.Slug, Kind: pe.Kind, Name: pe.Name, NameZhHans: pe.NameZhHans, NameZhHant: pe.NameZhHant,
		Aliases: pe.Aliases, Roles: pe.Roles}
	set(&e.ID, edit.ID)
	if edit.Kind != nil {
		e.Kind = *edit.Kind
	}
	set(&e.Name, edit.Name)
	if edit.NameZhHans != nil {
		e.NameZhHans = edit.NameZhHans
	}
	if edit.NameZhHant != nil {
		e.NameZhHant = edit.NameZhHant
	}
	if edit.Aliases != nil {
		e.Aliases = edit.Aliases
	}
	switch {
	case edit.Roles != nil:
		e.Roles = edit.Roles
	case e.Kind != kg.KindOrganization:
		e.Roles = nil // an edit that changes the kind drops the roles only organisations have
	}
	if !e.Kind.Valid() {
		return kg.BadInput("edit.kind", "%q is not an entity kind", e.Kind)
	}
	w := kg.EntityWrite{Entity: e, Source: src}
	if err := Entity(&w); err != nil {
		if field != editField {
			msg := err.Error()
			var ke *kg.Error
			if errors.As(err, &ke) {
				msg = ke.Message
			}
			e := kg.Errorf(kg.CodeBadUserInput, "%s: the entity proposal %s cannot be written as proposed (%s); accept it first with an edit, or give %s",
				field, p.ID, msg, editField)
			e.Extensions = map[string]any{"argument": editField}
			return e
		}
		return asEdit(err)
	}
	b.plan.Entities = append(b.plan.Entities, kg.AcceptedEntity{ProposalID: p.ID, Write: w, Field: field})
	return nil
}

// end resolves one end of a relationship or a figure's subject to an entity id, planning the
// pending entity proposal it names when there is one.
func (b planner) end(field, editField string, e kg.ProposedEnd, edit *string) (string, error) {
	switch {
	case edit != nil:
		if !kg.ValidID(*edit) {
			return "", kg.BadInput(editField, "%q is not an entity id", *edit)
		}
		b.plan.Ends[editField] = *edit
		return *edit, nil
	case e.EntityID != nil:
		b.plan.Ends[field] = *e.EntityID
		return *e.EntityID, nil
	case e.ProposalID != nil:
		ep := b.ends[*e.ProposalID]
		switch {
		case ep == nil || ep.Entity == nil:
			return "", kg.Errorf(kg.CodeNotFound, "%s: the entity proposal %s (%s) no longer exists; give %s", field, *e.ProposalID, e.Name, editField)
		case ep.Status == kg.ProposalAccepted && ep.ResultID != nil:
			b.plan.Ends[field] = *ep.ResultID
			return *ep.ResultID, nil
		case ep.Status == kg.ProposalRejected:
			err := kg.Errorf(kg.CodeConflict, "%s: the entity proposal %s (%s) was rejected; give %s naming an entity", field, ep.ID, e.Name, editField)
			err.Extensions = map[string]any{"argument": field}
			return "", err
		}
		if err := b.entity(ep, &kg.ProposalEdit{}, field, editField); err != nil {
			return "", err
		}
		var id string
		for _, ae := range b.plan.Entities {
			if ae.ProposalID == ep.ID {
				id = ae.Write.Entity.ID
			}
		}
		return id, nil
	}
	return "", kg.BadInput(editField, "the proposal names no entity for %s (%q); give one", field, e.Name)
}

func (b planner) relationship(r *kg.ProposedRelationship, edit *kg.ProposalEdit) error {
	from, err := b.end("from", "edit.from", r.From, edit.From)
	if err != nil {
		return err
	}
	to, err := b.end("to", "edit.to", r.To, edit.To)
	if err != nil {
		return err
	}
	rel := kg.Relationship{Type: r.Type, FromID: from, ToID: to, Date: r.Date, EndDate: r.EndDate, DateNote: r.DateNote,
		AmountHKD: r.AmountHKD, Role: r.Role, Round: r.Round, Amount: r.Amount, Currency: r.Currency, Lead: r.Lead}
	if r.Status != nil {
		rel.Status = *r.Status
	}
	if edit.Type != nil {
		rel.Type = *edit.Type
	}
	for _, f := range []struct{ dst, src **string }{{&rel.Date, &edit.Date}, {&rel.EndDate, &edit.EndDate},
		{&rel.DateNote, &edit.DateNote}, {&rel.Role, &edit.Role}, {&rel.Currency, &edit.Currency}} {
		if *f.src != nil {
			*f.dst = *f.src
		}
	}
	for _, f := range []struct{ dst, src **float64 }{{&rel.AmountHKD, &edit.AmountHKD}, {&rel.Amount, &edit.Amount}} {
		if *f.src != nil {
			*f.dst = *f.src
		}
	}
	if edit.Status != nil {
		rel.Status = *edit.Status
	}
	if edit.Round != nil {
		rel.Round = edit.Round
	}
	if edit.Lead != nil {
		rel.Lead = edit.Lead
	}
	if rel.Type != "INVESTED_IN" && edit.Type != nil {
		// Round and lead belong to investments: retyping drops the proposed ones.
		if edit.Round == nil {
			rel.Round = nil
		}
		if edit.Lead == nil {
			rel.Lead = nil
		}
	}
	var p kg.Problems
	if !rel.Type.Valid() {
		p.Add("edit.type", "%q is not a relationship type", rel.Type)
	}
	optText(&p, "edit.dateNote", rel.DateNote, MaxNoteLen)
	if err := p.Err(); err != nil {
		return err
	}
	w := kg.RelationshipWrite{Relationship: rel, Source: b.src}
	if err := Relationship(&w); err != nil {
		return asEdit(err)
	}
	b.plan.Relationship = &w
	return nil
}

func (b planner) figure(f *kg.ProposedFigure, edit *kg.ProposalEdit) error {
	subject, err := b.end("subject", "edit.id", f.Subject, edit.ID)
	if err != nil {
		return err
	}
	fig := kg.Figure{Key: f.Key, Value: f.Value, MaxValue: f.MaxValue, Unit: f.Unit, Qualifier: f.Qualifier, AsOf: f.AsOf}
	set(&fig.Key, edit.Key)
	if edit.Value != nil {
		fig.Value = *edit.Value
	}
	if edit.MaxValue != nil {
		fig.MaxValue = edit.MaxValue
	}
	for _, x := range []struct{ dst, src **string }{{&fig.Unit, &edit.Unit}, {&fig.Qualifier, &edit.Qualifier}, {&fig.AsOf, &edit.AsOf}} {
		if *x.src != nil {
			*x.dst = *x.src
		}
	}
	w := kg.FigureWrite{EntityID: subject, Figure: fig, Source: b.src}
	if err := Figure(&w); err != nil {
		return asEdit(err)
	}
	b.plan.Figure = &w
	return nil
}

// editApplies refuses edit fields that mean nothing for the proposal's kind.
func editApplies(kind kg.ProposalKind, e *kg.ProposalEdit) error {
	fields := map[kg.ProposalKind][]struct {
		name string
		set  bool
	}{
		kg.ProposalRelationship: {{"type", e.Type != nil}, {"from", e.From != nil}, {"to", e.To != nil}, {"date", e.Date != nil},
			{"endDate", e.EndDate != nil}, {"dateNote", e.DateNote != nil}, {"amount", e.Amount != nil},
			{"currency", e.Currency != nil}, {"amountHKD", e.AmountHKD != nil}, {"role", e.Role != nil},
			{"status", e.Status != nil}, {"round", e.Round != nil}, {"lead", e.Lead != nil}},
		kg.ProposalEntity: {{"kind", e.Kind != nil}, {"name", e.Name != nil}, {"nameZhHans", e.NameZhHans != nil},
			{"nameZhHant", e.NameZhHant != nil}, {"aliases", e.Aliases != nil}, {"roles", e.Roles != nil}},
		kg.ProposalFigure: {{"key", e.Key != nil}, {"value", e.Value != nil}, {"maxValue", e.MaxValue != nil},
			{"unit", e.Unit != nil}, {"qualifier", e.Qualifier != nil}, {"asOf", e.AsOf != nil}},
	}
	var p kg.Problems
	for k, fs := range fields {
		if k == kind {
			continue
		}
		for _, f := range fs {
			if f.set {
				p.Add("edit."+f.name, "applies to %s proposals, not %s", k, kind)
			}
		}
	}
	if e.Value != nil && (math.IsNaN(*e.Value) || math.IsInf(*e.Value, 0)) {
		p.Add("edit.value", "must be a finite number")
	}
	return p.Err()
}

func set(dst *string, v *string) {
	if v != nil {
		*dst = *v
	}
}

// asEdit renames the fields of a write's validation problems ("input.date", "entityId") to the
// edit's ("edit.date", "edit.id"), which is where the curator fixes them.
func asEdit(err error) error {
	var ke *kg.Error
	if !errors.As(err, &ke) || ke.Code != kg.CodeBadUserInput {
		return err
	}
	r := strings.NewReplacer("input.source", "proposal.citation", "input.", "edit.", "entityId", "edit.id")
	out := &kg.Error{Code: ke.Code, Message: r.Replace(ke.Message), Extensions: map[string]any{}}
	for k, v := range ke.Extensions {
		switch v := v.(type) {
		case []string:
			ps := make([]string, len(v))
			for i, s := range v {
				ps[i] = r.Replace(s)
			}
			out.Extensions[k] = ps
		case string:
			out.Extensions[k] = r.Replace(v)
		default:
			out.Extensions[k] = v
		}
	}
	return out
}
