package neo4jstore

import (
	"crypto/sha256"
	"encoding/hex"

	"github.com/hkgraph/hkgraph/kg"
)

const (
	cypherURLDocument = `MERGE (d:Document {id: $id})
ON CREATE SET d.url = $url, d.title = $url, d.text = $text, d.language = $lang, d.textPublic = true,
  d.sha256 = $sha, d.length = $length
RETURN d.text AS text`

	cypherDocumentText = `MATCH (d:Document {id: $id}) RETURN d.text AS text`
)

// citationFor turns a source into a citation, inside the transaction: a URL becomes (or
// reuses) a Document whose text is the quote; a document span is checked against the text.
func citationFor(q querier, src kg.Source, field string) (kg.Citation, error) {
	if src.URL != nil {
		text := *src.URL
		if src.Quote != nil && *src.Quote != "" {
			text = *src.Quote
		}
		sum := sha256.Sum256([]byte(*src.URL + "\x00" + text))
		id := "doc:web-" + hex.EncodeToString(sum[:8])
		lang := "en"
		if hasHan(text) {
			lang = "zh-Hans"
		}
		if _, err := q.rows(cypherURLDocument, map[string]any{"id": id, "url": *src.URL, "text": text, "lang": lang,
			"sha": hex.EncodeToString(sum[:]), "length": len([]rune(text))}); err != nil {
			return kg.Citation{}, err
		}
		t := kg.Text(text)
		return kg.Citation{DocumentID: id, Start: 0, End: len(t), Quote: text, Context: text}, nil
	}
	rec, err := q.one(cypherDocumentText, map[string]any{"id": *src.DocumentID})
	if err != nil {
		return kg.Citation{}, err
	}
	if rec == nil {
		return kg.Citation{}, kg.BadInput(field+".documentId", "no document %q", *src.DocumentID)
	}
	raw, err := value[string](rec, "text")
	if err != nil {
		return kg.Citation{}, err
	}
	t := kg.Text(raw)
	quote, ok := t.Slice(*src.Start, *src.End)
	if !ok {
		return kg.Citation{}, kg.BadInput(field, "span [%d, %d) is outside document %s (length %d)", *src.Start, *src.End, *src.DocumentID, len(t))
	}
	if src.Quote != nil && *src.Quote != quote {
		return kg.Citation{}, kg.BadInput(field+".quote", "the text at [%d, %d) is %q, not %q", *src.Start, *src.End, quote, *src.Quote)
	}
	return kg.Citation{DocumentID: *src.DocumentID, Start: *src.Start, End: *src.End, Quote: quote, Context: t.Context(*src.Start, *src.End)}, nil
}

func hasHan(s string) bool {
	for _, r := range s {
		if r >= 0x3400 && r <= 0x9FFF {
			return true
		}
	}
	return false
}
