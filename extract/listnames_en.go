package extract

import (
	"regexp"
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// "named by Forbes Asia to its 100 to Watch list", "made the Fortune China 40 Under 40 list":
// rankings are named by capitalised words and numbers before "list" (lower case). The name
// before "list" is an event-like entity (EVENT, as awards are) that companies are selected for.

var enRankingListRe = regexp.MustCompile(`\b(?:its|the|their|this year's) ((?:[0-9]+|[A-Z][A-Za-z0-9&-]*)(?: (?:[0-9]+|[A-Z][A-Za-z0-9&-]*|to|of|the|in|under|Under|and)){1,6}) list\b`)

// rankingListNames proposes those names.
func rankingListNames(d *doc) []mention {
	if d.lang != "en" {
		return nil
	}
	text := string(d.runes)
	var out []mention
	for _, loc := range enRankingListRe.FindAllStringSubmatchIndex(text, -1) {
		name := text[loc[2]:loc[3]]
		ws := strings.Fields(name)
		last := ws[len(ws)-1]
		if !isCapitalised(last) && !isDigit([]rune(last)[0]) {
			continue // "the 100 of the list": a name ends with a word of its own
		}
		s := len([]rune(text[:loc[2]]))
		out = append(out, mention{start: s, end: s + len([]rune(name)), name: name, key: d.key(name), kind: kg.KindEvent})
	}
	return out
}
