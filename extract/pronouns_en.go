package extract

// itAfterSubject reports whether English sentence si opens with "It" or "Its" right after
// sentence k = si-1 named its subject: "Founded in Boston, Helix Harbour moved … after being
// courted by InvestHK. It is a member of …": "It" is Helix Harbour, the subject just named,
// even when the text names another organisation more often.
func itAfterSubject(d *doc, si, k int) bool {
	if d.lang != "en" {
		return k == si-1 && opensWithQi(d, si) // 甲成立於2018年…。其創始合夥人乙 (staffposts.go)
	}
	if k >= si || k < si-3 {
		return false
	}
	// "Lionrock plans …. It has …. Its chief executive …": a run of sentences opening with It
	// keeps speaking of the subject named before the run.
	for j := k + 1; j <= si; j++ {
		if !opensWithIt(d, j) {
			return false
		}
	}
	return true
}

func opensWithIt(d *doc, si int) bool {
	i := afterTimeOpener(d, d.sents[si])
	return hasPrefixAt(d.runes, i, "It ") || hasPrefixAt(d.runes, i, "Its ") || hasPrefixAt(d.runes, i, "it ") || hasPrefixAt(d.runes, i, "its ")
}
