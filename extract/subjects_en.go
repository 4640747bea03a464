package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

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

// enCompanyNouns open an English sentence that refers back to a company.
var enCompanyNouns = []string{"the company ", "the startup ", "the start-up ", "the firm "}

// companyAfterPersonSubject resolves "The startup", "The company" … opening sentence si when the
// sentence before opens with a person ("Tsang co-founded QuickPay in 2019. The startup is
// backed by …"): a company noun names no person, and the company that sentence tells of is the
// object of the person's verb: the first organisation after the person's aside that stands after
// no preposition and owns nothing ('s), not the person nor an earlier topic.
func companyAfterPersonSubject(d *doc, es *entitySet, si int, fits func(mention) bool) (mention, bool) {
	if d.lang != "en" || si == 0 {
		return mention{}, false
	}
	s := d.sents[si]
	head := string(d.folded[s.start:min(s.end, s.start+14)])
	ok := false
	for _, p := range enCompanyNouns {
		ok = ok || strings.HasPrefix(head, p)
	}
	if !ok {
		return mention{}, false
	}
	prev := d.sents[si-1]
	ms := es.sentenceMentions(prev)
	if len(ms) == 0 || ms[0].kind != kg.KindPerson || ms[0].start != prev.start {
		return mention{}, false
	}
	from := ms[0].end
	if at(d.runes, from) == ',' { // "Tsang, a Cambridge graduate who ran Visa's unit, co-founded X"
		for from++; from < prev.end && d.runes[from] != ','; from++ {
		}
	}
	for _, m := range ms[1:] {
		if m.start < from || m.kind != kg.KindOrganization || possessive(d, m.end) || afterPreposition(d, m.start) {
			continue
		}
		if fits(m) {
			return m, true
		}
		break
	}
	return mention{}, false
}

// afterPreposition reports whether a preposition stands right before position i ("at X", "from X").
func afterPreposition(d *doc, i int) bool {
	for _, p := range []string{"at ", "of ", "from ", "with ", "in ", "for ", "by ", "to "} {
		if hasSuffixAt(d.folded, i, p) && !isWordRune(at(d.folded, i-len(p)-1)) {
			return true
		}
	}
	return false
}

// descriptorNounsAt moves position i past a description of the company named next: lower-case
// words ending in a company noun ("founder of credit-scoring firm X", "a partner at
// growth-stage investor X"). It returns i when no name follows such words.
func descriptorNounsAt(d *doc, ms []mention, i int) int {
	j := i
	for n := 0; n < 4; n++ {
		e := j
		for e < len(d.runes) && (d.runes[e] >= 'a' && d.runes[e] <= 'z' || d.runes[e] == '-') {
			e++
		}
		if e == j || e >= len(d.runes) || d.runes[e] != ' ' {
			return i
		}
		w := string(d.runes[j:e])
		j = e + 1
		if enDescriptors[w] {
			for _, m := range ms {
				if m.start == j && m.kind == kg.KindOrganization {
					return j
				}
			}
			return i
		}
	}
	return i
}

// beforeAgeModifier moves position j (the end of the words before a title) back over an age
// that modifies the title ("the 27-year-old founder", "a 45-year-old former banker") and the
// spaces before it; it returns j when no age stands there.
func beforeAgeModifier(d *doc, j int) int {
	const age = "-year-old"
	if !hasSuffixAt(d.folded, j, age) {
		return j
	}
	k := j - len(age)
	e := k
	for k > 0 && isDigit(d.runes[k-1]) {
		k--
	}
	if k == e || k == 0 || d.runes[k-1] != ' ' {
		return j
	}
	for k > 0 && d.runes[k-1] == ' ' {
		k--
	}
	return k
}

// enPluralHeads name the unnamed members of a group: "companies admitted to the scheme will
// get lab space" is about any company admitted, not the one the text is about.
var enPluralHeads = map[string]bool{"companies": true, "start-ups": true, "startups": true, "firms": true,
	"applicants": true, "participants": true, "businesses": true, "enterprises": true, "members": true,
	"investors": true, "graduates": true, "teams": true}

// enPluralSubject reports whether the English clause holding position at opens with such a
// plural noun, maybe after a determiner or an adjective, and names the cue's subject by it
// (the noun stands right before the cue).
func enPluralSubject(d *doc, s span, at int) bool {
	from := max(s.start, negationClauseStart(d, at))
	w := strings.Fields(strings.ToLower(string(d.runes[from:at])))
	if len(w) == 0 || len(w) > 4 || !enPluralHeads[w[len(w)-1]] {
		return false
	}
	for _, x := range w[:len(w)-1] {
		if x != strings.ToLower(x) || !enPluralOpeners[x] {
			return false
		}
	}
	return true
}

var enPluralOpeners = map[string]bool{"the": true, "all": true, "any": true, "local": true, "new": true, "eligible": true,
	"selected": true, "participating": true, "successful": true, "other": true, "more": true, "many": true}
