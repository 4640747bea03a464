package extract

// A delegation (代表團, 考察團, 訪問團) is a visit's party, named by what it is, never an
// organisation: "代表團成員包括甲、乙" makes no one a member of an entity, and a title that opens
// the next sentence belongs to no delegation (people area, r19).
func init() {
	for _, w := range zhDelegationNouns { // delegations.go
		zhGenericRoles[w] = true
	}
}
