package extract

import "strings"

// Bulleted lists: press releases and news write the items of a list one a line after a
// colon ("Other investors in the round include:\n- HKIC, …;\n- Singapore's Temasek;\n- existing
// backer Harbour Bridge Ventures."). The colon's sentence and its bullet lines are one sentence,
// and each bullet's first fitting name is an item of the list the cue before the colon opens.

// bulletMarkers open a bullet line.
var bulletMarkers = []string{"- ", "• ", "* ", "– ", "— ", "· "}

// mergeBulletLists joins to a sentence that ends with a colon the bullet lines that follow it.
func mergeBulletLists(r []rune, sents []span) []span {
	var out []span
	for i := 0; i < len(sents); i++ {
		s := sents[i]
		if s.end > s.start && (r[s.end-1] == ':' || r[s.end-1] == '：') {
			for i+1 < len(sents) && bulletAt(r, sents[i+1].start) && lineBreakBetween(r, s.end, sents[i+1].start) {
				s.end = sents[i+1].end
				i++
			}
		}
		out = append(out, s)
	}
	return out
}

// bulletAt reports whether a bullet marker stands at i.
func bulletAt(r []rune, i int) bool {
	rest := string(r[i:min(len(r), i+2)])
	for _, b := range bulletMarkers {
		if rest == b {
			return true
		}
	}
	return false
}

func lineBreakBetween(r []rune, a, b int) bool {
	return a <= b && strings.ContainsAny(string(r[a:b]), "\n\r")
}

// nextBulletItem is, for a list whose last item ends at from, the first mention on the next bullet
// line when only lower-case words stand before it there ("existing backer X"; a place that
// modifies it, "Singapore's Temasek", gives the name after it). Mentions left on the item's own
// line (its description) are skipped. ok is false when no bullet line follows within the sentence.
func nextBulletItem(d *doc, ms []mention, j, from int) (int, bool) {
	nl := -1
	for k := from; k < len(d.runes) && (j >= len(ms) || k < ms[len(ms)-1].start); k++ {
		if d.runes[k] == '\n' || d.runes[k] == '\r' {
			nl = k
			break
		}
	}
	if nl < 0 {
		return 0, false
	}
	b := nl
	for b < len(d.runes) && isSpace(d.runes[b]) {
		b++
	}
	if !bulletAt(d.runes, b) {
		return 0, false
	}
	b += 2
	for k := j; k < len(ms); k++ {
		if ms[k].start < b {
			continue
		}
		for _, w := range strings.Fields(string(d.runes[b:ms[k].start])) {
			if w != strings.ToLower(w) {
				return 0, false
			}
		}
		if k+1 < len(ms) && modifierPlace(d, ms[k], ms[k+1]) {
			return k + 1, true
		}
		return k, true
	}
	return 0, false
}

// bulletLineMentions is, for a cue at i on a bullet line that mergeBulletLists (or the Chinese
// splitter) joined to the sentence opening the list, the mentions of that line alone: each item
// of a list of projects, companies or milestones states its own facts ("- a textile line by X,
// working with Y;"), and its subject is its own first name, not the first item's. A cue on the
// sentence's first line keeps every mention (the list's items are its objects).
func bulletLineMentions(d *doc, s span, ms []mention, i int) []mention {
	start := i
	for start > s.start && d.runes[start-1] != '\n' {
		start--
	}
	if start == s.start {
		return ms
	}
	j := start
	for j < s.end && isSpace(d.runes[j]) {
		j++
	}
	if !bulletAt(d.runes, j) && !bulletOpensAt(d.runes, j) {
		return ms
	}
	end := i
	for end < s.end && d.runes[end] != '\n' {
		end++
	}
	var out []mention
	for _, m := range ms {
		if m.start >= start && m.end <= end {
			out = append(out, m)
		}
	}
	return out
}
