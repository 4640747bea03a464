package extract

import (
	"regexp"
	"strings"
)

// enNewsSourceEnd reports whether name stands in sentence only as the outlet a story was
// told to or learned by ("the chief executive told Tech in Asia", ", Caixin has learned"):
// a source, no party to the fact the sentence states.
func enNewsSourceEnd(sentence, name string) bool {
	found := false
	for k := strings.Index(sentence, name); k >= 0; {
		before, after := sentence[:k], sentence[k+len(name):]
		if !enToldBeforeRe.MatchString(before) && !enLearnedAfterRe.MatchString(after) {
			return false
		}
		found = true
		n := strings.Index(after, name)
		if n < 0 {
			break
		}
		k += len(name) + n
	}
	return found
}

// sourceAsParty reports whether an English fact other than a reporter's work casts the outlet
// a story was told to as a party (enNewsSourceEnd): the reporter works there; no one else's
// fact names it.
func sourceAsParty(d *doc, r *RelationshipProposal, sentence string) bool {
	return d.lang == "en" && r.Type != "WORKED_AT" && (enNewsSourceEnd(sentence, r.From.Name) || enNewsSourceEnd(sentence, r.To.Name))
}

var (
	enToldBeforeRe   = regexp.MustCompile(`\b(?:told|according to|in an interview with|speaking to)\s$`)
	enLearnedAfterRe = regexp.MustCompile(`^\s(?:has|had|have) learned\b`)
)

// enTitleWordRe: a post inside an organisation's name ("HKUST Vice-President for Research"):
// an apposition of a person's title read as the body.
var enTitleWordRe = regexp.MustCompile(`\b(?:Vice-President|Vice President|President|Chairman|Chairwoman|Chief|Officer|Director|Dean|Provost|Professor)\b`)
