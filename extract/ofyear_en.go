package extract

import (
	"regexp"
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// Awards are named for whom they honour "of the Year" ("Start-up of the Year award",
// "Entrepreneur of the Year", "Deal of the Year"): the whole run is one award (an EVENT here),
// not a company named "Year" whose lower-case "next year" would then be a mention.

var enOfTheYearRe = regexp.MustCompile(`\b((?:[A-Z][A-Za-z0-9&-]*[ ]){0,3}[A-Z][A-Za-z0-9&-]* of the Year(?: [Aa]wards?| [Pp]rize)?)\b`)

// ofTheYearNames proposes EVENT mentions for such names.
func ofTheYearNames(d *doc) []mention {
	if d.lang != "en" {
		return nil
	}
	text := string(d.runes)
	var out []mention
	for _, loc := range enOfTheYearRe.FindAllStringSubmatchIndex(text, -1) {
		start := loc[2]
		for sp := strings.IndexByte(text[start:loc[3]], ' '); sp > 0 && enEditionSkips[text[start:start+sp]]; sp = strings.IndexByte(text[start:loc[3]], ' ') {
			start += sp + 1 // "The Start-up of the Year award": the article opens no name
		}
		name := text[start:loc[3]]
		s := len([]rune(text[:start]))
		out = append(out, mention{start: s, end: s + len([]rune(name)), name: name, key: d.key(name), kind: kg.KindEvent})
	}
	return out
}
