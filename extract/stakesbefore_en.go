package extract

import "strings"

// The percentage may open the "owned" phrase instead of following it: "Lionrock, 60% owned
// by A and 40% by B, plans …" states the same holdings as "owned as to 60% by A and 40% by B"
// (r19inv): the majority holder is the parent, the others invested.

// percentOwnedFirst reads ", N% owned by A[ and M% by B]" in sentence si (folded text text).
func percentOwnedFirst(d *doc, ms []mention, si int, text string) []Proposal {
	var out []Proposal
	s := d.sents[si]
	for _, w := range []string{"% owned by ", " per cent owned by ", " percent owned by "} {
		for _, at := range runeIndexes(text, s.start, w) {
			i := at
			for i > s.start && (isDigit(d.folded[i-1]) || d.folded[i-1] == '.') {
				i--
			}
			if i == at || !strings.HasSuffix(string(d.folded[max(s.start, i-2):i]), ", ") {
				continue
			}
			pct, j, ok := percentAt(d, i)
			if !ok {
				continue
			}
			owned, ok := ownedBefore(d, ms, i-2)
			if !ok {
				continue
			}
			first, ok := orgMentionAt(ms, j+len(" owned by "))
			if !ok {
				continue
			}
			hs := append([]shareHolding{{first, pct}}, holdingsAfter(d, ms, first.end, s.end)...)
			out = append(out, holdingProposals(d, si, owned, hs, true, "owned by")...)
		}
	}
	return out
}
