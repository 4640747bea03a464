package extract

import (
	"regexp"

	"github.com/hkgraph/hkgraph/kg"
)

// A fund's vintage follows its name: 松巖成長基金III期, 星河創投基金二期, 科創基金1號. The number is
// part of the name (the graph tells Fund II from Fund III).

// zhFundNumber matches a fund's number right after 基金: a Roman numeral, or a numeral with 期/号.
var zhFundNumber = regexp.MustCompile(`(?i)^(?:[IVX]{1,4}(?:期|号)?|[一二三四五六七八九十]{1,2}(?:期|号)|[0-9]{1,2}(?:期|号))`)

// fundNumberAt returns how many runes of a fund's number stand at e (0 for none).
func fundNumberAt(f []rune, e int) int {
	loc := zhFundNumber.FindStringIndex(string(f[e:min(len(f), e+6)]))
	if loc == nil {
		return 0
	}
	n := len([]rune(string(f[e:min(len(f), e+6)])[:loc[1]]))
	if e+n < len(f) && (isLatinLetter(f[e+n]) || isDigit(f[e+n])) {
		return 0 // 基金IPO, 基金2025: no number of the fund's
	}
	return n
}

// extendFundNumbers takes the number after a Chinese fund's name into it.
func extendFundNumbers(d *doc, ms []mention) []mention {
	if d.lang == "en" {
		return ms
	}
	for i := range ms {
		m := &ms[i]
		if m.kind != kg.KindFund || m.id != "" || !hasSuffixAt(d.folded, m.end, "基金") {
			continue
		}
		if n := fundNumberAt(d.folded, m.end); n > 0 {
			d.respan(m, m.start, m.end+n)
		}
	}
	return ms
}
