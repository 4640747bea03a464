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

// RelationshipUpdate changes a relationship's attributes; nil fields stay as they are.
type RelationshipUpdate struct {
	ID              string
	Date, EndDate   *string
	AmountHKD       *float64
	Role, Note      *string
	Status          *FactStatus
	Deal            Deal
	Source          Source
	ExpectedVersion *int
}

// FigureWrite adds (or replaces, by key) a figure on an entity.
type FigureWrite struct {
	EntityID        string
	Figure          Figure
	Source          Source
	ExpectedVersion *int
}

// Writer performs the API's writes. Each method is one write transaction that records its
// audit event; actor is who made the change.
type Writer interface {
	UpsertEntity(ctx context.Context, w EntityWrite, actor string) (*Entity, error)
	AddRelationship(ctx context.Context, w RelationshipWrite, actor string) (*Relationship, error)
	DeleteEntity(ctx context.Context, id string, expectedVersion *int, reason *string, actor string) (bool, error)
	RemoveRelationship(ctx context.Context, id string, expectedVersion *int, reason *string, actor string) (bool, error)
	MergeEntities(ctx context.Context, m Merge, actor string) (*MergeResult, error)
	CreateDocument(ctx context.Context, d Document, actor string) (*Document, error)
	// DeleteDocument returns nil when there is no such document.
	DeleteDocument(ctx context.Context, id string, force bool, actor string) (*DocumentDeletion, error)
	UpdateRelationship(ctx context.Context, u RelationshipUpdate, actor string) (*Relationship, error)
	AddFigure(ctx context.Context, w FigureWrite, actor string) (*Entity, error)
	RemoveFigure(ctx context.Context, entityID, key string, expectedVersion *int, reason *string, actor string) (*Entity, error)
	ProposalWriter
}

// Deal is what an investment adds to a relationship: the round, the amount as stated and its
// currency, and whether the investor led. nil fields are absent (or, in an update, unchanged).
type Deal struct {
	Round    *FundingRound
	Amount   *float64
	Currency *string
	Lead     *bool
}
