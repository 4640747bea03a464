package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// A transcript (an interview, a podcast, a hearing) gives each turn a line that opens
// with its speaker's name and a colon ("陳嘉欣：我之前在滙豐工作了六年", "SARAH CHAN: I spent six
// years at Goldman Sachs"). The speaker says 我 or I: in that turn each one is a mention of the
// speaker, and the cues of a person's facts (worked at, studied at, spoke at) pair it.
func firstPersonInTurns(d *doc, es *entitySet) {
	var added []mention
	ms := es.mentions
	k := 0
	for start, end := range d.lines(0) {
		for k < len(ms) && ms[k].start < start {
			k++
		}
		if k < len(ms) && ms[k].kind == kg.KindPerson && turnLabelAt(d, ms[k], start) {
			added = append(added, firstPersonRefs(d, ms, ms[k], ms[k].end, end)...)
		}
	}
	es.addMentions(added)
}

// turnLabelAt reports whether person mention m opens the line at start and a colon follows it.
func turnLabelAt(d *doc, m mention, start int) bool {
	i := start
	for i < m.start && (d.runes[i] == ' ' || d.runes[i] == '\t') {
		i++
	}
	return i == m.start && m.end < len(d.runes) && (d.runes[m.end] == ':' || d.runes[m.end] == '：')
}

// firstPersonRefs are the 我 (not 我们) and the word I in [from, to) that no mention covers,
// as mentions of the speaker.
func firstPersonRefs(d *doc, ms []mention, speaker mention, from, to int) []mention {
	taken := func(i int) bool {
		for _, m := range ms {
			if m.start <= i && i < m.end {
				return true
			}
		}
		return false
	}
	var out []mention
	for i := from; i < to; i++ {
		n := 0
		switch {
		case d.lang != "en" && d.folded[i] == '我' && !strings.ContainsRune("们們国國", at(d.folded, i+1)):
			n = 1
		case d.lang == "en" && d.runes[i] == 'I' && !isWordRune(at(d.runes, i-1)) && !isWordRune(at(d.runes, i+1)) && at(d.runes, i+1) != '\'':
			n = 1
		}
		if n > 0 && !taken(i) {
			out = append(out, mention{start: i, end: i + n, name: speaker.name, id: speaker.id, key: speaker.key, kind: kg.KindPerson})
		}
	}
	return out
}
