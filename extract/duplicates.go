package extract

import "reflect"

// dropDuplicates keeps the first of proposals that are equal in every field. Two readers may
// state the same fact from the same span (a descriptor before a name and a place cue both give
// 香港…初創企業「甲」 LOCATED_IN 香港); the store would file them as one proposal, but a caller of
// Extract should not see it twice. ps is sorted by Start, so equal proposals stand in one run.
func dropDuplicates(ps []Proposal) []Proposal {
	out := ps[:0]
	run := 0 // where the current run of equal Start begins in out
	for _, p := range ps {
		if len(out) > 0 && out[len(out)-1].Start != p.Start {
			run = len(out)
		}
		dup := false
		for _, q := range out[run:] {
			if reflect.DeepEqual(p, q) {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, p)
		}
	}
	return out
}
