package loaders

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"

	"github.com/hkgraph/hkgraph/kg"
)

// ExportFormat marks a dataset written by `hkgraph export` (Dataset.Export).
const ExportFormat = "hkgraph-export"

// ExportInfo marks a dataset as a copy of a database rather than a hand-made dataset. Such a
// dataset is compiled by the rules the database itself holds (the API's): spans must still
// match their documents exactly, but quotes need not name the entity they support and a
// Chinese name is optional, so whatever the API wrote can be restored.
type ExportInfo struct {
	Format  string `json:"format"`  // ExportFormat
	Version int    `json:"version"` // 1
}

// ExportDataset turns the database's documents, entities and relationships into the dataset
// format (documents with their text, entities with figures and citations, relationships with
// citations), ordered by id. With only part of the graph (some kinds), documents nothing
// cites are left out.
func ExportDataset(docs []*kg.Document, ents []*kg.Entity, rels []*kg.Relationship, partial bool) *Dataset {
	ds := &Dataset{Export: &ExportInfo{Format: ExportFormat, Version: 1},
		Documents: []DocumentRecord{}, Entities: []EntityRecord{}, Relationships: []RelationshipRecord{}}
	cited := map[string]bool{}
	cite := func(cs []kg.Citation) []CitationRecord {
		if len(cs) == 0 {
			return nil
		}
		out := make([]CitationRecord, len(cs))
		for i, c := range cs {
			out[i] = CitationRecord{Doc: c.DocumentID, Start: c.Start, End: c.End, Quote: c.Quote}
			cited[c.DocumentID] = true
		}
		return out
	}
	for _, e := range ents {
		r := EntityRecord{ID: e.ID, Kind: string(e.Kind), Name: e.Name, NameZhHans: e.NameZhHans, NameZhHant: e.NameZhHant,
			Description: e.Description, Founded: e.Founded, Region: e.Region, Sector: e.Sector, Date: e.Date,
			EndDate: e.EndDate, Citations: cite(e.Citations)}
		if len(e.Aliases) > 0 {
			r.Aliases = e.Aliases
		}
		for _, role := range e.Roles {
			r.Roles = append(r.Roles, string(role))
		}
		for _, f := range e.Figures {
			v := f.Value
			r.Figures = append(r.Figures, FigureRecord{Key: f.Key, Value: &v, MaxValue: f.MaxValue, Unit: f.Unit,
				Qualifier: f.Qualifier, AsOf: f.AsOf, Note: f.Note, Citations: cite(f.Citations)})
		}
		ds.Entities = append(ds.Entities, r)
	}
	for _, r := range rels {
		rec := RelationshipRecord{Type: string(r.Type), From: r.FromID, To: r.ToID,
			Date: r.Date, EndDate: r.EndDate, DateNote: r.DateNote, AmountHKD: r.AmountHKD, Role: r.Role, Note: r.Note,
			Amount: r.Amount, Currency: r.Currency, Lead: r.Lead, Citations: cite(r.Citations)}
		if r.Status != "" {
			status := string(r.Status)
			rec.Status = &status
		}
		if r.Round != nil {
			round := string(*r.Round)
			rec.Round = &round
		}
		ds.Relationships = append(ds.Relationships, rec)
	}
	for _, d := range docs {
		if partial && !cited[d.ID] {
			continue
		}
		sum := sha256.Sum256([]byte(d.Text))
		ds.Documents = append(ds.Documents, DocumentRecord{ID: d.ID, Title: d.Title, URL: d.URL, Publisher: d.Publisher,
			Published: d.Published, Language: d.Language, Text: d.Text, SHA256: hex.EncodeToString(sum[:]), TextPublic: d.TextPublic})
	}
	sort.Slice(ds.Documents, func(i, j int) bool { return ds.Documents[i].ID < ds.Documents[j].ID })
	sort.Slice(ds.Entities, func(i, j int) bool { return ds.Entities[i].ID < ds.Entities[j].ID })
	return ds
}
