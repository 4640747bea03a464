// Package curation validates the API's writes before anything is written: ids, lengths, enum
// values, ISO 8601 dates, amounts and sources. Every refusal is BAD_USER_INPUT naming the
// field. It also fills a missing Simplified or Traditional name by conversion, so search finds
// new entities in both scripts.
package curation

import (
	"math"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/hkgraph/hkgraph/kg"
	"github.com/hkgraph/hkgraph/textnorm"
)

// Limits on sources and documents.
const (
	MaxQuoteLen    = kg.MaxCitationLen
	MaxNoteLen     = 2000
	MaxDocumentLen = 1_000_000
	MaxURLLen      = 2000
)

// Entity validates an entity write. field prefixes the names in errors ("input").
func Entity(w *kg.EntityWrite) error {
	var p kg.Problems
	e := &w.Entity
	if !kg.ValidID(e.ID) {
		p.Add("input.id", "%q must be 2–64 lowercase letters, digits or hyphens", e.ID)
	}
	e.Name = strings.TrimSpace(e.Name)
	text(&p, "input.name", &e.Name, 1, kg.MaxNameLen)
	optText(&p, "input.nameZhHans", e.NameZhHans, kg.MaxNameLen)
	optText(&p, "input.nameZhHant", e.NameZhHant, kg.MaxNameLen)
	optText(&p, "input.description", e.Description, kg.MaxDescriptionLen)
	optText(&p, "input.region", e.Region, kg.MaxNameLen)
	optText(&p, "input.sector", e.Sector, kg.MaxNameLen)
	if len(e.Aliases) > kg.MaxAliases {
		p.Add("input.aliases", "at most %d aliases, got %d", kg.MaxAliases, len(e.Aliases))
	}
	for i := range e.Aliases {
		text(&p, "input.aliases["+strconv.Itoa(i)+"]", &e.Aliases[i], 1, kg.MaxNameLen)
	}
	if len(e.Roles) > 0 && e.Kind != kg.KindOrganization {
		p.Add("input.roles", "roles are for ORGANIZATION entities, not %s", e.Kind)
	}
	if e.Founded != nil && (*e.Founded < 1000 || *e.Founded > 2100) {
		p.Add("input.founded", "%d is not a plausible year (1000–2100)", *e.Founded)
	}
	dates(&p, "input", e.Date, e.EndDate)
	if w.ExpectedVersion != nil && *w.ExpectedVersion < 0 {
		p.Add("input.expectedVersion", "must be 0 or more")
	}
	source(&p, "input.source", &w.Source)
	if err := p.Err(); err != nil {
		return err
	}
	FillChineseNames(e)
	return nil
}

// FillChineseNames converts whichever Chinese name is given into the other script.
func FillChineseNames(e *kg.Entity) {
	empty := func(s *string) bool { return s == nil || strings.TrimSpace(*s) == "" }
	switch {
	case empty(e.NameZhHant) && !empty(e.NameZhHans):
		t := textnorm.ToTraditional(*e.NameZhHans)
		e.NameZhHant = &t
	case empty(e.NameZhHans) && !empty(e.NameZhHant):
		s := textnorm.ToSimplified(*e.NameZhHant)
		e.NameZhHans = &s
	}
}

// Relationship validates a relationship write.
func Relationship(w *kg.RelationshipWrite) error {
	var p kg.Problems
	r := &w.Relationship
	if !kg.ValidID(r.FromID) {
		p.Add("input.from", "%q is not an entity id", r.FromID)
	}
	if !kg.ValidID(r.ToID) {
		p.Add("input.to", "%q is not an entity id", r.ToID)
	}
	if r.FromID == r.ToID {
		p.Add("input.to", "a relationship joins two different entities")
	}
	relationshipAttrs(&p, r.Date, r.EndDate, r.AmountHKD, r.Role, r.Note, &w.Source)
	kg.CheckDeal(&p, "input", r)
	if err := p.Err(); err != nil {
		return err
	}
	r.ID = kg.RelationshipID(r.Type, r.FromID, r.ToID, r.Date)
	if r.Status == "" {
		r.Status = kg.StatusFor(r.EndDate, time.Now().UTC().Format(time.DateOnly))
	}
	return nil
}

// Document validates a new source document.
func Document(d *kg.Document) error {
	var p kg.Problems
	d.Title = strings.TrimSpace(d.Title)
	text(&p, "input.title", &d.Title, 1, 500)
	switch d.Language {
	case "zh-Hans", "zh-Hant", "en":
	default:
		p.Add("input.language", "%q must be zh-Hans, zh-Hant or en", d.Language)
	}
	if n := utf8.RuneCountInString(d.Text); n < 1 || n > MaxDocumentLen {
		p.Add("input.text", "must be 1–%d characters, got %d", MaxDocumentLen, n)
	}
	if d.URL != nil {
		checkURL(&p, "input.url", *d.URL)
	}
	if d.Published != nil && !kg.ValidDate(*d.Published) {
		p.Add("input.published", "%q is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)", *d.Published)
	}
	optText(&p, "input.publisher", d.Publisher, kg.MaxNameLen)
	return p.Err()
}

