package extract

import "strings"

// A hyphenated word describes a name rather than starts it when it ends in a past participle
// ("Hong Kong-based", "Alibaba-backed", "HKEX-listed", "state-owned": modifierWord takes every
// tail in -ed) or in one of enModifierTails, irregular participles and adjectives of extent or
// age ("5-year-old", "Asia-wide"). Other hyphenated words ("Low-altitude", "Cross-border") may
// open a name.
var enModifierTails = wordSet(`old run born made bound wide native centric specific friendly grown`)

// enTitlePrefixes open hyphenated titles ("Co-founder", "Vice-chairman", "Ex-CEO").
var enTitlePrefixes = wordSet(`Co co Vice vice Ex ex Deputy Former`)

// modifierWord reports whether w, hyphenated at i, describes a name (or is a title) rather
// than opening one.
func modifierWord(w string, i int) bool {
	t := w[i+1:]
	return enModifierTails[t] || strings.HasSuffix(t, "ed") || enTitlePrefixes[w[:i]]
}
