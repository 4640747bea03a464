package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// "FWD agreed to buy Kestrel, a Hong Kong start-up that sells cover, … Openspace, which led the
// start-up's Series B": a definite noun that names a kind narrower than "company" (start-up,
// startup) refers back to the organisation the text described with that noun, in an apposition
// ("Kestrel, a Hong Kong start-up") or right before its name ("insurtech start-up Kestrel"),
// not to the sentence subject before it, which is often the buyer or the investor.

// genericCompanyNouns fit any organisation: they say nothing about which one is meant.
var genericCompanyNouns = wordSet(`company firm`)

// describedReach bounds how many organisations back a description is looked for.
const describedReach = 30

// nounOf is the noun of a definite reference ("the start-up's" → "start-up").
func nounOf(ref string) string {
	return strings.TrimSuffix(strings.TrimPrefix(ref, "the "), "'s")
}

// describedAs is the nearest organisation before position i (in sentence si or the three
// before it) that the text described with noun.
func describedAs(d *doc, es *entitySet, si, i int, noun string) (mention, bool) {
	if genericCompanyNouns[noun] {
		return mention{}, false
	}
	read := 0
	for j := si; j >= 0 && j >= si-3; j-- {
		ms := es.sentenceMentions(d.sents[j])
		for k := len(ms) - 1; k >= 0 && read < describedReach; k-- {
			m := ms[k]
			if m.end > i || m.kind != kg.KindOrganization {
				continue
			}
			read++
			if nounBefore(d, m.start, noun) || appositionNoun(d, m.end, noun) {
				return m, true
			}
		}
	}
	return mention{}, false
}

// nounBefore reports whether noun stands right before position i, as the word that names what
// follows: "start-up Kestrel", "a joint venture, named X", "a venture called X".
func nounBefore(d *doc, i int, noun string) bool {
	for _, glue := range []string{" ", ", named ", " named ", ", called ", " called "} {
		k := i - len([]rune(noun)) - len(glue)
		if hasSuffixAt(d.folded, i, noun+glue) && (k == 0 || k > 0 && !isWordRune(d.folded[k-1])) {
			return true
		}
	}
	return false
}

// appositionNoun reports whether an apposition after position i has noun as its head: ", a Hong
// Kong start-up that …", ", an insurtech start-up," (up to six words, ending at that noun).
func appositionNoun(d *doc, i int, noun string) bool {
	rest := string(d.folded[i:min(len(d.folded), i+80)])
	after, ok := strings.CutPrefix(rest, ", a ")
	if !ok {
		if after, ok = strings.CutPrefix(rest, ", an "); !ok {
			return false
		}
	}
	for n, w := range strings.Fields(after) {
		if n >= 6 {
			return false
		}
		w = strings.TrimRight(w, ",;.")
		if strings.EqualFold(w, noun) {
			return true
		}
	}
	return false
}
