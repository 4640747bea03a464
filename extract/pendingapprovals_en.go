package extract

import "strings"

// "pending clearance from the FDA", "subject to approval by the HKMA", "has applied for a licence
// from the SFC": an approval still awaited recognises no one yet.

// enPendingWords stand right before an awaited approval's noun.
var enPendingWords = []string{"pending", "subject to", "awaiting", "awaits", "await", "seeking", "seeks", "seek",
	"applied for", "apply for", "applying for", "applies for", "yet to receive", "yet to obtain"}

// dropPendingApprovals drops the English RECOGNIZED_BY proposals whose cue such a word opens
// (within the four words before it).
func dropPendingApprovals(d *doc, ps []Proposal) []Proposal {
	if d.lang != "en" {
		return ps
	}
	out := ps[:0]
	for _, p := range ps {
		if p.Relationship != nil && p.Relationship.Type == "RECOGNIZED_BY" && pendingBefore(d, cueAt(d, p)) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// pendingBefore reports whether a pending word stands within the four words before i.
func pendingBefore(d *doc, i int) bool {
	words := strings.Fields(strings.ToLower(string(d.folded[max(0, i-60):i])))
	if len(words) > 4 {
		words = words[len(words)-4:]
	}
	head := " " + strings.Join(words, " ") + " "
	for _, w := range enPendingWords {
		if strings.Contains(head, " "+w+" ") {
			return true
		}
	}
	return false
}
