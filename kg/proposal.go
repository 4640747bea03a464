package kg

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"regexp"
	"strconv"
)

// ProposalKind says what a proposal would add to the graph.
type ProposalKind string

const (
	ProposalEntity       ProposalKind = "ENTITY"
	ProposalRelationship ProposalKind = "RELATIONSHIP"
	ProposalFigure       ProposalKind = "FIGURE"
)

// Rank orders kinds within one span: the entity a relationship names comes before it.
func (k ProposalKind) Rank() int {
	switch k {
	case ProposalEntity:
		return 0
	case ProposalRelationship:
		return 1
	}
	return 2
}

// Valid reports whether k is a proposal kind.
func (k ProposalKind) Valid() bool {
	return k == ProposalEntity || k == ProposalRelationship || k == ProposalFigure
}

func (k ProposalKind) MarshalGQL(w io.Writer) { marshalEnum(w, string(k)) }
func (k *ProposalKind) UnmarshalGQL(v any) (err error) {
	*k, err = unmarshalEnum(v, ProposalKind.Valid, "ProposalKind")
	return
}

// ProposalStatus is where a proposal is in review.
type ProposalStatus string

const (
	ProposalPending  ProposalStatus = "PENDING"
	ProposalAccepted ProposalStatus = "ACCEPTED"
	ProposalRejected ProposalStatus = "REJECTED"
)

// Valid reports whether s is a proposal status.
func (s ProposalStatus) Valid() bool {
	return s == ProposalPending || s == ProposalAccepted || s == ProposalRejected
}

func (s ProposalStatus) MarshalGQL(w io.Writer) { marshalEnum(w, string(s)) }
func (s *ProposalStatus) UnmarshalGQL(v any) (err error) {
	*s, err = unmarshalEnum(v, ProposalStatus.Valid, "ProposalStatus")
	return
}

// Proposal is a fact an extractor read in a document, waiting for a curator: it lives only as
// a (:Proposal) node until accepted, when it is written through the ordinary audited writes.
type Proposal struct {
	ID         string // ProposalID(...): the same fact in the same span of the same document is one proposal
	DocumentID string
	Kind       ProposalKind
	Status     ProposalStatus
	Start, End int // code points; the document's text[Start:End] is Quote
	Quote      string
	Context    string
	Trigger    string
	Confidence float64

	Entity       *ProposedEntity       `json:",omitempty"`
	Relationship *ProposedRelationship `json:",omitempty"`
	Figure       *ProposedFigure       `json:",omitempty"`

	ReviewedBy, ReviewedAt, Reason *string
	ResultID                       *string // what accepting wrote: an entity slug or a relationship id
}

// ProposedEntity is a new entity a text names, or one it resolved to a known entity.
type ProposedEntity struct {
	Kind       Kind     `json:"kind"`
	Slug       string   `json:"slug"`
	Name       string   `json:"name"`
	NameZhHans *string  `json:"nameZhHans,omitempty"`
	NameZhHant *string  `json:"nameZhHant,omitempty"`
	Aliases    []string `json:"aliases,omitempty"`
	Roles      []Role   `json:"roles,omitempty"`
	ExistingID *string  `json:"existingId,omitempty"`
}

// ProposedEnd is one end of a proposed relationship (or a figure's subject): a known entity or
// a pending entity proposal of the same document, with the name as the text writes it.
type ProposedEnd struct {
	Name       string  `json:"name"`
	EntityID   *string `json:"entityId,omitempty"`
	ProposalID *string `json:"proposalId,omitempty"`
}

// ProposedRelationship is a relationship a text states.
type ProposedRelationship struct {
	Type      RelType       `json:"type"`
	From      ProposedEnd   `json:"from"`
	To        ProposedEnd   `json:"to"`
	Date      *string       `json:"date,omitempty"`
	EndDate   *string       `json:"endDate,omitempty"`
	DateNote  *string       `json:"dateNote,omitempty"`
	Amount    *float64      `json:"amount,omitempty"`
	Currency  *string       `json:"currency,omitempty"`
	AmountHKD *float64      `json:"amountHKD,omitempty"`
	Role      *string       `json:"role,omitempty"`
	Status    *FactStatus   `json:"status,omitempty"` // PLANNED, CURRENT or ENDED, as the text says
	Round     *FundingRound `json:"round,omitempty"`  // INVESTED_IN: the funding round
	Lead      *bool         `json:"lead,omitempty"`   // INVESTED_IN: led the round
}

