package extract

// itAfterSubject reports whether English sentence si opens with "It" or "Its" right after
// sentence k named its subject: "Founded in Boston, Helix Harbour moved … after being
// courted by InvestHK. It is a member of …": "It" is Helix Harbour, the subject just named,
// even when the text names another organisation more often. Sentences between k and si that
// open with "It"/"Its" themselves continue the run ("Lionrock … plans X. It has capital of Y.
// Its chief executive, Z, …": Lionrock's).
func itAfterSubject(d *doc, si, k int) bool {
	if d.lang != "en" || k >= si || k < si-4 {
		return false
	}
	for j := k + 1; j <= si; j++ {
		if !opensWithIt(d, j) {
			return false
		}
	}
	return true
}

// opensWithIt reports whether English sentence si opens (after a time phrase) with It or Its.
func opensWithIt(d *doc, si int) bool {
	i := afterTimeOpener(d, d.sents[si])
	return hasPrefixAt(d.runes, i, "It ") || hasPrefixAt(d.runes, i, "Its ") || hasPrefixAt(d.runes, i, "it ") || hasPrefixAt(d.runes, i, "its ")
}
