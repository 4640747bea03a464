package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
	"github.com/hkgraph/hkgraph/textnorm"
)

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

// enBackedTails follow an investor's name in a modifier before the company it backs
// ("Alibaba-backed Nimbus", "Sequoia-funded X").
var enBackedTails = []string{"-backed", "-funded"}

// backerNames proposes the capitalised words before "-backed"/"-funded" as an organisation
// ("SoftBank-backed", "Hong Kong Investment Corporation-backed"): the investor the modifier names.
// A place there ("Hong Kong-backed") and words that open no name are not.
func backerNames(d *doc) []mention {
	if d.lang != "en" {
		return nil
	}
	words := latinWords(d.runes)
	var out []mention
	for wi, w := range words {
		head := ""
		for _, t := range enBackedTails {
			if h, ok := strings.CutSuffix(w.text, t); ok && isCapitalised(h) && !strings.Contains(h, "-") {
				head = h
			}
		}
		if head == "" {
			continue
		}
		s := wi
		for s > 0 && wi-s < 3 && isCapitalised(words[s-1].text) && d.runes[words[s-1].end] == ' ' && words[s-1].end+1 == words[s].start &&
			!enNotNames[words[s-1].text] && !enDeterminers[words[s-1].text] && !strings.HasSuffix(words[s-1].text, ".") {
			s--
		}
		start, end := words[s].start, w.start+len([]rune(head))
		name := string(d.runes[start:end])
		if enNotNames[name] || isPlaceName(textnorm.Fold(name)) {
			continue
		}
		out = append(out, mention{start: start, end: end, name: name, key: d.key(name), kind: kg.KindOrganization})
	}
	return out
}
