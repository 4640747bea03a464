package neo4jstore

import (
	"context"
	"crypto/sha256"
	"encoding/hex"

	"github.com/hkgraph/hkgraph/kg"
)

// CreateDocument stores a source text; the same text again returns the stored document.
func (s *Store) CreateDocument(ctx context.Context, d kg.Document, actor string) (*kg.Document, error) {
	return mutation(ctx, s, func(q querier, seq int64, at string) (*kg.AuditEvent, *kg.Document, error) {
		sum := sha256.Sum256([]byte(d.Text))
		d.SHA256 = hex.EncodeToString(sum[:])
		d.ID = "doc:" + d.SHA256[:16]
		existing, err := q.one(cypherDocumentsByID, map[string]any{"ids": []string{d.ID}})
		if err != nil {
			return nil, nil, err
		}
		if existing != nil {
			stored, err := decodeOne(existing, documentD)
			return nil, stored, err
		}
		props := documentRows([]*kg.Document{&d})[0]["props"]
		if _, err := q.rows(cypherCreateDocument, map[string]any{"id": d.ID, "props": props}); err != nil {
			return nil, nil, err
		}
		meta := d
		meta.Text = ""
		ev := &kg.AuditEvent{Actor: actor, Operation: "createDocument", TargetID: d.ID, After: jsonText(meta)}
		return ev, &d, nil
	})
}
