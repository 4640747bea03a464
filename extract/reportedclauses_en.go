package extract

import "strings"

// "Tam said ClearPort has raised a round from Antler", "Kerry chairman George Yeo said the
// venture would serve sellers in the Greater Bay Area": the clause a report verb introduces
// has a subject of its own. A cue in it belongs to that subject, not to the speaker (the
// sentence's first name), the speaker's company or, after "She said", the text's topic.

// enReportedClauseReach bounds how far before a cue the report verb is looked for: the
// reported clause is short, and a long sentence is not rescanned for every cue.
const enReportedClauseReach = 120

// enReportedVerbs end the speaker's part; what follows them is the reported clause.
var enReportedVerbs = []string{" said that ", " said ", " says that ", " says ", " added that ", " noted that ", " explained that ", " confirmed that ", " revealed that ", " told reporters that ", " told reporters "}

// enReportedClauseSubject returns the subject of the English reported clause that holds
// position i: a name that opens it and is followed by a verb, or the name a definite noun
// opening it ("the venture") refers to (ok false when neither can be read; the company
// pronouns the speaker's company stands in for are speakerCompany's).
func enReportedClauseSubject(d *doc, es *entitySet, si int, ms []mention, i int, fits func(mention) bool) (mention, bool) {
	s := d.sents[si]
	j := -1
	for p := i - 1; p >= s.start && p > i-enReportedClauseReach && j < 0; p-- {
		for _, v := range enReportedVerbs {
			if hasPrefixAt(d.folded, p, v) && p+len([]rune(v)) <= i {
				j = p + len([]rune(v))
				break
			}
		}
	}
	if j < 0 || strings.ContainsAny(string(d.runes[j:i]), ";\"“”") || strings.Contains(string(d.runes[j:i]), ", and ") {
		return mention{}, false
	}
	for _, x := range ms {
		if x.start == j && x.end < i && (lowerWordAfter(d, x.end, i) || d.runes[x.end] == ',') { // "X has raised", "X, her new company, had raised"
			if fits(x) {
				return x, true
			}
			return mention{}, false
		}
	}
	if m, ok := definiteNounReferent(d, es, si, j, i, fits); ok {
		return m, true
	}
	return mention{}, false
}

// definiteNounReferent resolves "the <noun>" at position j, followed by a verb before i, to the
// organisation the text described with the noun ("a joint venture, named X", "X, a Hong Kong
// start-up", describedas_en.go) or the last name that ends with it ("the fund" → "… Fund"). The
// company pronouns ("the company", "the group") are left to the speaker's company.
func definiteNounReferent(d *doc, es *entitySet, si, j, i int, fits func(mention) bool) (mention, bool) {
	f := d.folded
	if !hasPrefixAt(f, j, "the ") {
		return mention{}, false
	}
	for _, p := range enCompanyPronouns {
		if hasPrefixAt(f, j, p) {
			return mention{}, false
		}
	}
	e := j + len("the ")
	for e < i && isLatinLetter(d.runes[e]) {
		e++
	}
	noun := string(f[j+len("the ") : e])
	if len(noun) < 3 || !lowerWordAfter(d, e, i) {
		return mention{}, false
	}
	if m, ok := describedAs(d, es, si, j, noun); ok && fits(m) {
		return m, true
	}
	return nameEndingWith(d, es, si, j, noun, fits)
}
