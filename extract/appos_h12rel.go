package extract

// h12rel: an English apposition after a person's name says where the person works, whatever
// the job is called: "Professor Alan Wong, a biochemist at the Hong Kong University of Science
// and Technology", "Mary Tam, an engineer with Jade Group". The cues "a * at" (flag appos) read
// it; the gap must be a short noun phrase in lower case, and the person the name right before
// ", a".

// appositionHead is the mention that ends right before ", " at position i.
func appositionHead(d *doc, ms []mention, i int) (mention, bool) {
	if i < 2 || d.runes[i-1] != ' ' || d.runes[i-2] != ',' {
		return mention{}, false
	}
	for _, m := range ms {
		if m.end == i-2 {
			return m, true
		}
	}
	return mention{}, false
}

// nounPhraseGap reports whether runes [a, b) are one to three lower-case words (hyphens allowed):
// "biochemist", "senior research fellow", "data-science lead".
func nounPhraseGap(d *doc, a, b int) bool {
	words, inWord := 0, false
	for i := a; i < b; i++ {
		c := d.runes[i]
		switch {
		case c >= 'a' && c <= 'z' || c == '-' && inWord:
			if !inWord {
				words++
			}
			inWord = true
		case c == ' ':
			inWord = false
		default:
			return false
		}
	}
	return words >= 1 && words <= 3
}
