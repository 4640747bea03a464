package extract

import "strings"

// "Founded in 2021 by CEO Ravi Menon and COO Kit Lau": a title written before a founder's name
// tells the post; the name starts after it.

// titleBeforeName reports whether w is a title news writes before a name: a title abbreviation
// (CEO, COO, CTO) or a capitalised role word (Founder, Chairman, Partner).
func titleBeforeName(w string) bool {
	return isAcronym(w) && strings.ToUpper(w) == w && isTitleWord(strings.ToLower(w)) || enRoleWords[w]
}
