// Package loaders fills the graph: the seed dataset (the source article and every fact in it,
// cited), imports of more entities and relationships (JSON in the seed's format, CSV), and the
// ingestion of further articles. Everything is validated whole before anything is written.
package loaders

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// Dataset is the JSON format of loaders/data/seed.json and of JSON imports (see
// loaders/data/FORMAT.md).
type Dataset struct {
	// Export is set in files written by `hkgraph export` (see ExportInfo); nil in hand-made ones.
	Export        *ExportInfo          `json:"export,omitempty"`
	Documents     []DocumentRecord     `json:"documents"`
	Entities      []EntityRecord       `json:"entities"`
	Relationships []RelationshipRecord `json:"relationships"`

	files fs.FS // where textFile names are resolved: the dataset's folder
}

// DocumentRecord is a source document.
type DocumentRecord struct {
	ID         string  `json:"id"`
	Title      string  `json:"title"`
	URL        *string `json:"url,omitempty"`
	Publisher  *string `json:"publisher,omitempty"`
	Published  *string `json:"published,omitempty"`
	Language   string  `json:"language"`
	TextFile   string  `json:"textFile,omitempty"`
	Text       string  `json:"text,omitempty"`
	SHA256     string  `json:"sha256,omitempty"`
	TextPublic bool    `json:"textPublic"`
}

// CitationRecord is a span of a document.
type CitationRecord struct {
	Doc   string `json:"doc"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Quote string `json:"quote"`
}

// FigureRecord is a number stated about an entity.
type FigureRecord struct {
	Key       string           `json:"key"`
	Value     *float64         `json:"value"`
	MaxValue  *float64         `json:"maxValue,omitempty"`
	Unit      *string          `json:"unit,omitempty"`
	Qualifier *string          `json:"qualifier,omitempty"`
	AsOf      *string          `json:"asOf,omitempty"`
	Note      *string          `json:"note,omitempty"`
	Citations []CitationRecord `json:"citations"`
}

// EntityRecord is an entity.
type EntityRecord struct {
	ID          string           `json:"id"`
	Kind        string           `json:"kind"`
	Name        string           `json:"name"`
	NameZhHans  *string          `json:"nameZhHans,omitempty"`
	NameZhHant  *string          `json:"nameZhHant,omitempty"`
	Aliases     []string         `json:"aliases,omitempty"`
	Description *string          `json:"description,omitempty"`
	Roles       []string         `json:"roles,omitempty"`
	Founded     *int             `json:"founded,omitempty"`
	Region      *string          `json:"region,omitempty"`
	Sector      *string          `json:"sector,omitempty"`
	Date        *string          `json:"date,omitempty"`
	EndDate     *string          `json:"endDate,omitempty"`
	Citations   []CitationRecord `json:"citations,omitempty"`
	Figures     []FigureRecord   `json:"figures,omitempty"`
}

// RelationshipRecord is a relationship between two entities.
type RelationshipRecord struct {
	Type      string           `json:"type"`
	From      string           `json:"from"`
	To        string           `json:"to"`
	Date      *string          `json:"date,omitempty"`
	EndDate   *string          `json:"endDate,omitempty"`
	DateNote  *string          `json:"dateNote,omitempty"`
	AmountHKD *float64         `json:"amountHKD,omitempty"`
	Role      *string          `json:"role,omitempty"`
	Note      *string          `json:"note,omitempty"`
	Status    *string          `json:"status,omitempty"`   // PLANNED, CURRENT or ENDED (default from endDate)
	Round     *string          `json:"round,omitempty"`    // INVESTED_IN: FundingRound
	Amount    *float64         `json:"amount,omitempty"`   // as stated, in currency
	Currency  *string          `json:"currency,omitempty"` // ISO 4217
	Lead      *bool            `json:"lead,omitempty"`     // INVESTED_IN: the investor led the round
	Citations []CitationRecord `json:"citations"`
}

// LoadJSON reads a dataset file strictly: unknown fields are errors, so a typo in a field name
// is reported instead of silently dropping the value.
func LoadJSON(path string) (*Dataset, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return ParseJSON(b, os.DirFS(filepath.Dir(path)), path)
}

// ParseJSON parses a dataset; files resolves textFile names, name labels errors.
func ParseJSON(b []byte, files fs.FS, name string) (*Dataset, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var ds Dataset
	if err := dec.Decode(&ds); err != nil {
		return nil, fmt.Errorf("%s: %s", name, describeJSONError(b, err))
	}
	ds.files = files
	return &ds, nil
}

// describeJSONError adds a line number to syntax and type errors.
func describeJSONError(b []byte, err error) string {
	var off int64 = -1
	switch e := err.(type) {
	case *json.SyntaxError:
		off = e.Offset
	case *json.UnmarshalTypeError:
		off = e.Offset
	}
	if off < 0 {
		return err.Error()
	}
	line := 1 + bytes.Count(b[:min(int(off), len(b))], []byte("\n"))
	return fmt.Sprintf("line %d: %v", line, err)
}
