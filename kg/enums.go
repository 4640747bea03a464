package kg

import (
	"fmt"
	"io"
	"slices"
	"strconv"
)

// Kind is an entity's kind. Each kind is also a Neo4j label (see Label), so the set is closed:
// labels and relationship types reach Cypher only from these allow-lists, never from input.
type Kind string

const (
	KindOrganization Kind = "ORGANIZATION"
	KindPerson       Kind = "PERSON"
	KindProgramme    Kind = "PROGRAMME"
	KindFund         Kind = "FUND"
	KindFacility     Kind = "FACILITY"
	KindEvent        Kind = "EVENT"
	KindPlace        Kind = "PLACE"
	KindPolicy       Kind = "POLICY"
)

// Kinds lists every kind in a stable order.
var Kinds = []Kind{KindOrganization, KindPerson, KindProgramme, KindFund, KindFacility, KindEvent, KindPlace, KindPolicy}

var kindLabels = map[Kind]string{
	KindOrganization: "Organization", KindPerson: "Person", KindProgramme: "Programme", KindFund: "Fund",
	KindFacility: "Facility", KindEvent: "Event", KindPlace: "Place", KindPolicy: "Policy",
}

// Valid reports whether k is one of Kinds.
func (k Kind) Valid() bool { _, ok := kindLabels[k]; return ok }

// Label is the Neo4j label for the kind ("" for an unknown kind).
func (k Kind) Label() string { return kindLabels[k] }

// Role is an organisation's role in the ecosystem.
type Role string

// Roles lists every organisation role.
var Roles = []Role{"STARTUP", "INVESTOR", "INCUBATOR", "GOVERNMENT", "CORPORATE", "UNIVERSITY",
	"FINANCIAL_INSTITUTION", "RESEARCH_INSTITUTE", "INDUSTRY_PARK", "EXCHANGE", "MEDIA", "ASSOCIATION", "UNICORN"}

// Valid reports whether r is one of Roles.
func (r Role) Valid() bool { return contains(Roles, r) }

// roleLabels are the Neo4j labels an organisation carries beside its roles property, one per
// role it holds, so a role filter is a scan of that label's nodes rather than of every
// organisation. Each starts with "Role", which no kind's label (nor Entity, Document or any
// other label hkgraph writes) does, so a role label never collides with another label.
var roleLabels = map[Role]string{
	"STARTUP": "RoleStartup", "INVESTOR": "RoleInvestor", "INCUBATOR": "RoleIncubator",
	"GOVERNMENT": "RoleGovernment", "CORPORATE": "RoleCorporate", "UNIVERSITY": "RoleUniversity",
	"FINANCIAL_INSTITUTION": "RoleFinancialInstitution", "RESEARCH_INSTITUTE": "RoleResearchInstitute",
	"INDUSTRY_PARK": "RoleIndustryPark", "EXCHANGE": "RoleExchange", "MEDIA": "RoleMedia",
	"ASSOCIATION": "RoleAssociation", "UNICORN": "RoleUnicorn",
}

// Label is the Neo4j label for the role ("" for an unknown role).
func (r Role) Label() string { return roleLabels[r] }

// RelType is a relationship type; each is also the Neo4j relationship type.
type RelType string

// RelTypes lists every relationship type between entities. Document MENTIONS are not among
// them: they link documents to entities and are read through Entity.mentions.
var RelTypes = []RelType{"INVESTED_IN", "PARTNERED_WITH", "PARTICIPATED_IN", "OPERATES", "FUNDS",
	"MANAGES", "MERGED_WITH", "LISTED_ON", "LOCATED_IN", "LEADS", "MEMBER_OF", "WORKED_AT",
	"EDUCATED_AT", "RECOGNIZED_BY", "SELECTED_FOR", "ATTENDED", "SUBSIDIARY_OF", "ANNOUNCED",
	"TARGETS_MARKET", "ORGANIZED", "ESTABLISHED", "ATTRACTED"}

// Valid reports whether t is one of RelTypes.
func (t RelType) Valid() bool { return contains(RelTypes, t) }

// Direction selects relationships by which end the entity is on.
type Direction string

const (
	DirectionOut  Direction = "OUT"
	DirectionIn   Direction = "IN"
	DirectionBoth Direction = "BOTH"
)

