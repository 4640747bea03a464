package extract

import "strings"

// listItemAsides open an aside after a name that is no clause of its own: a relative clause
// ("A, who spent 11 years at X;") or a description without an article ("B, previously chief
// financial officer of Y;", "C, formerly of Z;"). A semicolon list's items carry such asides as
// often as ", a …" ones.
var listItemAsides = []string{", who ", ", whose ", ", which ", ", previously ", ", formerly ", ", former ",
	", now ", ", currently ", ", until recently ", ", its ", ", their ", ", his ", ", her ", ", then "}

// opensAside reports whether tail (the text after a name, folded) opens with an aside opener.
func opensAside(tail string) bool {
	for _, o := range listItemAsides {
		if strings.HasPrefix(tail, o) {
			return true
		}
	}
	return false
}
