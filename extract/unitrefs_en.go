package extract

import "strings"

// "The unit, Voltaris Advanced Materials (Hong Kong) Limited, was incorporated on Tuesday. …
// The subsidiary is expected to receive funding … It will be led by Samuel Ho": a subsidiary
// introduced by an apposition to "the unit" (or "its subsidiary", "X, a subsidiary of Y") is
// what later sentences mean by "the unit", "the subsidiary", and by the "It"s that follow them.

// unitIntroducers stand right before a subsidiary's name that they introduce, besides each of
// unitOpeners (units_en.go) and a comma.
var unitIntroducers = []string{"its subsidiary, ", "its subsidiary ", "a subsidiary, ", "the venture, "}

// unitIntroducedAs follow a subsidiary's name and say what it is.
var unitIntroducedAs = []string{", a subsidiary of ", ", a unit of ", ", a wholly-owned subsidiary of ", ", a wholly owned subsidiary of "}

// opensWithUnitNoun reports whether sentence si opens (after a time phrase) with one of
// unitOpeners followed by a verb, not by the name it introduces ("The unit, X, was").
func opensWithUnitNoun(d *doc, si int) bool {
	start := afterTimeOpener(d, d.sents[si])
	head := strings.ToLower(string(d.folded[start:min(d.sents[si].end, start+24)]))
	for _, n := range unitOpeners {
		if strings.HasPrefix(head, n+" ") {
			return true
		}
	}
	return false
}

// unitNamedBefore returns the subsidiary a sentence opening with "the unit"/"the subsidiary"
// means: the last organisation the three sentences before (or this one's start) introduced
// as a unit. It reports whether the name is in the sentence right before.
func unitNamedBefore(d *doc, es *entitySet, si int, fits func(mention) bool) (mention, bool, bool) {
	if d.lang != "en" || !opensWithUnitNoun(d, si) {
		return mention{}, false, false
	}
	for j := si - 1; j >= 0 && j >= si-3; j-- {
		ms := es.sentenceMentions(d.sents[j])
		for x := len(ms) - 1; x >= 0; x-- {
			m := ms[x]
			if !fits(m) || !introducedAsUnit(d, m) {
				continue
			}
			return m, j == si-1, true
		}
	}
	return mention{}, false, false
}

// introducedAsUnit reports whether m stands after a unit introducer or before ", a subsidiary of".
func introducedAsUnit(d *doc, m mention) bool {
	for _, p := range unitIntroducers {
		if hasSuffixAt(d.folded, m.start, p) {
			return true
		}
	}
	for _, p := range unitOpeners {
		if hasSuffixAt(d.folded, m.start, p+", ") {
			return true
		}
	}
	for _, p := range unitIntroducedAs {
		if hasPrefixAt(d.folded, m.end, p) {
			return true
		}
	}
	return false
}

// unitRunBefore resolves a sentence that refers back ("It will be led by …") through the run
// of referring sentences before it: the first of them that opens with "the unit"/"the
// subsidiary", with nothing but referring sentences between, names the subject of the run.
func unitRunBefore(d *doc, es *entitySet, si int, fits func(mention) bool) (mention, bool, bool) {
	if d.lang != "en" {
		return mention{}, false, false
	}
	for k := si - 1; k >= 0 && k >= si-4; k-- {
		if !startsWithPronoun(d, d.sents[k]) && !opensWithUnitNoun(d, k) {
			return mention{}, false, false
		}
		if opensWithUnitNoun(d, k) {
			m, _, ok := unitNamedBefore(d, es, k, fits)
			return m, false, ok
		}
	}
	return mention{}, false, false
}
