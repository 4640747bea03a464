package extract

import "strings"

// A company named alone at the start of a sentence is told from a capitalised common word by
// the verb after it (subjectName, enSubjectVerbs). News opens sentences with companies before
// many more verbs ("CBRE advised Chinachem", "Manulife offers the app"), but common words open
// sentences before them too ("Police confirmed", "Research shows"). So the wider verbs count only
// after a word no common noun is written as: an acronym or a word with an inner capital
// (CBRE, WeLab), or one the text writes capitalised again in mid-sentence ("… and Manulife
// Investment Management").

// enMoreSubjectVerbs follow a company named alone at a sentence's start.
var enMoreSubjectVerbs = wordSet(`advised advises offers offered provides provided sells sold operates operated runs
	develops developed supplies supplied makes made builds built owns owned holds held represented represents
	confirmed declined reported posted employs employed serves served uses used won wins hosted hosts
	launched manages managed sponsored sponsors`)

// wordShapedAsName reports whether w is written as no common word is: two capitals or more
// (CBRE, BYD, WeLab), or capitalised again after a lower-case word or a comma elsewhere in
// the text.
func wordShapedAsName(d *doc, w word) bool {
	r := []rune(w.text)
	if rest := string(r[1:]); isAcronym(w.text) || strings.ToLower(rest) != rest {
		return true
	}
	for i := 2; i+len(r) <= len(d.runes); i++ {
		if i == w.start || d.runes[i-1] != ' ' || !hasPrefixAt(d.runes, i, w.text) || isWordRune(at(d.runes, i+len(r))) {
			continue
		}
		if p := d.runes[i-2]; p >= 'a' && p <= 'z' || p == ',' {
			return true
		}
	}
	return false
}
