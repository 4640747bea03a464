package loaders

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"maps"
	"math"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/hkgraph/hkgraph/kg"
	"github.com/hkgraph/hkgraph/textnorm"
)

// Known is what the database already holds that a dataset may refer to: entities its
// relationships point at and documents its citations quote.
type Known struct {
	Entities  map[string]*kg.Entity
	Documents map[string]*kg.Document
}

// Compiled is a validated dataset in domain form, ready to write.
type Compiled struct {
	Documents     []*kg.Document
	Entities      []*kg.Entity
	Relationships []*kg.Relationship
	// Mentions are the new documents' mentions of the dataset's entities (found while the
	// relationships compile).
	Mentions []kg.Mention
}

// Languages a document may be in.
var Languages = map[string]bool{"zh-Hans": true, "zh-Hant": true, "en": true}

var (
	figureKeyPattern = regexp.MustCompile(`^[a-z][a-z0-9_]{0,63}$`)
)

// References lists the entity and document ids the dataset uses without defining, so the
// caller can look them up before Compile.
func (ds *Dataset) References() (entityIDs, documentIDs []string) {
	ents, docs := map[string]bool{}, map[string]bool{}
	for _, e := range ds.Entities {
		ents[e.ID] = true
	}
	for _, d := range ds.Documents {
		docs[d.ID] = true
	}
	seenE, seenD := map[string]bool{}, map[string]bool{}
	addE := func(id string) {
		if !ents[id] && !seenE[id] {
			seenE[id] = true
			entityIDs = append(entityIDs, id)
		}
	}
	addD := func(cs []CitationRecord) {
		for _, c := range cs {
			if !docs[c.Doc] && !seenD[c.Doc] {
				seenD[c.Doc] = true
				documentIDs = append(documentIDs, c.Doc)
			}
		}
	}
	for _, e := range ds.Entities {
		addD(e.Citations)
		for _, f := range e.Figures {
			addD(f.Citations)
		}
	}
	for _, r := range ds.Relationships {
		addE(r.From)
		addE(r.To)
		addD(r.Citations)
	}
	return entityIDs, documentIDs
}

