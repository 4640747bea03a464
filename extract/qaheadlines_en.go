package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// enQALabels open the headline of an interview written as questions and answers.
var enQALabels = []string{"Q&A:", "Q&A with", "Interview:"}

// qaHeadlineGuest reads an interview's headline "Q&A: VoltSwap's Nova Lim On …": the person
// after an organisation's possessive is the guest, and the organisation is theirs.
func qaHeadlineGuest(d *doc, ms []mention) (guest, org mention, ok bool) {
	end := headlineEnd(d)
	if end == 0 || !labelAt(d, 0, end, enQALabels) {
		return mention{}, mention{}, false
	}
	for k := 1; k < len(ms) && ms[k].end <= end; k++ {
		o, p := ms[k-1], ms[k]
		gap := string(d.runes[o.end:p.start])
		if p.kind == kg.KindPerson && o.kind == kg.KindOrganization && o.key+o.id != "" && (gap == "'s " || gap == "’s ") {
			return p, o, true
		}
	}
	return mention{}, mention{}, false
}

// qaAnswerLines reports for a line whether it answers: it comes after the text's first
// question line (a line that ends with "?") and is no question itself.
func qaAnswerLines(d *doc) func(start, end int) bool {
	first := -1
	for start, end := range d.lines(0) {
		if isQuestionLine(d, start, end) {
			first = start
			break
		}
	}
	return func(start, end int) bool {
		return first >= 0 && start > first && !isQuestionLine(d, start, end) && strings.TrimSpace(string(d.runes[start:end])) != ""
	}
}

// isQuestionLine reports whether the line [start, end) is a question: it ends with "?".
func isQuestionLine(d *doc, start, end int) bool {
	return strings.HasSuffix(strings.TrimSpace(string(d.runes[start:end])), "?")
}
