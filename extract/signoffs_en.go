package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// A filing signed by a person and a post alone ("Dr. Chan Ho-yin / Chairman and Executive
// Director / Hong Kong, 27 February 2026") is signed for the organisation the text is by: the
// one it names most often.

// issuerOfSignOff returns that organisation when the post line holds nothing but titles
// (joined by "and", "&" or commas) and the text names one organisation in at least two
// sentences.
func issuerOfSignOff(d *doc, es *entitySet, post span) (mention, bool) {
	line := strings.ToLower(string(d.folded[post.start:post.end]))
	if post.end-post.start > 60 || latinTitleIn(d.folded[post.start:post.end]) == nil || !titlesOnly(line) {
		return mention{}, false
	}
	return mostNamedBefore(d, es, post.start, func(m mention) bool { return m.kind == kg.KindOrganization })
}

// titlesOnly reports whether a lower-case line is made of English titles and joining words.
func titlesOnly(line string) bool {
	rest := " " + line + " "
	for _, t := range titles {
		if t.latin {
			rest = strings.ReplaceAll(rest, " "+t.cue+" ", " ")
		}
	}
	for _, w := range strings.Fields(strings.NewReplacer(",", " ", "&", " ").Replace(rest)) {
		switch w {
		case "and", "of", "the", "non-executive", "independent", "executive", "acting", "company", "secretary":
		default:
			return false
		}
	}
	return true
}

// afterHonorific returns where the name of a sign-off line starts: after "Dr. ", "Mr ", "Prof. "
// and the like.
func afterHonorific(d *doc, l span) int {
	line := string(d.runes[l.start:l.end])
	for h := range honorifics {
		if strings.HasPrefix(line, h+" ") {
			return l.start + len([]rune(h)) + 1
		}
	}
	return l.start
}
