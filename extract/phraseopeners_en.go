package extract

import "strings"

// "For the mainland launch, it has signed a distribution agreement with X, a Shanghai
// distributor": a phrase opens the sentence, then a pronoun is its subject. The sentence's
// subject is the one the pronoun refers back to, not X, the first name written in it.

// enPhraseOpeners open a prepositional phrase that may stand before an English sentence's
// subject.
var enPhraseOpeners = []string{"for ", "under ", "with ", "through ", "as part of ", "to ", "amid ", "despite ",
	"at ", "by ", "following ", "beyond ", "besides ", "alongside ", "before ", "after ", "during ", "in ", "on "}

// pronounAfterPhrase reports whether English sentence s opens with a prepositional phrase of
// at most eight words closed by a comma, followed by a word that refers back.
func pronounAfterPhrase(d *doc, s span) bool {
	if d.lang != "en" {
		return false
	}
	head := string(d.folded[s.start:min(s.end, s.start+80)])
	opens := false
	for _, p := range enPhraseOpeners {
		opens = opens || strings.HasPrefix(head, p)
	}
	if !opens {
		return false
	}
	c := strings.IndexByte(head, ',')
	if c < 0 || len(strings.Fields(head[:c])) > 8 {
		return false
	}
	rest := strings.TrimLeft(head[c+1:], " ")
	for _, p := range []string{"it ", "its ", "they ", "the company ", "the start-up ", "the startup ", "the firm ", "the group "} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}