// Compile validates the whole dataset and converts it. It reports every problem it finds, each
// naming the file, the record and what is wrong; with any problem it returns no data.
func (ds *Dataset) Compile(name string, known Known) (*Compiled, error) {
	c := &compiler{name: name, known: known, today: time.Now().UTC().Format(time.DateOnly), texts: map[string]kg.Text{}, entities: map[string]*kg.Entity{},
		restore: ds.Export != nil}
	out := &Compiled{}
	for i, d := range ds.Documents {
		if doc := c.document(fmt.Sprintf("documents[%d]", i), d, ds.files); doc != nil {
			out.Documents = append(out.Documents, doc)
		}
	}
	for id, d := range known.Documents {
		if _, ok := c.texts[id]; !ok {
			c.texts[id] = kg.Text(d.Text)
		}
	}
	for i, e := range ds.Entities {
		if ent := c.entity(fmt.Sprintf("entities[%d] (%s)", i, e.ID), e); ent != nil {
			out.Entities = append(out.Entities, ent)
		}
	}
	// The documents' mentions of the entities just compiled are found meanwhile: both are
	// CPU work an import does before its first write.
	var mentions sync.WaitGroup
	mentions.Go(func() { out.Mentions = documentMentions(out.Documents, out.Entities) })
	byID := map[string]*kg.Relationship{}
	for _, rel := range c.relationships(ds.Relationships) {
		if prev := byID[rel.ID]; prev != nil { // the same fact again: one relationship, all its citations
			prev.Citations = mergeCitations(prev.Citations, rel.Citations)
			continue
		}
		byID[rel.ID] = rel
		out.Relationships = append(out.Relationships, rel)
	}
	mentions.Wait()
	if err := c.problems.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

type compiler struct {
	name     string
	known    Known
	texts    map[string]kg.Text
	entities map[string]*kg.Entity
	problems kg.Problems
	// restore: the dataset is an export of a database, checked by the rules the API holds
	// writes to rather than the stricter ones for hand-made datasets (see ExportInfo).
	restore bool
	today   string // YYYY-MM-DD: a relationship without a status is ENDED when its endDate is before it

	folded      map[string]string       // quote → folded (names)
	foldedNames map[*kg.Entity][]string // entity → its folded names (names)
	// the dataset's entities' folded names, computed once for every relationship compiler
	// (nil: names folds each as it meets it)
	datasetNames map[*kg.Entity][]string
	spans        map[span]spanText // a cited span's text and context (citation)
}

// span is a citation's document and code-point range.
type span struct {
	doc        string
	start, end int
}

// spanText is what citation finds at a span: its text (ok: the span is inside the document)
// and the sentence around it.
type spanText struct {
	text, context string
	ok            bool
}

func (c *compiler) fail(where, format string, args ...any) {
	c.problems.Add(c.name+": "+where, format, args...)
}

func (c *compiler) document(where string, d DocumentRecord, files fs.FS) *kg.Document {
	if !kg.ValidDocumentID(d.ID) {
		c.fail(where, "id %q must be \"doc:\" followed by lowercase letters, digits and hyphens", d.ID)
	}
	if _, dup := c.texts[d.ID]; dup {
		c.fail(where, "duplicate document id %q", d.ID)
	}
	if strings.TrimSpace(d.Title) == "" {
		c.fail(where, "title is required")
	}
	if !Languages[d.Language] {
		c.fail(where, "language %q must be zh-Hans, zh-Hant or en", d.Language)
	}
	if d.Published != nil && !kg.ValidDate(*d.Published) {
		c.fail(where, "published %q is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)", *d.Published)
	}
	text := d.Text
	switch {
	case d.TextFile != "" && d.Text != "":
		c.fail(where, "give either text or textFile, not both")
	case d.TextFile != "":
		if !fs.ValidPath(d.TextFile) || strings.Contains(d.TextFile, "/") || files == nil {
			c.fail(where, "textFile %q must name a file beside the dataset", d.TextFile)
			return nil
		}
		b, err := fs.ReadFile(files, d.TextFile)
		if err != nil {
			c.fail(where, "textFile: %v", err)
			return nil
		}
		text = string(b)
	case text == "":
		c.fail(where, "text or textFile is required")
	}
	sum := sha256.Sum256([]byte(text))
	hash := hex.EncodeToString(sum[:])
	if d.SHA256 != "" && d.SHA256 != hash {
		c.fail(where, "text has sha256 %s, but the record says %s: the text was changed, and citations would point at the wrong places", hash, d.SHA256)
	}
	c.texts[d.ID] = kg.Text(text)
	return &kg.Document{ID: d.ID, Title: d.Title, URL: d.URL, Publisher: d.Publisher, Published: d.Published,
		Language: d.Language, Text: text, TextPublic: d.TextPublic, SHA256: hash}
}

func (c *compiler) entity(where string, r EntityRecord) *kg.Entity {
	n := len(c.problems)
	if !kg.ValidID(r.ID) {
		c.fail(where, "id %q must be 2–64 lowercase letters, digits or hyphens", r.ID)
	} else if c.entities[r.ID] != nil {
		c.fail(where, "duplicate entity id %q", r.ID)
	}
	kind := kg.Kind(r.Kind)
	if !kind.Valid() {
		c.fail(where, "unknown kind %q (one of %v)", r.Kind, kg.Kinds)
	}
	e := &kg.Entity{ID: r.ID, Kind: kind, Name: strings.TrimSpace(r.Name), NameZhHans: r.NameZhHans, NameZhHant: r.NameZhHant,
		Aliases: r.Aliases, Description: r.Description, Founded: r.Founded, Region: r.Region, Sector: r.Sector,
		Date: r.Date, EndDate: r.EndDate, Version: 1}
	c.checkNames(where, e)
	for _, role := range r.Roles {
		if !kg.Role(role).Valid() {
			c.fail(where, "unknown role %q (one of %v)", role, kg.Roles)
		}
		e.Roles = append(e.Roles, kg.Role(role))
	}
	if len(r.Roles) > 0 && kind != kg.KindOrganization {
		c.fail(where, "roles are for ORGANIZATION entities, not %s", kind)
	}
	if r.Founded != nil && (*r.Founded < 1000 || *r.Founded > 2100) {
		c.fail(where, "founded %d is not a plausible year", *r.Founded)
	}
	c.checkDates(where, r.Date, r.EndDate)
	for i, cr := range r.Citations {
		if cit, ok := c.citation(fmt.Sprintf("%s citations[%d]", where, i), cr); ok {
			if !c.restore && !mentionsAny(cit.Quote, e.Names()) {
				c.fail(fmt.Sprintf("%s citations[%d]", where, i), "quote %q names neither %q nor any of its aliases", cit.Quote, e.Name)
			}
			e.Citations = append(e.Citations, cit)
		}
	}
	keys := map[string]bool{}
	for i, f := range r.Figures {
		fw := fmt.Sprintf("%s figures[%d] (%s)", where, i, f.Key)
		if !figureKeyPattern.MatchString(f.Key) {
			c.fail(fw, "key %q must be snake_case", f.Key)
		}
		if keys[f.Key] {
			c.fail(fw, "duplicate figure key %q", f.Key)
		}
		keys[f.Key] = true
		if f.Value == nil || math.IsNaN(*f.Value) || math.IsInf(*f.Value, 0) {
			c.fail(fw, "value is required and must be a finite number")
			continue
		}
		if f.MaxValue != nil && *f.MaxValue < *f.Value {
			c.fail(fw, "maxValue %v is below value %v", *f.MaxValue, *f.Value)
		}
		if f.AsOf != nil && !kg.ValidDate(*f.AsOf) {
			c.fail(fw, "asOf %q is not an ISO 8601 date", *f.AsOf)
		}
		if len(f.Citations) == 0 {
			c.fail(fw, "a figure needs at least one citation")
		}
		fig := kg.Figure{Key: f.Key, Value: *f.Value, MaxValue: f.MaxValue, Unit: f.Unit, Qualifier: f.Qualifier, AsOf: f.AsOf, Note: f.Note}
		for j, cr := range f.Citations {
			cw := fmt.Sprintf("%s citations[%d]", fw, j)
			if cit, ok := c.citation(cw, cr); ok {
				if !c.restore && !mentionsAny(cit.Quote, e.Names()) && !kg.HasNumeral(cit.Quote) {
					c.fail(cw, "quote %q names neither the entity nor a number", cit.Quote)
				}
				fig.Citations = append(fig.Citations, cit)
			}
		}
		e.Figures = append(e.Figures, fig)
	}
	if kg.ValidID(r.ID) && c.entities[r.ID] == nil {
		c.entities[r.ID] = e
	}
	if len(c.problems) > n {
		return nil
	}
	return e
}

// checkNames requires an English name and at least one Chinese name, filling the other
// script by conversion so search finds the entity in both.
func (c *compiler) checkNames(where string, e *kg.Entity) {
	if e.Name == "" {
		c.fail(where, "name (English) is required")
	}
	empty := func(p *string) bool { return p == nil || strings.TrimSpace(*p) == "" }
	switch {
	case empty(e.NameZhHans) && empty(e.NameZhHant):
		if !c.restore {
			c.fail(where, "a Chinese name is required: nameZhHans or nameZhHant")
		}
	case empty(e.NameZhHant):
		t := textnorm.ToTraditional(*e.NameZhHans)
		e.NameZhHant = &t
	case empty(e.NameZhHans):
		s := textnorm.ToSimplified(*e.NameZhHant)
		e.NameZhHans = &s
	}
	for _, n := range []string{e.Name, deref(e.NameZhHans), deref(e.NameZhHant)} {
		if len([]rune(n)) > kg.MaxNameLen {
			c.fail(where, "name %q is longer than %d characters", n, kg.MaxNameLen)
		}
	}
	if len(e.Aliases) > kg.MaxAliases {
		c.fail(where, "%d aliases; at most %d", len(e.Aliases), kg.MaxAliases)
	}
	for i, a := range e.Aliases {
		if strings.TrimSpace(a) == "" || len([]rune(a)) > kg.MaxNameLen {
			c.fail(where, "aliases[%d] must be 1–%d characters", i, kg.MaxNameLen)
		}
	}
	if e.Description != nil && len([]rune(*e.Description)) > kg.MaxDescriptionLen {
		c.fail(where, "description is longer than %d characters", kg.MaxDescriptionLen)
	}
}

func (c *compiler) checkDates(where string, date, end *string) {
	if date != nil && !kg.ValidDate(*date) {
		c.fail(where, "date %q is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)", *date)
	}
	if end != nil && !kg.ValidDate(*end) {
		c.fail(where, "endDate %q is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)", *end)
	}
	if date != nil && end != nil && kg.ValidDate(*date) && kg.ValidDate(*end) && kg.DateBefore(*end, *date) {
		c.fail(where, "endDate %s is before date %s", *end, *date)
	}
}

func (c *compiler) relationship(where string, r RelationshipRecord) *kg.Relationship {
	n := len(c.problems)
	t := kg.RelType(r.Type)
	if !t.Valid() {
		c.fail(where, "unknown relationship type %q (one of %v)", r.Type, kg.RelTypes)
	}
	from, to := c.endpoint(where, "from", r.From), c.endpoint(where, "to", r.To)
	if r.From == r.To {
		c.fail(where, "from and to are the same entity")
	}
	c.checkDates(where, r.Date, r.EndDate)
	if r.AmountHKD != nil && !kg.ValidAmount(*r.AmountHKD) {
		c.fail(where, "amountHKD must be a finite, non-negative number")
	}
	if len(r.Citations) == 0 {
		c.fail(where, "a relationship needs at least one citation")
	}
	rel := &kg.Relationship{ID: kg.RelationshipID(t, r.From, r.To, r.Date), Type: t, FromID: r.From, ToID: r.To,
		Date: r.Date, EndDate: r.EndDate, DateNote: r.DateNote, AmountHKD: r.AmountHKD, Role: r.Role, Note: r.Note, Version: 1,
		Amount: r.Amount, Currency: r.Currency, Lead: r.Lead, Status: kg.StatusFor(r.EndDate, c.today)}
	if r.Status != nil {
		rel.Status = kg.FactStatus(*r.Status)
	}
	if r.Round != nil {
		round := kg.FundingRound(*r.Round)
		rel.Round = &round
	}
	var deal kg.Problems
	if kg.CheckDeal(&deal, "relationship", rel); len(deal) > 0 {
		for _, d := range deal {
			c.fail(where, "%s", d)
		}
	}
	for i, cr := range r.Citations {
		cw := fmt.Sprintf("%s citations[%d]", where, i)
		cit, ok := c.citation(cw, cr)
		if !ok {
			continue
		}
		if !c.restore && from != nil && to != nil && !c.names(cit.Quote, from) && !c.names(cit.Quote, to) {
			c.fail(cw, "quote %q names neither %s nor %s (nor an alias of either)", cit.Quote, r.From, r.To)
		}
		rel.Citations = append(rel.Citations, cit)
	}
	if len(c.problems) > n {
		return nil
	}
	return rel
}

// minParallelRelationships is the fewest relationships worth compiling in parallel.
const minParallelRelationships = 20_000

// relationships compiles rs (nil where a record has problems) on every core: consecutive
// parts, each by a compiler of its own (caches and problems; the documents and entities are
// only read now), their results and problems joined in record order, as one pass would give.
func (c *compiler) relationships(rs []RelationshipRecord) []*kg.Relationship {
	compile := func(c *compiler, part []RelationshipRecord, first int) []*kg.Relationship {
		out := make([]*kg.Relationship, 0, len(part))
		for i, r := range part {
			if rel := c.relationship(fmt.Sprintf("relationships[%d] (%s %s→%s)", first+i, r.Type, r.From, r.To), r); rel != nil {
				out = append(out, rel)
			}
		}
		return out
	}
	workers := min(runtime.GOMAXPROCS(0), len(rs)/minParallelRelationships)
	if workers <= 1 {
		return compile(c, rs, 0)
	}
	// The entities' names are folded once, on every core, rather than by each part again.
	ents := slices.Collect(maps.Values(c.entities))
	folded := make([][]string, len(ents))
	var fold sync.WaitGroup
	for w := range workers {
		fold.Go(func() {
			for i := w; i < len(ents); i += workers {
				folded[i] = foldNames(ents[i])
			}
		})
	}
	fold.Wait()
	names := make(map[*kg.Entity][]string, len(ents))
	for i, e := range ents {
		names[e] = folded[i]
	}
	size := (len(rs) + workers - 1) / workers
	forks := make([]*compiler, workers)
	parts := make([][]*kg.Relationship, workers)
	var wg sync.WaitGroup
	for w := range workers {
		forks[w] = &compiler{name: c.name, known: c.known, texts: c.texts, entities: c.entities, restore: c.restore, today: c.today, datasetNames: names}
		first := w * size
		wg.Go(func() { parts[w] = compile(forks[w], rs[first:min(first+size, len(rs))], first) })
	}
	wg.Wait()
	for _, f := range forks {
		c.problems = append(c.problems, f.problems...)
	}
	return slices.Concat(parts...)
}

func (c *compiler) endpoint(where, end, id string) *kg.Entity {
	if e := c.entities[id]; e != nil {
		return e
	}
	if e := c.known.Entities[id]; e != nil {
		return e
	}
	c.fail(where, "%s: no entity %q in this file or the database", end, id)
	return nil
}

// citation checks a span against its document and fills its context.
func (c *compiler) citation(where string, r CitationRecord) (kg.Citation, bool) {
	text, ok := c.texts[r.Doc]
	if !ok {
		c.fail(where, "no document %q in this file or the database", r.Doc)
		return kg.Citation{}, false
	}
	if n := r.End - r.Start; n > kg.MaxCitationLen {
		c.fail(where, "span [%d, %d) is %d code points; a citation spans at most %d", r.Start, r.End, n, kg.MaxCitationLen)
		return kg.Citation{}, false
	}
	// Many records cite the same few spans: each is cut from its text once.
	key := span{r.Doc, r.Start, r.End}
	at, seen := c.spans[key]
	if !seen {
		at.text, at.ok = text.Slice(r.Start, r.End)
		if at.ok {
			at.context = text.Context(r.Start, r.End)
		}
		if c.spans == nil {
			c.spans = map[span]spanText{}
		}
		c.spans[key] = at
	}
	if !at.ok {
		c.fail(where, "span [%d, %d) is outside document %s (length %d)", r.Start, r.End, r.Doc, len(text))
		return kg.Citation{}, false
	}
	if at.text != r.Quote {
		c.fail(where, "the text at [%d, %d) is %q, not the quote %q", r.Start, r.End, at.text, r.Quote)
		return kg.Citation{}, false
	}
	return kg.Citation{DocumentID: r.Doc, Start: r.Start, End: r.End, Quote: at.text, Context: at.context}, true
}

// names reports whether quote names e (mentionsAny), folding each entity's names and each
// distinct quote once: a million relationships cite a few quotes and name each endpoint in
// many relationships, and folding converts scripts through OpenCC.
func (c *compiler) names(quote string, e *kg.Entity) bool {
	if c.folded == nil {
		c.folded, c.foldedNames = map[string]string{}, map[*kg.Entity][]string{}
	}
	q, ok := c.folded[quote]
	if !ok {
		q = textnorm.Fold(quote)
		c.folded[quote] = q
	}
	keys, ok := c.datasetNames[e]
	if !ok {
		keys, ok = c.foldedNames[e]
	}
	if !ok {
		keys = foldNames(e)
		c.foldedNames[e] = keys
	}
	for _, k := range keys {
		if strings.Contains(q, k) {
			return true
		}
	}
	return false
}

// foldNames folds e's names (the non-empty ones).
func foldNames(e *kg.Entity) []string {
	var keys []string
	for _, n := range e.Names() {
		if k := textnorm.Fold(n); k != "" {
			keys = append(keys, k)
		}
	}
	return keys
}

// mentionsAny reports whether quote contains one of names, across scripts and case.
func mentionsAny(quote string, names []string) bool {
	q := textnorm.Fold(quote)
	for _, n := range names {
		if k := textnorm.Fold(n); k != "" && strings.Contains(q, k) {
			return true
		}
	}
	return false
}

func mergeCitations(a, b []kg.Citation) []kg.Citation {
	for _, x := range b {
		dup := false
		for _, y := range a {
			if x.DocumentID == y.DocumentID && x.Start == y.Start && x.End == y.End {
				dup = true
				break
			}
		}
		if !dup {
			a = append(a, x)
		}
	}
	return a
}

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}
