package extract

import "strings"

// "The Productivity Council is testing the stations, and from there we plan to enter Vietnam":
// an English sentence may join a second clause with a subject of its own after ", and", ", but"
// or "; ". A cue in that clause belongs to that subject (a name, or a pronoun that refers
// back), not to the first name of the sentence, which is the first clause's subject.

// enClauseReach bounds how far back from a cue the join and the clause before it are read: a
// clause is short, and a sentence without full stops must not be rescanned for every cue.
const enClauseReach = 200

// enClauseJoins open a clause inside a sentence.
var enClauseJoins = []string{", and ", ", but ", "; ", ", while ", ", whereas "}

// enClauseLeadIns are the words that may stand between the join and the clause's subject ("and
// from there we", "and now it", "and in 2024 the company").
var enClauseLeadIns = wordSet(`from there then now also later meanwhile in this next last early late since so thus year month week`)

// enClausePronouns refer back from a clause's subject position.
var enClausePronouns = []string{"we ", "it ", "they ", "the company ", "the firm ", "the start-up ", "the startup ", "the group "}

// enClauseSubject returns the subject of the joined clause that holds position at in sentence
// s: a mention, or pronoun true when a pronoun stands there. ok is false when the cue is in
// the sentence's first clause, or the clause's subject cannot be read.
func enClauseSubject(d *doc, s span, ms []mention, at int) (m mention, pronoun, ok bool) {
	if d.lang != "en" {
		return mention{}, false, false
	}
	j := -1
	for p := at - 1; p > s.start && p > at-enClauseReach && j < 0; p-- {
		for _, c := range enClauseJoins {
			if hasPrefixAt(d.folded, p, c) && p+len([]rune(c)) <= at {
				j = p + len([]rune(c))
				break
			}
		}
	}
	if j < 0 || !clauseBefore(d, max(s.start, j-enClauseReach), j) {
		return mention{}, false, false
	}
	for words := 0; words < 5 && j < at; words++ {
		for _, x := range ms {
			if x.start == j {
				return x, false, lowerWordAfter(d, x.end, at)
			}
		}
		for _, p := range enClausePronouns {
			if hasPrefixAt(d.folded, j, p) {
				return mention{}, true, lowerWordAfter(d, j+len([]rune(p))-1, at)
			}
		}
		e := j
		for e < at && (isLatinLetter(d.runes[e]) || isDigit(d.runes[e])) {
			e++
		}
		w := string(d.folded[j:e])
		if e == j || !enClauseLeadIns[w] && !allDigits(w) {
			return mention{}, false, false
		}
		for j = e; j < at && (d.runes[j] == ' ' || d.runes[j] == ','); j++ {
		}
	}
	return mention{}, false, false
}

// clauseBefore reports whether [a, b) holds a clause rather than a list of names: some
// lower-case word other than a joining word ("HKIC, Temasek, and Sequoia" holds none).
func clauseBefore(d *doc, a, b int) bool {
	for _, w := range strings.Fields(string(d.runes[a:b])) {
		w = strings.Trim(w, ",;.\"'()")
		if len(w) >= 3 && w[0] >= 'a' && w[0] <= 'z' && w != "and" && w != "the" {
			return true
		}
	}
	return false
}

// lowerWordAfter reports whether a lower-case word (a verb, in a clause) follows position i
// after one space, before at.
func lowerWordAfter(d *doc, i, at int) bool {
	return i+1 < at && d.runes[i] == ' ' && d.runes[i+1] >= 'a' && d.runes[i+1] <= 'z'
}

func allDigits(w string) bool {
	for _, c := range w {
		if c < '0' || c > '9' {
			return false
		}
	}
	return w != ""
}

// enObjectPrepositions stand before a name that is an object, not a subject.
var enObjectPrepositions = wordSet(`in of with to from at for into`)

// siblingObject reports whether English mention m, the name left of a cue that starts at cs, is the object of a preposition in an earlier item of a coordination that the cue's
// item continues after ", and" ("made investments in A, a lender, and a stake in B"): the
// items share the sentence's subject, and m is another object, not who acts.
func siblingObject(d *doc, m mention, cs int) bool {
	if d.lang != "en" || m.end > cs || cs-m.end > enClauseReach || !strings.Contains(string(d.runes[m.end:cs]), ", and ") {
		return false
	}
	words := strings.Fields(string(d.folded[max(0, m.start-12):m.start]))
	return len(words) > 0 && enObjectPrepositions[words[len(words)-1]]
}

// opensWithDefinedTerm reports whether English sentence s opens with a mention that reads like
// a referring noun: a defined term ("X Fund I (the \"Fund\") … The Fund, launched by …"), which
// names its subject as a name does, where a bare "The fund" would refer further back.
func opensWithDefinedTerm(d *doc, s span, ms []mention) bool {
	start := afterTimeOpener(d, s)
	return d.lang == "en" && len(ms) > 0 && ms[0].start == start && strings.HasPrefix(string(d.folded[start:ms[0].end]), "the ")
}