// ProposedFigure is a number a text states about an entity.
type ProposedFigure struct {
	Subject   ProposedEnd `json:"subject"`
	Key       string      `json:"key"`
	Value     float64     `json:"value"`
	MaxValue  *float64    `json:"maxValue,omitempty"`
	Unit      *string     `json:"unit,omitempty"`
	Qualifier *string     `json:"qualifier,omitempty"`
	AsOf      *string     `json:"asOf,omitempty"`
}

// ProposalID derives a proposal's id from what makes it the same proposal: its document, kind,
// span and content as the text writes it (names as written, not what they resolved to), so
// ingesting the same text again, even after the graph learned some of its entities, proposes
// nothing new.
func ProposalID(documentID string, kind ProposalKind, start, end int, content any) string {
	b, _ := json.Marshal(content)
	sum := sha256.Sum256([]byte(documentID + "\x00" + string(kind) + "\x00" + strconv.Itoa(start) + "\x00" +
		strconv.Itoa(end) + "\x00" + string(b)))
	return "prop:" + hex.EncodeToString(sum[:8])
}

var proposalIDPattern = regexp.MustCompile(`^prop:[0-9a-f]{16}$`)

// ValidProposalID reports whether id is a proposal id (prop:<16 hex digits>).
func ValidProposalID(id string) bool { return proposalIDPattern.MatchString(id) }

// ProposalQuery selects a page of proposals in document order.
type ProposalQuery struct {
	DocumentID *string
	Status     *ProposalStatus
	Kind       *ProposalKind
	Window     Window // forward only; cursor keys: document id, start, kind rank, id
}

// Ingestion is a document to store with the mentions and proposals read from it.
type Ingestion struct {
	Document  *Document
	Mentions  []Mention
	Proposals []*Proposal
}

// IngestOutcome says what storing an Ingestion did.
type IngestOutcome struct {
	Document     *Document // as stored (the earlier one when the same text was stored before)
	Mentions     int       // mentions of known entities in the text
	NewProposals int       // proposals stored by this ingest (0 when all were proposed before)
}

// ProposalEdit is what a curator changes before accepting; nil fields keep the proposal's.
type ProposalEdit struct {
	// RELATIONSHIP
	Type                    *RelType
	From, To                *string // any entity id
	Date, EndDate, DateNote *string
	Amount                  *float64
	Currency                *string
	AmountHKD               *float64
	Role                    *string
	Status                  *FactStatus
	Round                   *FundingRound
	Lead                    *bool
	// ENTITY
	Kind                         *Kind
	ID                           *string // ENTITY: the slug; FIGURE: the entity the figure is about
	Name, NameZhHans, NameZhHant *string
	Aliases                      []string
	Roles                        []Role
	// FIGURE
	Key                   *string
	Value, MaxValue       *float64
	Unit, Qualifier, AsOf *string
}

// AcceptedEntity is an entity proposal's write inside an acceptance.
type AcceptedEntity struct {
	ProposalID string
	Write      EntityWrite
	Existing   bool   // the proposal resolved to a known entity: the write adds the citation only
	Field      string // where a clash is reported ("edit.id", "from", …)
}

// AcceptPlan is everything accepting one proposal writes, in one transaction: the pending
// entity proposals it needs (its own entity, or a relationship's or figure's pending ends)
// first, then the relationship or figure.
type AcceptPlan struct {
	ProposalID   string
	Entities     []AcceptedEntity
	Relationship *RelationshipWrite
	Figure       *FigureWrite
	// Ends that must still exist, by the field that names them ("from", "edit.to", …).
	Ends map[string]string
}

// ProposalReader reads proposals, and the known entities a text is read against.
type ProposalReader interface {
	EntityNames(ctx context.Context) ([]*Entity, error) // every entity with its id, kind and names only
	ProposalsByID(ctx context.Context, ids []string) (map[string]*Proposal, error)
	Proposals(ctx context.Context, q ProposalQuery) (*Page[*Proposal], error)
}

// ProposalWriter stores and reviews proposals. Each method is one write transaction.
type ProposalWriter interface {
	IngestDocument(ctx context.Context, in Ingestion, actor string) (*IngestOutcome, error)
	AcceptProposal(ctx context.Context, plan AcceptPlan, actor string) (*Proposal, error)
	RejectProposal(ctx context.Context, id string, reason *string, actor string) (*Proposal, error)
}
