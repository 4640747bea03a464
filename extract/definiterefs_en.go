package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// "Nimbus opened a lab at Kowloon Science Park. The Kowloon Parks Corporation, which runs the
// science park, …", "a grant from the authority", "a spin-off of the university": a definite
// noun phrase inside a sentence names again the body or site named before whose name ends with
// the same words (two words, or one head noun of a body or a site); "the summit", "the event"
// name the event named last. It becomes a mention of
// that name, so the cues pair it as they pair the name. Sentence openers ("The centre …") are
// the subject slot's to read (nounNamedBefore).

// enDefiniteHeads are the head nouns that name a body or a site again alone.
var enDefiniteHeads = wordSet(`park centre center campus hospital laboratory lab hub port airport terminal
	authority bureau council commission university association federation foundation exchange institute academy
	department ministry agency corporation`)

// definiteRefs adds a mention for each such phrase.
func definiteRefs(d *doc, es *entitySet) {
	if d.lang != "en" {
		return
	}
	var added []mention
	for si := 1; si < len(d.sents); si++ {
		s := d.sents[si]
		ms := es.sentenceMentions(s)
		for i := s.start + 1; i+4 < s.end; i++ {
			if !hasPrefixAt(d.runes, i, "the ") || isWordRune(at(d.runes, i-1)) || insideMention(ms, i) {
				continue
			}
			ws := latinWordsFrom(d.runes, i+4, 2)
			for k := range ws {
				if w, ok := strings.CutSuffix(ws[k].text, "'s"); ok {
					ws[k].text, ws[k].end = w, ws[k].end-2 // "the summit's award": the possessive stays outside
					ws = ws[:k+1]
					break
				}
			}
			if len(ws) == 0 || !isLowerWord(ws[0].text) {
				continue
			}
			for n := min(2, len(ws)); n >= 1; n-- {
				if n == 2 && (!isLowerWord(ws[1].text) || ws[1].start-ws[0].end != 1) {
					continue
				}
				last := ws[n-1]
				if isWordRune(at(d.runes, last.end)) || hasPrefixAt(d.runes, last.end, " of ") || n == 1 && !enDefiniteHeads[ws[0].text] && !enEventRefNouns[ws[0].text] {
					continue // "the university of X" names it in full
				}
				tail := strings.ToLower(string(d.runes[ws[0].start:last.end]))
				m, ok := namedWithTail(d, es, si, i, tail)
				if !ok && n == 1 && enEventRefNouns[tail] {
					m, ok = eventNamedBefore(d, es, si, i) // "At the summit," "won the summit's award"
				}
				if ok && !overlapsMention(es.mentions, ws[0].start, last.end) {
					added = append(added, mention{start: ws[0].start, end: last.end, name: m.name, id: m.id, key: m.key, kind: m.kind})
					break
				}
			}
		}
	}
	es.addMentions(added)
}

// namedWithTail is the latest body or site named in the ten sentences before si (or in si
// before i) whose name ends with the words tail and is longer than them.
func namedWithTail(d *doc, es *entitySet, si, i int, tail string) (mention, bool) {
	for j := si; j >= 0 && j >= si-10; j-- { // a site named in the lead comes back late
		ms := es.sentenceMentions(d.sents[j])
		for x := len(ms) - 1; x >= 0; x-- {
			m := ms[x]
			if m.end > i || m.kind != kg.KindOrganization && m.kind != kg.KindFacility || m.media {
				continue
			}
			n := strings.ToLower(m.name)
			if strings.HasSuffix(n, " "+tail) {
				return m, true
			}
		}
	}
	return mention{}, false
}

// enEventRefNouns name an event again whatever its name ends with ("BioFrontiers Asia 2026, a
// two-day summit … At the summit, …").
var enEventRefNouns = wordSet(`summit forum conference fair expo exhibition festival event congress symposium convention`)

// eventNamedBefore is the latest event named in the ten sentences before si (or in si before i).
func eventNamedBefore(d *doc, es *entitySet, si, i int) (mention, bool) {
	for j := si; j >= 0 && j >= si-10; j-- {
		ms := es.sentenceMentions(d.sents[j])
		for x := len(ms) - 1; x >= 0; x-- {
			if ms[x].end <= i && ms[x].kind == kg.KindEvent && ms[x].key+ms[x].id != "" {
				return ms[x], true
			}
		}
	}
	return mention{}, false
}

// overlapsMention reports whether a mention of ms overlaps [a, b): an added mention must not
// (the readers slice the text between neighbouring mentions).
func overlapsMention(ms []mention, a, b int) bool {
	for _, m := range ms {
		if m.start < b && a < m.end {
			return true
		}
	}
	return false
}
