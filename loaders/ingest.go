package loaders

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/hkgraph/hkgraph/kg"
)

// IngestStore is what ingesting an article needs from the database.
type IngestStore interface {
	kg.BatchWriter
	EntityNames(ctx context.Context) ([]*kg.Entity, error)
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
}

// IngestResult says what was stored.
type IngestResult struct {
	Document *kg.Document
	Mentions []kg.Mention
	Entities int // distinct entities named
	Counts   kg.WriteCounts
}

// Ingest stores an article as a Document and links MENTIONS wherever it names a known entity
// (Simplified and Traditional alike; English case-insensitively on word boundaries).
func Ingest(ctx context.Context, st IngestStore, a Article) (IngestResult, error) {
	var p kg.Problems
	if strings.TrimSpace(a.Title) == "" {
		p.Add("--title", "is required")
	}
	if !Languages[a.Language] {
		p.Add("--lang", "%q must be zh-Hans, zh-Hant or en", a.Language)
	}
	if a.Published != nil && !kg.ValidDate(*a.Published) {
		p.Add("--published", "%q is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)", *a.Published)
	}
	if strings.TrimSpace(a.Text) == "" {
		p.Add("FILE", "the text is empty")
	}
	if !utf8.ValidString(a.Text) {
		p.Add("FILE", "the text is not UTF-8")
	}
	sum := sha256.Sum256([]byte(a.Text))
	hash := hex.EncodeToString(sum[:])
	if a.ID == "" {
		a.ID = "doc:" + hash[:16]
	} else if !kg.ValidDocumentID(a.ID) {
		p.Add("--id", "%q must be \"doc:\" followed by lowercase letters, digits and hyphens", a.ID)
	}
	if err := p.Err(); err != nil {
		return IngestResult{}, err
	}
	entities, err := st.EntityNames(ctx)
	if err != nil {
		return IngestResult{}, err
	}
	doc := &kg.Document{ID: a.ID, Title: a.Title, URL: a.URL, Publisher: a.Publisher, Published: a.Published,
		Language: a.Language, Text: a.Text, TextPublic: a.TextPublic, SHA256: hash}
	mentions := NewMatcher(entities).Find(doc.ID, doc.Text)
	named := map[string]bool{}
	for _, m := range mentions {
		named[m.EntityID] = true
	}
	counts, err := st.WriteBatch(ctx, kg.Batch{Documents: []*kg.Document{doc}, Mentions: mentions})
	if err != nil {
		return IngestResult{}, fmt.Errorf("storing %s: %w", doc.ID, err)
	}
	return IngestResult{Document: doc, Mentions: mentions, Entities: len(named), Counts: counts}, nil
}
