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

// editionYearAt returns 4 when a year that ends an event's name stands at e (論壇2026, not
// 論壇2026年 or a longer number), else 0.
func editionYearAt(f []rune, e int) int {
	if e+4 > len(f) || !(hasPrefixAt(f, e, "19") || hasPrefixAt(f, e, "20")) || !isDigit(f[e+2]) || !isDigit(f[e+3]) {
		return 0
	}
	if e+4 < len(f) && (isDigit(f[e+4]) || isLatinLetter(f[e+4]) || f[e+4] == '年' || f[e+4] == '-') {
		return 0
	}
	return 4
}

// nameTailAt returns how many runes right after a new name belong to it: a fund's number, an
// event's edition year (香港—東盟商貿論壇2026, as a year before it is: yearBefore).
func nameTailAt(f []rune, m mention) int {
	switch {
	case m.id != "":
	case m.kind == kg.KindFund && hasSuffixAt(f, m.end, "基金"):
		return fundNumberAt(f, m.end)
	case m.kind == kg.KindEvent:
		return editionYearAt(f, m.end)
	}
	return 0
}

// extendNameNumbers takes the number after a Chinese fund's or event's name into it.
func extendNameNumbers(d *doc, ms []mention) []mention {
	for i := 0; i < len(ms) && d.lang != "en"; i++ {
		if n := nameTailAt(d.folded, ms[i]); n > 0 {
			d.respan(&ms[i], ms[i].start, ms[i].end+n)
		}
	}
	return ms
}
