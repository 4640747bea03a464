package extract

import (
	_ "embed"
	"strings"
)

// English coordinated parties: "Pelican Logistics and Crane Freight, two portfolio companies,
// merged in August", "HKSTP and Swire Properties have teamed up". The verbs of
// cues/pairs_en.tsv take no object: the parties are the coordination right before the verb,
// with an apposition after it and a helping verb allowed, and each pair of them is one fact.

//go:embed cues/pairs_en.tsv
var pairCuesTSV string

// coordinatedBefore returns the items of the English coordination "A and B", "A, B and C" that
// ends right before the cue at cs (after an optional apposition ", two subsidiaries,"), in
// text order; nil when the names before the cue are no coordination.
func coordinatedBefore(d *doc, ms []mention, c *relCue, cs int) []mention {
	if l := coordinationEndingAt(d, ms, c, cs); l != nil {
		return l
	}
	// ", two indirect wholly-owned subsidiaries, were amalgamated": step over the apposition.
	lo := max(0, cs-200) // an apposition is short: read a window, not the text before
	g := strings.TrimRight(string(d.runes[lo:cs]), " ")
	for {
		k := strings.LastIndex(g, " ")
		if k < 0 || !enHelpingVerbs[g[k+1:]] {
			break
		}
		g = strings.TrimRight(g[:k], " ") // "…, two subsidiaries, were amalgamated"
	}
	if !strings.HasSuffix(g, ",") {
		return nil
	}
	k := strings.LastIndex(g[:len(g)-1], ",")
	if k < 0 || strings.ContainsAny(g[k+1:len(g)-1], ".;") {
		return nil
	}
	return coordinationEndingAt(d, ms, c, lo+len([]rune(g[:k])))
}

// coordinationEndingAt returns the coordination whose last item ends at end, or before it with
// only a comma or helping verbs between.
func coordinationEndingAt(d *doc, ms []mention, c *relCue, end int) []mention {
	i := len(ms) - 1
	for i >= 0 && ms[i].end > end {
		i--
	}
	if i < 0 || !fitsCue(c, 0, ms[i].kind) {
		return nil
	}
	if end-ms[i].end > maxHelpingGap+2 {
		return nil
	}
	if gap := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(string(d.runes[ms[i].end:end])), ",")); gap != "" && !helpingVerbsOnly(gap) {
		return nil
	}
	out := []mention{ms[i]}
	joined := false
	for j := i - 1; j >= 0; j-- {
		g := strings.TrimSpace(string(d.runes[ms[j].end:ms[j+1].start]))
		if !fitsCue(c, 0, ms[j].kind) || g != "and" && g != "," && g != ", and" && g != "&" {
			break
		}
		joined = joined || g != ","
		out = append([]mention{ms[j]}, out...)
	}
	if len(out) < 2 || !joined {
		return nil
	}
	return out
}
