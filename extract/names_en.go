package extract

import "strings"

// enModifierTails end the hyphenated words that describe a name rather than start it: a past
// participle ("Hong Kong-based", "Alibaba-backed", "HKEX-listed", "state-owned") or an
// adjective of extent or age ("5-year-old", "Asia-wide"). Other hyphenated words
// ("Low-altitude", "Cross-border") may open a name.
var enModifierTails = wordSet(`based backed listed owned led old run born made focused bound wide native centric oriented specific friendly grown founded funded headquartered registered`)

// enTitlePrefixes open hyphenated titles ("Co-founder", "Vice-chairman", "Ex-CEO").
var enTitlePrefixes = wordSet(`Co co Vice vice Ex ex Deputy Former`)

// modifierWord reports whether w, hyphenated at i, describes a name (or is a title) rather
// than opening one.
func modifierWord(w string, i int) bool {
	t := w[i+1:]
	return enModifierTails[t] || strings.HasSuffix(t, "ed") || enTitlePrefixes[w[:i]]
}
