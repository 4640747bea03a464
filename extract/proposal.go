// Package extract reads a news article or press release (Simplified Chinese, Traditional
// Chinese or English) and proposes the entities, relationships and figures it states, each with
// the exact code-point span that states it. Pure Go: no database, no network, deterministic.
package extract

import "github.com/hkgraph/hkgraph/kg"

// Known is an entity the graph already has (id, kind and every name/alias in any script).
type Known struct {
	ID    string
	Kind  kg.Kind
	Names []string
}

// Input is one document to read.
type Input struct {
	Text      string  // the whole document text; spans are code points into it
	Language  string  // "zh-Hans", "zh-Hant" or "en"
	Published string  // ISO 8601 date of publication, may be partial ("2024-11"); "" if unknown
	Known     []Known // entities already in the graph, matched in any script and by alias
	Index     *Index  // Known prepared once by NewIndex (reused across documents); when set, Known is ignored
}

// ProposalKind says which of Entity, Relationship or Figure a Proposal carries.
type ProposalKind string

const (
	KindEntity       ProposalKind = "ENTITY"
	KindRelationship ProposalKind = "RELATIONSHIP"
	KindFigure       ProposalKind = "FIGURE"
)

// Proposal is one fact the text states. Text[Start:End] (code points) == Quote, End-Start <= 300.
type Proposal struct {
	Kind       ProposalKind
	Start, End int
	Quote      string
	Trigger    string  // the cue phrase that fired
	Confidence float64 // in (0, 1]

	Entity       *EntityProposal       // Kind == ENTITY
	Relationship *RelationshipProposal // Kind == RELATIONSHIP
	Figure       *FigureProposal       // Kind == FIGURE
}

// EntityProposal is a new entity candidate (or one resolved to a known entity: ExistingID set).
type EntityProposal struct {
	Key        string // local key unique within one Extract result, e.g. "e:奇点资本"; Ends refer to it
	Kind       kg.Kind
	Slug       string // proposed id (lower-case ascii, pinyin for Chinese-only names)
	Name       string // English name when the text gives one, else the name as written
	NameZhHans string
	NameZhHant string
	Aliases    []string
	Roles      []kg.Role
	ExistingID string // set when the candidate is a known entity (then usually not proposed at all)
}

// End is one end of a proposed relationship or the subject of a figure: a known entity
// (EntityID) or a pending entity proposal in the same result (EntityKey), with the name as written.
type End struct {
	Name      string
	EntityID  string
	EntityKey string
}

// RelationshipProposal is a relationship the text states between two ends.
type RelationshipProposal struct {
	Type      kg.RelType
	From, To  End
	Date      string // ISO 8601, partial allowed; "" if none
	EndDate   string
	DateNote  string // how a relative date was resolved against Published
	Amount    *float64
	Currency  string   // "HKD", "USD", "CNY", ... as stated; "" if none
	AmountHKD *float64 // only when the text states Hong Kong dollars (no conversion)
	Role      string   // LEADS: the role; else ""
	Status    string   // "PLANNED", "CURRENT" or "ENDED" ("" = CURRENT)
	Round     string   // INVESTED_IN: PRE_SEED SEED ANGEL SERIES_A SERIES_B SERIES_C SERIES_D_PLUS PRE_IPO STRATEGIC GRANT UNDISCLOSED; "" if none
	Lead      *bool    // INVESTED_IN: led the round
}

// FigureProposal is a number the text states about a subject.
type FigureProposal struct {
	Subject   End
	Key       string
	Value     float64
	MaxValue  *float64
	Unit      string
	Qualifier string // "at least", "more than", "up to", "about", ...
	AsOf      string
}
