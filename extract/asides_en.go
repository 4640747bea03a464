package extract

import "strings"

// asideSplitCue matches a two-part English cue whose parts a relative clause set off by commas
// stands between ("Cornerstone investors, who took almost half of the offering, included A"
// reads as "investors included A"): the cue's first word, ", who" or ", which", the clause, a
// comma, then the rest of the cue. It returns where the cue ends.
func asideSplitCue(d *doc, cue string, i, limit int) (int, bool) {
	sp := strings.IndexByte(cue, ' ')
	if sp <= 0 {
		return 0, false
	}
	head, rest := cue[:sp], cue[sp+1:]
	f := d.folded
	k := i + len([]rune(head))
	if !hasPrefixAt(f, i, head) || isWordRune(at(f, i-1)) || !hasPrefixAt(f, k, ", who ") && !hasPrefixAt(f, k, ", which ") {
		return 0, false
	}
	for j := k + 2; j < limit && j < k+80; j++ {
		if f[j] == '.' || f[j] == ';' || f[j] == '\n' {
			return 0, false
		}
		if f[j] == ',' && hasPrefixAt(f, j, ", "+rest) {
			e := j + 2 + len([]rune(rest))
			if e <= limit && !isWordRune(at(f, e)) {
				return e, true
			}
		}
	}
	return 0, false
}
