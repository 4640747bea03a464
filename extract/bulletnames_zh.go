package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// Press releases set out the members of a group one a line, each line a bullet, a name, a colon
// and what the member does:
//
//	今屆培育公司包括：
//	－ 甲生物：研發……
//	－ 乙通：提供……
//
// The name before the colon is a company's even without a kind suffix: the list's shape says so.
// One such line alone may be a heading (－ 注意：…), so it takes two lines of the shape in a row.

// bulletItemNames proposes the names that open consecutive bullet lines before a colon.
func bulletItemNames(d *doc) []mention {
	if d.lang == "en" {
		return nil
	}
	f := d.folded
	var run, out []mention
	flush := func() {
		if len(run) >= 2 {
			out = append(out, run...)
		}
		run = run[:0]
	}
	for ls := 0; ls < len(f); {
		le := ls
		for le < len(f) && f[le] != '\n' {
			le++
		}
		if m, ok := bulletItemName(d, ls, le); ok {
			run = append(run, m)
		} else if !blankLine(f[ls:le]) {
			flush()
		}
		ls = le + 1
	}
	flush()
	return out
}

// blankLine reports whether a line holds only spaces.
func blankLine(r []rune) bool {
	return strings.TrimSpace(string(r)) == ""
}

// bulletItemName reads the name of the bullet line f[ls:le]: 2–10 runes of one name between the
// bullet and a colon, with a description of some length after the colon.
func bulletItemName(d *doc, ls, le int) (mention, bool) {
	f := d.folded
	j := ls
	for j < le && isSpace(f[j]) {
		j++
	}
	if !bulletOpensAt(f[:le], j) {
		return mention{}, false
	}
	s := j + 1
	for s < le && isSpace(f[s]) {
		s++
	}
	e := s
	for e < le && e-s <= 10 && f[e] != ':' {
		e++
	}
	if e >= le || f[e] != ':' || e-s < 2 || le-e-1 < 6 {
		return mention{}, false
	}
	name := f[s:e]
	if !plainName(name) || allGeneric(string(name)) || titleIn(name) || wholePlace(name) || hasDigit(name) ||
		len(name) <= 3 && surnames[name[0]] && titleAt(f, e+1) > e+1 {
		// A place, a field (醫療科技：3間) or a person with a post (陳大文：行政總裁) is no company's name.
		return mention{}, false
	}
	n := string(d.runes[s:e])
	return mention{start: s, end: e, name: n, key: d.key(n), kind: kindBySuffix(n, kg.KindOrganization)}, true
}
