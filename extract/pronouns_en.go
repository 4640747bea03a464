package extract

// itAfterSubject reports whether English sentence si opens with "It" or "Its" right after
// sentence k named its subject: "Founded in Boston, Helix Harbour moved … after being
// courted by InvestHK. It is a member of …": "It" is Helix Harbour, the subject just named,
// even when the text names another organisation more often. Sentences between k and si that
// open with "It"/"Its" themselves continue the run ("Lionrock … plans X. It has capital of Y.
// Its chief executive, Z, …": Lionrock's).
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

// opensWithIt reports whether English sentence si opens (after a time phrase) with It or Its.
func opensWithIt(d *doc, si int) bool {
	i := afterTimeOpener(d, d.sents[si])
	return hasPrefixAt(d.runes, i, "It ") || hasPrefixAt(d.runes, i, "Its ") || hasPrefixAt(d.runes, i, "it ") || hasPrefixAt(d.runes, i, "its ")
}

// itRunReferent resolves an English sentence opening with It/Its that continues a run started
// by a sentence referring to its kind ("The fund will back …. It has made two investments.
// In August it led …"): It is what that sentence's "The fund" names, not the name the text
// opens most sentences with.
func itRunReferent(d *doc, es *entitySet, si int, fits func(mention) bool) (mention, bool) {
	if d.lang != "en" || !opensWithIt(d, si) {
		return mention{}, false
	}
	j := si - 1
	for j >= 0 && j > si-4 && opensWithIt(d, j) {
		j--
	}
	if j < 0 {
		return mention{}, false
	}
	if _, ok := pronounKind(d, d.sents[j]); !ok {
		return mention{}, false
	}
	m, _, ok := topicBefore(d, es, j, fits)
	return m, ok
}
