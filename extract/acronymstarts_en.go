package extract

import "strings"

// An acronym in brackets spells the name before it, so the walk left over connectors that
// acronymNames takes stops at an "and" when the capitalised words right of it already open the
// acronym: "Orbis Energy and Harbour Grid Company Limited (HGC)" names two companies, while in
// "Hong Kong Science and Technology Parks Corporation (HKSTP)" and "Innovation, Technology and
// Industry Bureau (ITIB)" the words after "and" (Technology, Industry Bureau) do not open theirs.

// startsAcronym reports whether the initials of the capitalised words in r[s:end] begin with the
// acronym's first two letters (its first, when one capitalised word stands there).
func startsAcronym(r []rune, s, end int, acronym string) bool {
	var initials []rune
	for _, w := range strings.Fields(string(r[s:end])) {
		if isCapitalised(w) {
			initials = append(initials, []rune(w)[0])
		}
	}
	var letters []rune
	for _, c := range acronym {
		if isLatinLetter(c) {
			letters = append(letters, c)
		}
	}
	n := min(2, len(initials), len(letters))
	return n > 0 && string(initials[:n]) == string(letters[:n])
}
