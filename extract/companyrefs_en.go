package extract

import (
	"github.com/hkgraph/hkgraph/kg"
)

// "Nimbus Robotics signed a deal with X. … Crane Capital had led the company's Series A",
// "Crane Capital invested in the company in 2021": "the company" as an object, after a verb or
// a preposition, is the company the text was just about, the subject that opened one of the
// sentences before. It becomes a mention of that company, so the cues pair it as they pair the
// name. (At a sentence's start "The company" is the subject pronoun the S slot reads already.)

var enCompanyObjectRefs = []string{"the company's", "the company", "the firm's", "the firm", "the start-up's", "the start-up",
	"the startup's", "the startup"}

// enNotObjectBefore are words after which "the company" opens a reported clause, not an object.
var enNotObjectBefore = wordSet(`said says that while and but as when because if said, told`)

// companyObjectRefs adds a mention for each such object.
func companyObjectRefs(d *doc, es *entitySet) {
	if d.lang != "en" {
		return
	}
	var added []mention
	for si := 1; si < len(d.sents); si++ {
		s := d.sents[si]
		for i := s.start + 1; i < s.end; i++ {
			if isWordRune(at(d.runes, i-1)) || d.runes[i] != 't' {
				continue
			}
			ref := ""
			for _, w := range enCompanyObjectRefs {
				if hasPrefixAt(d.runes, i, w) && !isWordRune(at(d.runes, i+len([]rune(w)))) {
					ref = w
					break
				}
			}
			if ref == "" || insideMention(es.sentenceMentions(s), i) || !objectPosition(d, s, i) {
				continue
			}
			m, ok := describedAs(d, es, si, i, nounOf(ref))
			if !ok {
				m, ok = openingSubjectBefore(d, es, si)
			}
			if !ok {
				continue
			}
			e := i + len([]rune("the ")) + len([]rune(ref[len("the "):]))
			if ref[len(ref)-2:] == "'s" {
				e -= 2 // the possessive stays outside, as after a name
			}
			if overlapsMention(es.mentions, i, e) {
				continue
			}
			added = append(added, mention{start: i, end: e, name: m.name, id: m.id, key: m.key, kind: m.kind})
		}
	}
	es.addMentions(added)
}

// objectPosition reports whether the words right before i are a verb or a preposition of the
// sentence s (a lower-case word that opens no reported clause).
func objectPosition(d *doc, s span, i int) bool {
	j := i - 1
	for j > s.start && d.runes[j] == ' ' {
		j--
	}
	e := j + 1
	for j >= s.start && isLatinLetter(d.runes[j]) {
		j--
	}
	w := string(d.runes[j+1 : e])
	return w != "" && w[0] >= 'a' && w[0] <= 'z' && !enNotObjectBefore[w]
}

// openingSubjectBefore is the organisation that opens the nearest of the three sentences
// before si that opens with a name; sentences that open with a pronoun refer further back.
func openingSubjectBefore(d *doc, es *entitySet, si int) (mention, bool) {
	for j := si - 1; j >= 0 && j >= si-3; j-- {
		s := d.sents[j]
		start := afterTimeOpener(d, s)
		for start < s.end && d.runes[start] == ' ' {
			start++
		}
		ms := es.sentenceMentions(s)
		if len(ms) > 1 && ms[0].start == start && ms[0].kind == kg.KindPlace && basedModifier(d, ms[0]) {
			ms, start = ms[1:], ms[1].start // "Hong Kong-based LedgerKite, which …": the company opens it
		}
		if len(ms) == 0 || ms[0].start > start || titledPersonAfter(d, ms[1:], ms[0], s.end) {
			continue // "Its founder …", "The round …", "X partner Y said …": not a named subject
		}
		if ms[0].kind == kg.KindOrganization && !ms[0].media {
			return ms[0], true
		}
		return mention{}, false // a person or a place opens it: the company is not plain
	}
	return mention{}, false
}
