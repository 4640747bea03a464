package extract

import (
	"strings"
	"unicode"
)

// "the company told 36Kr", "7-Eleven": some names open with digits. Such a word is a name when,
// past its digits, it holds an upper-case and a lower-case letter: a figure (2025, 3.5), a grade
// or a standard (5G, 4K, 3D, 5GW) and a unit (10Gbps) are not.

// enDigitUnits are units written after a number with a capital inside.
var enDigitUnits = wordSet(`gbps mbps kbps kwh mwh gwh twh kw mw gw gb mb tb kb`)

// digitLedName reports whether the digit-led word w is a name.
func digitLedName(w string) bool {
	tail := strings.TrimLeft(w, "0123456789-.")
	if tail == "" || len([]rune(w)) < 3 || enDigitUnits[strings.ToLower(tail)] {
		return false
	}
	upper, lower := false, false
	for _, r := range tail {
		upper = upper || unicode.IsUpper(r)
		lower = lower || unicode.IsLower(r)
	}
	return upper && lower
}
