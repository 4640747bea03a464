package extract

import (
	"strings"
	"unicode"

	"github.com/hkgraph/hkgraph/kg"
)

// A press release's headline is set in title case ("Acme Capital Announces US$50 Million First
// Close of Growth Fund II, Backed by HKIC"): every word is capitalised, so a capitalised run
// there is no sign of a name. titleCaseNames drops the new names a title-case headline alone
// yields ("Announces US", "Backed"): a real name of the headline is named again in the body.
// It also cuts "About " off a boilerplate header ("About Acme Capital") so the header names
// the company.
func titleCaseNames(d *doc, ms []mention) []mention {
	if d.lang != "en" || len(ms) == 0 {
		return ms
	}
	end := headlineEnd(d)
	title := end > 0 && titleCase(d.runes[:end])
	body := ""
	if title {
		body = string(d.runes[end:])
	}
	out := ms[:0]
	for _, m := range ms {
		if title && m.start < end && m.id == "" && m.key != "" && m.kind != kg.KindPlace && !strings.Contains(body, m.name) {
			continue
		}
		if strings.HasPrefix(m.name, "About ") && m.id == "" && lineOpensAt(d, m.start) && lineEndsAt(d, m.end) {
			d.respan(&m, m.start+len("About "), m.end)
		}
		out = append(out, m)
	}
	return out
}

// headlineEnd is where the text's first line ends when that line is a headline (no full stop
// at its end, a line break after it), else 0.
func headlineEnd(d *doc) int {
	i := 0
	for i < len(d.runes) && d.runes[i] != '\n' {
		i++
	}
	if i == len(d.runes) || i == 0 {
		return 0
	}
	if c := d.runes[i-1]; c == '.' || c == ':' {
		return 0
	}
	if _, ok := bylineIn(d.runes, 0, i); ok {
		return 0 // "By Daniel Ng, Asia Tech Ledger" opens the text
	}
	return i
}

// titleCase reports whether a line capitalises its words: of at least four words of four or
// more letters, all but one open with a capital.
func titleCase(r []rune) bool {
	n, caps := 0, 0
	for _, w := range strings.Fields(string(r)) {
		w = strings.TrimFunc(w, func(c rune) bool { return !unicode.IsLetter(c) })
		if len([]rune(w)) < 4 {
			continue
		}
		n++
		if unicode.IsUpper([]rune(w)[0]) {
			caps++
		}
	}
	return n >= 4 && caps >= n-1
}

func lineOpensAt(d *doc, i int) bool { return i == 0 || d.runes[i-1] == '\n' }

func lineEndsAt(d *doc, i int) bool {
	for i < len(d.runes) && d.runes[i] == ' ' {
		i++
	}
	return i == len(d.runes) || d.runes[i] == '\n' || d.runes[i] == '\r'
}