// Valid reports whether d is OUT, IN or BOTH.
func (d Direction) Valid() bool { return d == DirectionOut || d == DirectionIn || d == DirectionBoth }

func contains[T comparable](list []T, v T) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

// The GraphQL enum (un)marshalling below keeps gqlgen bound to these domain types without the
// domain importing gqlgen: gqlgen only needs the two method signatures.

func marshalEnum(w io.Writer, s string) { _, _ = io.WriteString(w, strconv.Quote(s)) }

func unmarshalEnum[T ~string](v any, valid func(T) bool, what string) (T, error) {
	s, ok := v.(string)
	if !ok {
		return "", fmt.Errorf("%s must be a string", what)
	}
	if !valid(T(s)) {
		return "", fmt.Errorf("%q is not a valid %s", s, what)
	}
	return T(s), nil
}

func (k Kind) MarshalGQL(w io.Writer)      { marshalEnum(w, string(k)) }
func (r Role) MarshalGQL(w io.Writer)      { marshalEnum(w, string(r)) }
func (t RelType) MarshalGQL(w io.Writer)   { marshalEnum(w, string(t)) }
func (d Direction) MarshalGQL(w io.Writer) { marshalEnum(w, string(d)) }
func (k *Kind) UnmarshalGQL(v any) (err error) {
	*k, err = unmarshalEnum(v, Kind.Valid, "EntityKind")
	return
}
func (r *Role) UnmarshalGQL(v any) (err error) {
	*r, err = unmarshalEnum(v, Role.Valid, "OrganizationRole")
	return
}
func (t *RelType) UnmarshalGQL(v any) (err error) {
	*t, err = unmarshalEnum(v, RelType.Valid, "RelationshipType")
	return
}
func (d *Direction) UnmarshalGQL(v any) (err error) {
	*d, err = unmarshalEnum(v, Direction.Valid, "Direction")
	return
}

// Canonical returns the distinct values of a list argument in sorted order, so that 61 copies
// of a type are one, and every order of the same set is the same query (one Neo4j plan, one
// dataloader key). Nil stays nil (no filter).
func Canonical[T ~string](xs []T) []T {
	if xs == nil {
		return nil
	}
	out := slices.Clone(xs)
	slices.Sort(out)
	return slices.Compact(out)
}

// FactStatus says whether a relationship holds now, is only planned (将设立, 计划打造) or has
// ended. It is stored on the relationship so an analyst can tell announcements from facts.
type FactStatus string

const (
	StatusPlanned FactStatus = "PLANNED"
	StatusCurrent FactStatus = "CURRENT"
	StatusEnded   FactStatus = "ENDED"
)

// FactStatuses lists every status.
var FactStatuses = []FactStatus{StatusPlanned, StatusCurrent, StatusEnded}

// Valid reports whether s is one of FactStatuses.
func (s FactStatus) Valid() bool { return contains(FactStatuses, s) }

// StatusFor is the status of a relationship written without one: ENDED when its end date lies
// wholly before today (compared at the end date's precision, so an end date of this year or
// month has not passed yet), else CURRENT. today is YYYY-MM-DD.
func StatusFor(endDate *string, today string) FactStatus {
	if endDate != nil && len(*endDate) <= len(today) && *endDate < today[:len(*endDate)] {
		return StatusEnded
	}
	return StatusCurrent
}

// FundingRound is the stage of an investment (INVESTED_IN) as the source states it.
type FundingRound string

// FundingRounds lists every round.
var FundingRounds = []FundingRound{"PRE_SEED", "SEED", "ANGEL", "SERIES_A", "SERIES_B", "SERIES_C",
	"SERIES_D_PLUS", "PRE_IPO", "STRATEGIC", "GRANT", "UNDISCLOSED"}

// Valid reports whether r is one of FundingRounds.
func (r FundingRound) Valid() bool { return contains(FundingRounds, r) }

func (s FactStatus) MarshalGQL(w io.Writer)   { marshalEnum(w, string(s)) }
func (r FundingRound) MarshalGQL(w io.Writer) { marshalEnum(w, string(r)) }
func (s *FactStatus) UnmarshalGQL(v any) (err error) {
	*s, err = unmarshalEnum(v, FactStatus.Valid, "FactStatus")
	return
}
func (r *FundingRound) UnmarshalGQL(v any) (err error) {
	*r, err = unmarshalEnum(v, FundingRound.Valid, "FundingRound")
	return
}
