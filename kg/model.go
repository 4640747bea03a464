package kg

// Entity is a node of the knowledge graph: an organisation, person, programme, fund, facility,
// event, place or policy.
type Entity struct {
	ID          string     `json:"id,omitempty"`
	Kind        Kind       `json:"kind,omitempty"`
	Name        string     `json:"name,omitempty"`
	NameZhHans  *string    `json:"nameZhHans,omitempty"`
	NameZhHant  *string    `json:"nameZhHant,omitempty"`
	Aliases     []string   `json:"aliases,omitempty"`
	Description *string    `json:"description,omitempty"`
	Roles       []Role     `json:"roles,omitempty"`   // organisations only
	Founded     *int       `json:"founded,omitempty"` // year
	Region      *string    `json:"region,omitempty"`  // country or region
	Sector      *string    `json:"sector,omitempty"`
	Date        *string    `json:"date,omitempty"` // events and policies: when (ISO 8601, partial allowed)
	EndDate     *string    `json:"endDate,omitempty"`
	Figures     []Figure   `json:"figures,omitempty"`
	Citations   []Citation `json:"citations,omitempty"`
	Degree      int        `json:"-"` // relationships of the types in RelTypes, from Neo4j's degree counts
	Version     int        `json:"version,omitempty"`
	UpdatedAt   *string    `json:"updatedAt,omitempty"`
	UpdatedBy   *string    `json:"updatedBy,omitempty"`
}

// Names returns the entity's name, Chinese names and aliases: every form it is known by.
func (e *Entity) Names() []string {
	out := []string{e.Name}
	for _, p := range []*string{e.NameZhHans, e.NameZhHant} {
		if p != nil && *p != "" {
			out = append(out, *p)
		}
	}
	return append(out, e.Aliases...)
}

// Figure is a number a source states about an entity. Ranges keep the low end in Value and the
// high end in MaxValue. Money is in HKD.
type Figure struct {
	Key       string     `json:"key,omitempty"`
	Value     float64    `json:"value,omitempty"`
	MaxValue  *float64   `json:"maxValue,omitempty"`
	Unit      *string    `json:"unit,omitempty"`
	Qualifier *string    `json:"qualifier,omitempty"`
	AsOf      *string    `json:"asOf,omitempty"`
	Note      *string    `json:"note,omitempty"`
	Citations []Citation `json:"citations,omitempty"`
}

// Citation is a span of a stored document: Text[Start:End] in Unicode code points, end
// exclusive, is Quote; Context is the sentence around it.
type Citation struct {
	DocumentID string `json:"doc"`
	Start      int    `json:"start"`
	End        int    `json:"end"`
	Quote      string `json:"quote"`
	Context    string `json:"context,omitempty"`
}

// Relationship is a directed, typed, cited fact between two entities.
type Relationship struct {
	ID        string        `json:"id,omitempty"`
	Type      RelType       `json:"type,omitempty"`
	FromID    string        `json:"from,omitempty"`
	ToID      string        `json:"to,omitempty"`
	From      *Entity       `json:"-"` // filled by reads that fetch endpoints with the relationship
	To        *Entity       `json:"-"`
	Date      *string       `json:"date,omitempty"`
	EndDate   *string       `json:"endDate,omitempty"`
	DateNote  *string       `json:"dateNote,omitempty"`
	AmountHKD *float64      `json:"amountHKD,omitempty"` // only where the source states HKD: never converted
	Role      *string       `json:"role,omitempty"`
	Note      *string       `json:"note,omitempty"`
	Status    FactStatus    `json:"status,omitempty"`   // PLANNED, CURRENT or ENDED
	Round     *FundingRound `json:"round,omitempty"`    // INVESTED_IN only
	Amount    *float64      `json:"amount,omitempty"`   // as stated, in Currency
	Currency  *string       `json:"currency,omitempty"` // ISO 4217 code of Amount
	Lead      *bool         `json:"lead,omitempty"`     // INVESTED_IN only: the investor led the round
	Citations []Citation    `json:"citations,omitempty"`
	Version   int           `json:"version,omitempty"`
	UpdatedAt *string       `json:"updatedAt,omitempty"`
	UpdatedBy *string       `json:"updatedBy,omitempty"`
}

// Document is a stored source text.
type Document struct {
	ID         string
	Title      string
	URL        *string
	Publisher  *string
	Published  *string
	Language   string
	Text       string
	TextPublic bool
	SHA256     string
}

// Mention is one place where a document names an entity.
type Mention struct {
	DocumentID string
	EntityID   string
	Start      int
	End        int
	Quote      string
}

// PageInfo follows the Relay connection spec.
type PageInfo struct {
	HasNextPage     bool
	HasPreviousPage bool
	StartCursor     *string
	EndCursor       *string
}

// Page is a window over an ordered list, with cursors for each item.
type Page[T any] struct {
	Items      []T
	Cursors    []string
	TotalCount int
	PageInfo   PageInfo
}