// source requires a URL or a stored document span.
func source(p *kg.Problems, field string, s *kg.Source) {
	switch {
	case s.URL != nil && s.DocumentID != nil:
		p.Add(field, "give url or documentId, not both")
	case s.URL != nil:
		checkURL(p, field+".url", *s.URL)
		if s.Start != nil || s.End != nil {
			p.Add(field, "start and end go with documentId, not url")
		}
		// Without a quote the URL itself becomes the cited text, so it is held to the same cap.
		if (s.Quote == nil || *s.Quote == "") && utf8.RuneCountInString(*s.URL) > kg.MaxCitationLen {
			p.Add(field+".quote", "a URL longer than %d characters needs a quote (the URL alone would be the citation)", kg.MaxCitationLen)
		}
	case s.DocumentID != nil:
		if !strings.HasPrefix(*s.DocumentID, "doc:") {
			p.Add(field+".documentId", "%q is not a document id (doc:…)", *s.DocumentID)
		}
		if s.Start == nil || s.End == nil {
			p.Add(field, "a documentId source needs start and end (code-point offsets, end exclusive)")
		} else if *s.Start < 0 || *s.End <= *s.Start {
			p.Add(field, "start %d and end %d do not make a span (0 ≤ start < end)", *s.Start, *s.End)
		} else if n := *s.End - *s.Start; n > kg.MaxCitationLen {
			p.Add(field+".end", "a citation spans at most %d code points (a sentence or two), got %d", kg.MaxCitationLen, n)
		}
	default:
		p.Add(field, "every change needs a source: url (http or https, with an optional quote) or documentId with start and end")
	}
	optText(p, field+".quote", s.Quote, MaxQuoteLen)
	optText(p, field+".note", s.Note, MaxNoteLen)
}

func checkURL(p *kg.Problems, field, raw string) {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || len(raw) > MaxURLLen {
		p.Add(field, "%q must be an http or https URL of at most %d characters", raw, MaxURLLen)
	}
}

func dates(p *kg.Problems, field string, date, end *string) {
	if date != nil && !kg.ValidDate(*date) {
		p.Add(field+".date", "%q is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)", *date)
	}
	if end != nil && !kg.ValidDate(*end) {
		p.Add(field+".endDate", "%q is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)", *end)
	}
	if date != nil && end != nil && kg.ValidDate(*date) && kg.ValidDate(*end) && kg.DateBefore(*end, *date) {
		p.Add(field+".endDate", "%s is before date %s", *end, *date)
	}
}

func text(p *kg.Problems, field string, s *string, lo, hi int) {
	if n := utf8.RuneCountInString(*s); n < lo || n > hi {
		p.Add(field, "must be %d–%d characters, got %d", lo, hi, n)
	}
}

func optText(p *kg.Problems, field string, s *string, hi int) {
	if s != nil {
		if n := utf8.RuneCountInString(*s); n > hi {
			p.Add(field, "must be at most %d characters, got %d", hi, n)
		}
	}
}

var figureKey = regexp.MustCompile(`^[a-z][a-z0-9_]{0,63}$`)

// Figure validates a figure write.
func Figure(w *kg.FigureWrite) error {
	var p kg.Problems
	f := &w.Figure
	if !kg.ValidID(w.EntityID) {
		p.Add("entityId", "%q is not an entity id", w.EntityID)
	}
	if !figureKey.MatchString(f.Key) {
		p.Add("input.key", "%q must be snake_case: a lowercase letter, then letters, digits or _ (at most 64)", f.Key)
	}
	if math.IsNaN(f.Value) || math.IsInf(f.Value, 0) {
		p.Add("input.value", "must be a finite number")
	}
	if f.MaxValue != nil && (math.IsNaN(*f.MaxValue) || math.IsInf(*f.MaxValue, 0) || *f.MaxValue < f.Value) {
		p.Add("input.maxValue", "must be a finite number no less than value")
	}
	if f.AsOf != nil && !kg.ValidDate(*f.AsOf) {
		p.Add("input.asOf", "%q is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)", *f.AsOf)
	}
	optText(&p, "input.unit", f.Unit, 50)
	optText(&p, "input.qualifier", f.Qualifier, 50)
	optText(&p, "input.note", f.Note, MaxNoteLen)
	source(&p, "input.source", &w.Source)
	return p.Err()
}

// RelationshipUpdate validates a relationship update.
func RelationshipUpdate(u *kg.RelationshipUpdate) error {
	var p kg.Problems
	if _, ok := kg.RelTypeOfID(u.ID); !ok {
		p.Add("id", "%q is not a relationship id (rel:<type>:<16 hex digits>)", u.ID)
	}
	relationshipAttrs(&p, u.Date, u.EndDate, u.AmountHKD, u.Role, u.Note, &u.Source)
	// What depends on the stored relationship (amount with currency, amountHKD against an HKD
	// amount) is checked on the result inside the write; here, what the input shows alone.
	t, _ := kg.RelTypeOfID(u.ID)
	var status kg.FactStatus
	if u.Status != nil {
		status = *u.Status
	}
	kg.CheckDealFields(&p, "input", t, status, u.Deal)
	return p.Err()
}

// relationshipAttrs checks what adding and updating a relationship share.
func relationshipAttrs(p *kg.Problems, date, end *string, amount *float64, role, note *string, src *kg.Source) {
	dates(p, "input", date, end)
	if amount != nil && !kg.ValidAmount(*amount) {
		p.Add("input.amountHKD", "must be a finite number, 0 or more")
	}
	optText(p, "input.role", role, kg.MaxNameLen)
	optText(p, "input.note", note, MaxNoteLen)
	source(p, "input.source", src)
}
