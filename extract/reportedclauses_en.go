package extract

// "She said TideMark has raised a seed round from Antler": a sentence that opens with a
// personal pronoun and a report verb carries its own subject in the reported clause. The
// pronoun is the speaker (a person), not the company an earlier sentence named, so a cue whose
// slot wants the sentence's subject takes the name that opens the reported clause.

// enSpeakerPronouns open a sentence as its speaker.
var enSpeakerPronouns = []string{"she ", "he ", "they "}

// enReportedClauseVerbs introduce a reported clause ("that" is optional after each).
var enReportedClauseVerbs = []string{"said ", "says ", "added ", "noted ", "explained ", "confirmed ", "revealed ", "told reporters "}

// reportedClauseSubject returns the name that opens the reported clause of sentence s when the
// sentence is "He/She/They said (that) X …" and X ends before position at, followed by a
// lower-case word or a comma (an apposition): X is the subject of what is reported.
func reportedClauseSubject(d *doc, s span, ms []mention, at int, fits func(mention) bool) (mention, bool) {
	if d.lang != "en" {
		return mention{}, false
	}
	j := afterTimeOpener(d, s)
	p := wordStartingAt(d.folded, j, enSpeakerPronouns)
	if p == "" {
		return mention{}, false
	}
	j += len([]rune(p))
	v := wordStartingAt(d.folded, j, enReportedClauseVerbs)
	if v == "" {
		return mention{}, false
	}
	j += len([]rune(v))
	if hasPrefixAt(d.folded, j, "that ") {
		j += len("that ")
	}
	for _, m := range ms {
		if m.start > j {
			break
		}
		if m.start == j && m.end < at && fits(m) && (lowerWordAfter(d, m.end, at) || d.runes[m.end] == ',') {
			return m, true
		}
	}
	return mention{}, false
}
