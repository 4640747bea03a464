package extract

import "strings"

// English "it" chains: "The fund will back … companies in India. It has already made two
// investments. In August it led a Series B in X." Every "it" of such a run refers to what the
// run's first sentence named by its kind noun (the fund, the scheme, the centre), not to a name
// some sentence before the run opens with.

// maxItChain is how many plain "it" sentences may stand between a sentence and the kind noun
// that opened the run.
const maxItChain = 3

// itChainTopic returns, for an English sentence whose main clause opens with a plain "it"/"its",
// the entity the kind noun opening the run of referring sentences before it names, when that
// run reaches such a noun ("the fund", "the scheme", "the centre") and the entity fits.
func itChainTopic(d *doc, es *entitySet, si int, fits func(mention) bool) (mention, bool) {
	if d.lang != "en" || !opensWithIt(d, si) {
		return mention{}, false
	}
	for j := si - 1; j >= 0 && j >= si-maxItChain-1; j-- {
		if opensWithIt(d, j) {
			continue
		}
		k, ok := pronounKind(d, d.sents[j])
		if !ok {
			return mention{}, false
		}
		if m, _, ok := nounNamedBefore(d, es, j, fits); ok && m.kind == k {
			return m, true
		}
		if m, _, ok := kindPronounTopic(d, es, j, k, fits); ok && m.kind == k {
			return m, true
		}
		return mention{}, false
	}
	return mention{}, false
}

// opensWithIt reports whether sentence si's main clause opens with "it" or "its".
func opensWithIt(d *doc, si int) bool {
	s := d.sents[si]
	start := afterTimeOpener(d, s)
	head := strings.ToLower(string(d.folded[start:min(s.end, start+4)]))
	return strings.HasPrefix(head, "it ") || strings.HasPrefix(head, "its ")
}
