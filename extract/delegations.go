package extract

import "strings"

// 香港創科代表團, 代表團成員包括…, "the Hong Kong delegation": a delegation is the people and
// bodies that travel together to an event, not an organisation of its own: no party to a fact
// (not what its members are members of, nor what attends or is based somewhere), so a verb's
// subject is sought past it (局長甲率領的代表團出席乙: 甲).

// zhDelegationNouns end a delegation's name (Simplified: names are folded before the check).
// One list for every reader (names, roles, plausibility), merged from round nineteen's three
// writers who each met delegations.
var zhDelegationNouns = []string{"代表团", "访问团", "考察团", "交流团", "经贸团", "商贸团", "友好团", "参访团", "访团"}

// delegationName reports whether an unknown name is a delegation's.
func delegationName(name string) bool {
	f := textnormFold(name)
	for _, w := range zhDelegationNouns {
		if strings.HasSuffix(f, w) {
			return true
		}
	}
	return strings.HasSuffix(strings.ToLower(f), " delegation")
}
