package extract

import "strings"

// bracketedAlias reports whether m repeats the list item last in brackets right after it ("the
// Hong Kong Investment Corporation (HKIC), Bank of China and …"): the list goes on after the
// bracket (x13en).
func bracketedAlias(d *doc, last, m mention) bool {
	if m.start < last.end || !sameEntity(last, m) {
		return false
	}
	if strings.TrimSpace(string(d.runes[last.end:m.start])) != "(" {
		return false
	}
	return m.end < len(d.runes) && (d.runes[m.end] == ')' || d.runes[m.end] == '）')
}
