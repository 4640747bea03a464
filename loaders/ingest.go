package loaders

import (
	"context"
	"fmt"

	"github.com/hkgraph/hkgraph/curation"
	"github.com/hkgraph/hkgraph/kg"
)

// IngestStore is what ingesting an article needs from the database.
type IngestStore interface {
	EntityNames(ctx context.Context) ([]*kg.Entity, error)
	IngestDocument(ctx context.Context, in kg.Ingestion, actor string) (*kg.IngestOutcome, error)
}

// Article is a document to ingest.
type Article struct {
	ID         string // "" = doc:<first 16 hex digits of the text's sha256>, so re-ingesting is a no-op
	Title      string
	URL        *string
	Publisher  *string
	Published  *string
	Language   string
	Text       string
	TextPublic bool
	Propose    bool   // read the text for proposals (hkgraph ingest does unless --no-propose)
	Actor      string // who ingests, for the audit log
}

// IngestResult says what was stored.
type IngestResult struct {
	Document     *kg.Document
	Mentions     []kg.Mention
	Entities     int            // distinct entities named
	Proposals    []*kg.Proposal // everything the extractor read (stored now or before)
	NewProposals int            // proposals stored by this ingest
}

// cliFields names a document's fields as `hkgraph ingest` takes them.
var cliFields = map[string]string{"title": "--title", "language": "--lang", "text": "FILE", "published": "--published",
	"url": "--url", "publisher": "--publisher"}

// Ingest stores an article as a Document, links MENTIONS wherever it names a known entity
// (Simplified and Traditional alike; English case-insensitively on word boundaries) and, when
// a.Propose is set, stores what the extractor reads in it as proposals for review, all in one
// transaction. A refused article stores nothing.
func Ingest(ctx context.Context, st IngestStore, a Article) (IngestResult, error) {
	doc := &kg.Document{ID: a.ID, Title: a.Title, URL: a.URL, Publisher: a.Publisher, Published: a.Published,
		Language: a.Language, Text: a.Text, TextPublic: a.TextPublic}
	err := curation.Ingest(doc, func(f string) string { return cliFields[f] })
	if a.ID != "" && !kg.ValidDocumentID(a.ID) {
		var p kg.Problems
		p.Add("--id", "%q must be \"doc:\" followed by lowercase letters, digits and hyphens", a.ID)
		err = p.Err()
	}
	if err != nil {
		return IngestResult{}, err
	}
	known, err := st.EntityNames(ctx)
	if err != nil {
		return IngestResult{}, err
	}
	in := Read(doc, known, a.Propose)
	out, err := st.IngestDocument(ctx, in, a.Actor)
	if err != nil {
		return IngestResult{}, fmt.Errorf("storing %s: %w", doc.ID, err)
	}
	named := map[string]bool{}
	for _, m := range in.Mentions {
		named[m.EntityID] = true
	}
	return IngestResult{Document: out.Document, Mentions: in.Mentions, Entities: len(named), Proposals: in.Proposals,
		NewProposals: out.NewProposals}, nil
}
