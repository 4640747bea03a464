package extract

import "strings"

// theItemInList reports whether the name that opens at b, written after ", the", is an item of
// a list rather than an apposition to the name before it: the list goes on after it with
// "and" and another capitalised name ("GIC, the Qatar Investment Authority and Hillhouse
// Investment"). An apposition describes ("Temasek, the state investor, …") or closes
// the sentence.
func theItemInList(d *doc, b int) bool {
	ws := latinWordsFrom(d.runes, b, 8)
	e := b
	for _, w := range ws {
		if !isCapitalised(w.text) && !enConnectors[strings.ToLower(w.text)] || strings.ToLower(w.text) == "and" {
			break
		}
		e = w.end
	}
	if e == b {
		return false
	}
	rest := string(d.runes[e:min(len(d.runes), e+8)])
	for _, p := range []string{" and ", ", and "} {
		if strings.HasPrefix(rest, p) {
			k := e + len([]rune(p))
			if strings.HasPrefix(string(d.runes[k:min(len(d.runes), k+4)]), "the ") {
				k += 4
			}
			return k < len(d.runes) && isLatinLetter(d.runes[k]) && isCapitalised(string(d.runes[k:min(len(d.runes), k+1)]))
		}
	}
	return false
}
