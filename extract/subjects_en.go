package extract

import "strings"

// enGroupHeads are nouns for a body of people or an occasion that a text leaves unnamed: "The
// judging panel was chaired by X", "The ceremony was hosted by Y". Such a subject is not the
// company the text is about, so a cue whose subject it is takes no earlier sentence's subject.
var enGroupHeads = map[string]bool{"panel": true, "jury": true, "judges": true, "committee": true, "ceremony": true,
	"dinner": true, "gala": true, "session": true, "discussion": true, "roundtable": true, "study": true,
	"survey": true, "report": true, "meeting": true, "talks": true, "tour": true, "workshop": true, "delegation": true}

// enGenericSubject reports whether the English clause before position at opens with "The" and
// lower-case words that end in such a noun, maybe with an auxiliary after it ("The judging
// panel was", "The award ceremony will be").
func enGenericSubject(d *doc, s span, at int) bool {
	if at < s.start+4 || !hasPrefixAt(d.runes, s.start, "The ") {
		return false
	}
	w := strings.Fields(string(d.runes[s.start+4 : at]))
	if len(w) == 0 || len(w) > 6 {
		return false
	}
	head := false
	for _, x := range w {
		if x != strings.ToLower(x) || strings.ContainsAny(x, ",;:") {
			return false
		}
		if enGroupHeads[x] {
			head = true
		} else if head && !enAuxiliaries[x] {
			return false
		}
	}
	return head
}

var enAuxiliaries = map[string]bool{"was": true, "is": true, "were": true, "are": true, "will": true, "be": true, "been": true, "has": true, "had": true, "have": true}

// relativeWordAt reports whether the relative pronoun "who" opens a word at position k: an
// English cue's gap about a person ends before it, since what follows is another clause. ("which"
// may stand in an aside inside a gap: "investors in the round, which closed on Monday, include".)
func relativeWordAt(d *doc, k int) bool {
	if isWordRune(at(d.folded, k-1)) {
		return false
	}
	return hasPrefixAt(d.folded, k, "who ")
}
