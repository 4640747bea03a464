package kg

// RelationshipWhere filters relationships across the whole graph (Query.relationships). Fields
// combine with AND; a list matches any of its values; nil or empty means no filter.
type RelationshipWhere struct {
	Types        []RelType
	DateFrom     *string // partial dates compare as ranges: the relationship's date overlaps [DateFrom, DateTo]
	DateTo       *string
	AmountHKDMin *float64
	FromKinds    []Kind
	ToKinds      []Kind
	FromRolesAny []Role
	ToRolesAny   []Role
	Status       []FactStatus
	FromIDs      []string
	ToIDs        []string
}

// RelOrderField is what Query.relationships sorts by.
type RelOrderField string

const (
	RelOrderDate      RelOrderField = "DATE"       // a partial date sorts as its earliest day
	RelOrderAmountHKD RelOrderField = "AMOUNT_HKD" // amounts stated in HKD
)

// RelationshipsQuery selects a page of relationships across the graph, sorted by OrderBy (ties
// by id; relationships without the key last, in either direction), paged forwards by keyset.
type RelationshipsQuery struct {
	Where      RelationshipWhere
	OrderBy    RelOrderField
	Descending bool
	Window     Window
}

// CursorTag is what a cursor of this query pages over: a cursor from another order or
// direction is refused rather than misread.
func (q RelationshipsQuery) CursorTag() string {
	dir := "ASC"
	if q.Descending {
		dir = "DESC"
	}
	return "rels:" + string(q.OrderBy) + ":" + dir
}

// EarliestDay is the first day of a partial ISO date ("2024" → "2024-01-01"): the key
// Query.relationships sorts dates by.
func EarliestDay(date string) string {
	switch len(date) {
	case 4:
		return date + "-01-01"
	case 7:
		return date + "-01"
	}
	return date
}
