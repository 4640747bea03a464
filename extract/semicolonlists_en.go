package extract

import (
	"strings"
)

// "The cohort comprises TraceCo, a customs-data platform; Berthy, a Singapore start-up; and
// Yardly, a vision company.": items that carry asides are separated by semicolons, which end
// the extractor's sentences. A list a cue reads to its right goes on in the fragments that
// follow a fragment ending with ';' when each opens with a name (after "and").

// semicolonItems extends the items g (read in sentence si) with those fragments' names.
func semicolonItems(d *doc, es *entitySet, si int, c *relCue, side int, g []mention) []mention {
	if d.lang != "en" || len(g) == 0 || !endsWithSemicolon(d, d.sents[si]) {
		return g
	}
	// The last item's aside runs to the semicolon: ", a customs-data platform;". A cue inside an
	// item's aside ("B, the virtual bank backed by Z; and C, a unit of D") reads no later item:
	// Z, its object, is no item of the list the semicolons hold (insideAside; r19ends and r19inv
	// wrote this guard twice).
	if !asideToEnd(d, g[len(g)-1], d.sents[si]) || insideAside(d, d.sents[si], g[0].start) {
		return g
	}
	for j := si + 1; j < len(d.sents) && j <= si+8; j++ {
		t := d.sents[j]
		start := t.start
		for start < t.end && d.runes[start] == ' ' {
			start++
		}
		if hasPrefixAt(d.folded, start, "and ") {
			start += len("and ")
		}
		ms := es.sentenceMentions(t)
		if len(ms) == 0 || ms[0].start != start || !fitsCue(c, side, ms[0].kind) || !asideToEnd(d, ms[0], t) {
			break
		}
		g = append(g, ms[0])
		if !endsWithSemicolon(d, t) {
			break
		}
	}
	return g
}

// insideAside reports whether the text of fragment s before i holds an aside (", a …", ", the
// …"): the cue that reads from i stands in an item's description ("The licensees are A, a unit
// of B; C, the bank backed by D; and E, …"), and the fragments after it are the outer list's
// items, not its own (r19inv: E is not D's fellow backer).
func insideAside(d *doc, s span, i int) bool {
	before := string(d.folded[s.start:i])
	return strings.Contains(before, ", a ") || strings.Contains(before, ", an ") || strings.Contains(before, ", the ")
}

// endsWithSemicolon reports whether sentence s ends with ';'.
func endsWithSemicolon(d *doc, s span) bool {
	e := s.end
	for e > s.start && d.runes[e-1] == ' ' {
		e--
	}
	return e > s.start && d.runes[e-1] == ';'
}

// asideToEnd reports whether m is followed, to the end of its fragment s, by an aside (", a
// …") or by nothing but the fragment's closing mark.
func asideToEnd(d *doc, m mention, s span) bool {
	tail := strings.TrimSpace(string(d.folded[m.end:s.end]))
	return tail == ";" || tail == "." || strings.HasPrefix(tail, ", a ") || strings.HasPrefix(tail, ", an ") || strings.HasPrefix(tail, ", the ") ||
		opensAside(tail) // ", who spent 11 years at …;", ", previously chief financial officer of …" (asideopeners_en.go)
}

// includedListBefore reports whether the items ending with ms[i] are a list opened by
// "including" or "such as" right before a cue after a comma ("Twelve start-ups, including A
// and B, joined X"): the list is the cue's subject, not the sentence's first name.
func includedListBefore(d *doc, ms []mention, c *relCue, side, i int, between string) bool {
	if between != ", " {
		return false
	}
	k := i
	for k > 0 && fitsCue(c, side, ms[k-1].kind) && isGlue(d, ms[k-1].end, ms[k].start) {
		k--
	}
	for _, w := range []string{"including ", "such as ", "among them "} {
		if hasSuffixAt(d.folded, ms[k].start, w) {
			return true
		}
	}
	return false
}

// sharedAsideWords open an English aside that describes every item of the list before it
// ("A and B, both existing investors, also took part"): the items stay the cue's subjects.
var sharedAsideWords = []string{", both ", ", all ", ", each ", ", together ", ", neither ", ", either "}

// sharedAside reports whether the text between a list and its cue is one such aside.
func sharedAside(between string) bool {
	if strings.Count(between, ",") != 2 || !strings.HasSuffix(strings.TrimSpace(between), ",") {
		return false
	}
	for _, w := range sharedAsideWords {
		if strings.HasPrefix(between, w) {
			return true
		}
	}
	return false
}
