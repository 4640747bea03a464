package extract

import "github.com/hkgraph/hkgraph/kg"

// "pitching at GreenBridge Demo Day 2026 at The Mills", "a grant from The Hongkong Bank
// Foundation": in mid-sentence a capitalised "The" right before a name is part of it (a sentence's
// first word is capitalised whatever it is, and a lower-case "the" is the article).

// withMidSentenceThe extends each new English name that a capitalised "The" precedes in
// mid-sentence (after a lower-case word or a comma) to hold it.
func withMidSentenceThe(d *doc, ms []mention) []mention {
	if d.lang != "en" {
		return ms
	}
	for i := range ms {
		m := &ms[i]
		if m.id != "" || m.kind == kg.KindPlace || m.kind == kg.KindPerson || m.start < 6 || !hasSuffixAt(d.runes, m.start, "The ") {
			continue
		}
		b := d.runes[m.start-5]
		if d.runes[m.start-4] != 'T' || !(b == ' ' && (d.runes[m.start-6] >= 'a' && d.runes[m.start-6] <= 'z' || d.runes[m.start-6] == ',')) {
			continue
		}
		m.start -= 4
		m.name = string(d.runes[m.start:m.end])
		m.key = d.key(m.name)
	}
	return ms
}
