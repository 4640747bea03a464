package kg

import "context"

// Source is where a written fact comes from: an http(s) URL with an optional quote, or a span
// of a stored document.
type Source struct {
	URL        *string
	DocumentID *string
	Start, End *int
	Quote      *string
	Note       *string
}

// EntityWrite creates or updates an entity. On update, nil fields keep their current values.
type EntityWrite struct {
	Entity          Entity
	Source          Source
	ExpectedVersion *int
}

// RelationshipWrite adds a relationship (or a citation to an equal one).
type RelationshipWrite struct {
	Relationship Relationship
	Source       Source
}

// NewDocument is a source text to store.
type NewDocument struct {
	Document Document
}

// Writer performs the API's writes. Each method is one write transaction that records its
// audit event; actor is who made the change.
type Writer interface {
	UpsertEntity(ctx context.Context, w EntityWrite, actor string) (*Entity, error)
	AddRelationship(ctx context.Context, w RelationshipWrite, actor string) (*Relationship, error)
	DeleteEntity(ctx context.Context, id string, expectedVersion *int, reason *string, actor string) (bool, error)
	RemoveRelationship(ctx context.Context, id string, expectedVersion *int, reason *string, actor string) (bool, error)
	MergeEntities(ctx context.Context, keep, remove string, reason *string, actor string) (*Entity, error)
	CreateDocument(ctx context.Context, d Document, actor string) (*Document, error)
	AuditLog(ctx context.Context, q AuditQuery) (*Page[AuditEvent], error)
	AuditEventsAfter(ctx context.Context, seq int64, limit int) ([]AuditEvent, error)
	LatestAuditSeq(ctx context.Context) (int64, error)
}
