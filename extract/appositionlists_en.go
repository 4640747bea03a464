package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// An English list item may carry an apposition that names another organisation: in "HC
// Digital, a wholly-owned subsidiary of the Company, and the Subscriber propose to establish
// X" the parties are HC Digital and the Subscriber; the Company only describes HC Digital.
// group's leftward walk meets the apposition's object first; appositionHeadBefore steps from it
// to the name the apposition describes.

// appositionHeadBefore returns the index of the mention that an apposition ending in ms[j]
// describes (", a subsidiary of ms[j]", ", the investment arm of ms[j]"): ms[k] stands before
// ", a|an|the", at most five words end in "of" or "at" right before ms[j], and no comma lies
// between. Closing brackets and quotes after ms[k], and an alias in brackets, belong to it
// ("X ("HC Digital"), a unit of").
func appositionHeadBefore(d *doc, ms []mention, j int) (int, bool) {
	if d.lang != "en" || j == 0 {
		return 0, false
	}
	k := j - 1
	gap := strings.TrimLeft(string(d.runes[ms[k].end:ms[j].start]), ")\"”'’")
	if strings.HasPrefix(gap, " (") {
		if e := strings.IndexByte(gap, ')'); e > 0 {
			gap = gap[e+1:] // the alias in brackets: X ("HC Digital"), a unit of
		}
	}
	var rest string
	for _, a := range []string{", a ", ", an ", ", the "} {
		if strings.HasPrefix(gap, a) {
			rest = gap[len(a):]
			break
		}
	}
	if rest == "" || strings.ContainsAny(rest, ",;:()") {
		return 0, false
	}
	w := strings.Fields(rest)
	if len(w) < 2 || len(w) > 5 {
		return 0, false
	}
	if l := w[len(w)-1]; l != "of" && l != "at" {
		return 0, false
	}
	if strings.HasSuffix(rest, " the ") || strings.HasSuffix(rest, " of ") || strings.HasSuffix(rest, " at ") {
		return k, true
	}
	return 0, false
}

// enPlaceModifiers join a place to the name after it as a modifier ("the Hong Kong-based X",
// "HKEX-listed Y"): skipped to reach the name. Where a "-listed" place says the name is (it does
// not: where it is listed) is placed.go's question, not this one's.
var enPlaceModifiers = []string{"-based ", "-headquartered ", "-listed "}

// pastBasedModifier returns where the name after a place's "-based" modifier starts when one
// opens at i ("the Hong Kong-based Kowloon Peak": Kowloon Peak), else i.
func pastBasedModifier(d *doc, ms []mention, i int) int {
	for _, m := range ms {
		if m.start == i && m.kind == kg.KindPlace {
			for _, w := range enPlaceModifiers {
				if hasPrefixAt(d.folded, m.end, w) {
					return m.end + len([]rune(w))
				}
			}
		}
	}
	return i
}

// englishPrepositions are the words before a name that make it an object, not the subject
// a sentence is about ("led by X", "a partner at the X-based Y", "a unit of X").
var englishPrepositions = []string{"by", "at", "of", "with", "from", "to", "for", "in", "on"}

// prepositionObject reports whether an English mention stands right after a preposition, an
// optional "the" and an optional place's "-based" modifier between (read from the text alone:
// mainSubject asks it of every sentence's names).
func prepositionObject(d *doc, m mention) bool {
	if d.lang != "en" {
		return false
	}
	i := m.start
	for _, w := range enPlaceModifiers {
		if hasSuffixAt(d.folded, i, w) {
			i = capitalisedWordsBefore(d, i-len([]rune(w)), 4) // "the Hong Kong-based X"
			break
		}
	}
	if hasSuffixAt(d.folded, i, "the ") {
		i -= len("the ")
	}
	for _, w := range englishPrepositions {
		if hasSuffixAt(d.folded, i, " "+w+" ") {
			return true
		}
	}
	return false
}

// capitalisedWordsBefore returns where the run of up to n capitalised words ending at e starts.
func capitalisedWordsBefore(d *doc, e, n int) int {
	s := e
	for k := 0; k < n; k++ {
		b := wordStart(d.runes, s)
		if b == s || !isCapitalised(string(d.runes[b:s])) {
			break
		}
		s = b
		if s < 2 || d.runes[s-1] != ' ' {
			break
		}
		if w := wordStart(d.runes, s-1); w == s-1 || !isCapitalised(string(d.runes[w:s-1])) {
			break
		}
		s--
	}
	return s
}
