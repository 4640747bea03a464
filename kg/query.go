package kg

import "context"

// Window is a validated paging request: forward (First, After) or backward (Last, Before).
type Window struct {
	First  int
	After  *Cursor
	Last   int // > 0 means backward paging
	Before *Cursor
}

// Backward reports whether the window pages backwards from Before (or the end).
func (w Window) Backward() bool { return w.Last > 0 }

// Size is the number of items asked for.
func (w Window) Size() int {
	if w.Backward() {
		return w.Last
	}
	return w.First
}

// RelQuery selects relationships around entities.
type RelQuery struct {
	Types     []RelType // empty: all
	Direction Direction
	Window    Window
}

// EntityWhere filters entities. Fields combine with AND.
type EntityWhere struct {
	Kind            *Kind
	RolesAny        []Role
	NameContains    *string
	NameStartsWith  *string
	FoundedFrom     *int
	FoundedTo       *int
	HasRelationship *RelFilter
	And             []EntityWhere
	Or              []EntityWhere
	Not             *EntityWhere
}

// RelFilter asks for entities with at least one such relationship.
type RelFilter struct {
	Type      *RelType
	Direction Direction
	To        *string
}

// OrderField is what entities are sorted by.
type OrderField string

const (
	OrderName    OrderField = "NAME"
	OrderFounded OrderField = "FOUNDED"
	OrderDegree  OrderField = "DEGREE"
)

// EntityQuery selects a page of entities.
type EntityQuery struct {
	Where      EntityWhere
	OrderBy    OrderField
	Descending bool
	Window     Window
}

// SearchQuery is a full-text search.
type SearchQuery struct {
	Text  string
	Kinds []Kind
	First int
}

// SearchHit is one search result.
type SearchHit struct {
	Entity       *Entity
	Score        float64
	MatchedField string
	Highlight    *string
}

// PathQuery asks for shortest paths between two entities.
type PathQuery struct {
	From, To string
	MaxHops  int
	K        int
	Types    []RelType
}

// Path is a walk between two entities.
type Path struct {
	Entities      []*Entity
	Relationships []*Relationship
}

// NeighborhoodQuery asks for entities within Hops of an entity.
type NeighborhoodQuery struct {
	ID    string
	Hops  int
	Types []RelType
	Limit int
}

// Subgraph is a closed set of entities and the relationships among them.
type Subgraph struct {
	Entities      []*Entity
	Relationships []*Relationship
}

// Count is a named count.
type Count[T any] struct {
	Key   T
	Count int
}

// Stats are counts over the whole graph.
type Stats struct {
	EntityCount        int
	RelationshipCount  int
	DocumentCount      int
	ByKind             []Count[Kind]
	ByRole             []Count[Role]
	ByRelationshipType []Count[RelType]
}

// EntityDegree pairs an entity with its number of relationships.
type EntityDegree struct {
	Entity *Entity
	Degree int
}

// Reader answers every read the API offers. Methods that take many ids answer for all of them
// in one round trip, so per-request loaders can batch.
type Reader interface {
	EntitiesByID(ctx context.Context, ids []string) (map[string]*Entity, error)
	Entities(ctx context.Context, q EntityQuery) (*Page[*Entity], error)
	Relationships(ctx context.Context, entityIDs []string, q RelQuery) (map[string]*Page[*Relationship], error)
	RelationshipsByID(ctx context.Context, ids []string) (map[string]*Relationship, error)
	Mentions(ctx context.Context, entityIDs []string, w Window) (map[string]*Page[Mention], error)
	DocumentsByID(ctx context.Context, ids []string) (map[string]*Document, error)
	Documents(ctx context.Context) ([]*Document, error)
	Search(ctx context.Context, q SearchQuery) ([]SearchHit, error)
	Paths(ctx context.Context, q PathQuery) ([]Path, error)
	Neighborhood(ctx context.Context, q NeighborhoodQuery) (*Subgraph, error)
	Stats(ctx context.Context) (*Stats, error)
	MostConnected(ctx context.Context, kind *Kind, first int) ([]EntityDegree, error)
	RelationshipGroups(ctx context.Context, q GroupQuery) ([]Group, error)
	FindRelationships(ctx context.Context, q RelationshipsQuery) (*Page[*Relationship], error)
	AuditLog(ctx context.Context, q AuditQuery) (*Page[AuditEvent], error)
	AuditEventsAfter(ctx context.Context, seq int64, limit int) ([]AuditEvent, error)
	LatestAuditSeq(ctx context.Context) (int64, error)
	ProposalReader
}

// Batch is a set of validated records to write in one transaction.
type Batch struct {
	Documents     []*Document
	Entities      []*Entity
	Relationships []*Relationship
	Mentions      []Mention
	Mark          *BatchMark // recorded in the batch's transaction when set
	// FreshTypes are relationship types that had no relationship when the import began: the
	// batch's relationships of these types are created without looking for one with their id
	// first. Set only by an import whose records are unique by id (loaders.Import).
	FreshTypes map[RelType]bool
	// FreshEntities says that no entity existed when the import began: the batch's entities
	// are created without looking for one with their id first. Set only by an import whose
	// records are unique by id (loaders.Import).
	FreshEntities bool
}

// BatchMark names a batch of an import run; recording it in the batch's own transaction
// makes "this batch committed" exactly as durable as the batch.
type BatchMark struct {
	RunID string
	Index int
}

// WriteCounts say what a write changed; loading the same data again reports zeros.
type WriteCounts struct {
	NodesCreated, RelationshipsCreated, PropertiesSet, LabelsAdded int
}

// Add sums counts.
func (c *WriteCounts) Add(o WriteCounts) {
	c.NodesCreated += o.NodesCreated
	c.RelationshipsCreated += o.RelationshipsCreated
	c.PropertiesSet += o.PropertiesSet
	c.LabelsAdded += o.LabelsAdded
}

// Changed reports whether anything was written.
func (c WriteCounts) Changed() bool { return c != WriteCounts{} }

// BatchWriter writes validated batches, each in one transaction.
type BatchWriter interface {
	WriteBatch(ctx context.Context, b Batch) (WriteCounts, error)
}

// ImportProgress records how far a resumable import got. Batches commit concurrently and in
// any order, each with its BatchMark, so a run resumed after a failure skips exactly the
// batches that committed, whichever they were.
type ImportProgress struct {
	RunID       string
	Fingerprint string // of the input files: a run id cannot resume a different import
	BatchSize   int    // how the run cut its batches; a resumed run cuts them the same way
	Total       int    // batches in the run
	Done        []int  // indexes of the batches that committed, ascending
	Finished    bool   // every batch committed
}

// GroupQuery groups an entity's relationships.
type GroupQuery struct {
	ID        string
	By        string // TYPE, KIND, REGION or YEAR
	Types     []RelType
	Direction Direction
}

// Group is one group of an entity's relationships.
type Group struct {
	Key      *string
	Count    int
	Entities []*Entity
}
