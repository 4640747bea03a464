package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// asideSplitCue matches a two-part English cue whose parts a relative clause set off by commas
// stands between ("Cornerstone investors, who took almost half of the offering, included A"
// reads as "investors included A"): the cue's first word, ", who" or ", which", the clause, a
// comma, then the rest of the cue. It returns where the cue ends.
func asideSplitCue(d *doc, cue string, i, limit int) (int, bool) {
	f := d.folded
	j := i
	for j < limit && isWordRune(f[j]) {
		j++
	}
	if !hasPrefixAt(f, j, ", wh") {
		return 0, false // the cheap test first: most words are not followed by ", who"/", which"
	}
	sp := strings.IndexByte(cue, ' ')
	if sp <= 0 {
		return 0, false
	}
	head, rest := cue[:sp], cue[sp+1:]
	k := i + len([]rune(head))
	if !hasPrefixAt(f, i, head) || isWordRune(at(f, i-1)) || !hasPrefixAt(f, k, ", who ") && !hasPrefixAt(f, k, ", which ") {
		return 0, false
	}
	for j := k + 2; j < limit && j < k+80; j++ {
		if f[j] == '.' || f[j] == ';' || f[j] == '\n' {
			return 0, false
		}
		if f[j] == ',' && hasPrefixAt(f, j, ", "+rest) {
			e := j + 2 + len([]rune(rest))
			if e <= limit && !isWordRune(at(f, e)) {
				return e, true
			}
		}
	}
	return 0, false
}

// afterWithAside returns where the object of a cue ending at i starts when an aside ", with
// B," stands right after the cue ("co-led, with Sino Capital, the Series A of C"): B acted
// alongside the subject, the object comes after the aside.
func afterWithAside(d *doc, i int) (int, bool) {
	f := d.folded
	if !hasPrefixAt(f, i, ", with ") {
		return 0, false
	}
	for k := i + len(", with "); k < len(f) && k < i+60; k++ {
		if f[k] == '.' || f[k] == ';' || f[k] == '\n' {
			return 0, false
		}
		if f[k] == ',' && at(f, k+1) == ' ' {
			return k + 2, true
		}
	}
	return 0, false
}

// whichAntecedent is the organisation that ", which" before the cue at i refers to: the name
// right before ", which", or before an apposition that describes it ("X Inc., a Seoul-based
// developer of robots, which has opened its headquarters at Y": X, not the sentence's subject).
func whichAntecedent(d *doc, ms []mention, i int) (mention, bool) {
	at, ok := relativeOpenBefore(d, i, ", which ")
	if !ok {
		return mention{}, false
	}
	for x := len(ms) - 1; x >= 0; x-- {
		m := ms[x]
		if m.end > at || at-m.end > 100 {
			continue
		}
		if m.kind == kg.KindPlace {
			continue // "a Seoul-based developer": the apposition's place
		}
		g := string(d.folded[m.end:at])
		if m.kind == kg.KindOrganization && (g == "" || strings.HasPrefix(g, ", a ") || strings.HasPrefix(g, ", an ")) {
			return m, true
		}
		return mention{}, false
	}
	return mention{}, false
}

// relativeOpenBefore returns where the relative clause opened by rel (", who ", ", which ")
// that runs up to position i without another comma starts, within 80 characters.
func relativeOpenBefore(d *doc, i int, rel string) (int, bool) {
	if d.lang != "en" {
		return 0, false
	}
	lo := max(0, i-80)
	t := string(d.runes[lo:i])
	k := strings.LastIndex(t, rel)
	if k < 0 || strings.ContainsAny(t[k+len(rel):], ",;") {
		return 0, false
	}
	return lo + len([]rune(t[:k])), true
}
