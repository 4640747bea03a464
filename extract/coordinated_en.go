package extract

import "strings"

// "The company was founded by Dr Liu, who previously headed research at Roche, and is backed
// by Qiming": a predicate joined by "and" with no subject of its own shares the sentence's
// subject, not the name nearest before it (Roche, an object of the first predicate or of an
// aside). coordinatedSubject finds that subject for a cue whose left slot would take the nearest
// name.

// enPredicateFillers may stand between "and" and the cue of a coordinated predicate ("and has
// since been backed by", "and is also backed by").
var enPredicateFillers = map[string]bool{"is": true, "was": true, "are": true, "were": true, "has": true, "have": true,
	"had": true, "will": true, "would": true, "also": true, "later": true, "then": true, "since": true, "now": true,
	"been": true, "be": true, "recently": true, "subsequently": true}

// coordinatedSubject reports, for the side of an English cue filled from the left (slots), whether
// the cue opens a predicate coordinated by "and" with the sentence's first predicate: then the
// subject is the sentence's opening name (ok and m), or its opening pronoun (ok and pronoun:
// the caller resolves it as the sentence's referring subject).
func coordinatedSubject(d *doc, ms []mention, si int, c *relCue, h cueHit, side int, slots []string, from []mention) (m mention, pronoun, ok bool) {
	s := d.sents[si]
	if d.lang != "en" || len(slots) == 0 || slots[0] != "L" || len(from) != 1 || c.flags["appos"] || c.flags["adj"] ||
		from[0].start < s.start || from[0].end > h.start {
		return mention{}, false, false
	}
	words := strings.Fields(strings.ToLower(string(d.folded[from[0].end:h.start])))
	k := len(words) - 1
	for k >= 0 && enPredicateFillers[words[k]] {
		k--
	}
	if k <= 0 || words[k] != "and" {
		return mention{}, false, false // ("A and B are backed by": "and" right after the name joins names)
	}
	first := -1 // the sentence's first mention
	for i, x := range ms {
		if x.start >= s.start {
			first = i
			break
		}
	}
	if first < 0 || ms[first].start == from[0].start {
		return mention{}, false, false // "Its predecessor, Fund I, was raised in 2021 and has backed B": the apposition is the subject
	}
	start := afterTimeOpener(d, s)
	if x := ms[first]; x.start == start {
		if sameEntity(x, from[0]) || possessive(d, x.end) || !fitsCue(c, side, x.kind) {
			return mention{}, false, false // "SkyRover's founder, Liu Yang, worked at DJI and studied at": not SkyRover
		}
		return x, false, true
	}
	if startsWithPronoun(d, s) {
		return mention{}, true, true
	}
	return mention{}, false, false
}
