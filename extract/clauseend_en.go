package extract

// An English verb that takes an object in one sense and none in another ("B joined the
// programme" / "A led the round, and B joined.") states the second sense only when nothing
// follows it in its clause: a cue flagged "end" matches only before a clause's closing mark.

// enClauseClosesAt reports whether the text from i (after spaces) closes a clause: the text's end
// or one of . , ; : ) — or a closing quote.
func enClauseClosesAt(d *doc, i int) bool {
	for i < len(d.runes) && d.runes[i] == ' ' {
		i++
	}
	if i >= len(d.runes) {
		return true
	}
	switch d.runes[i] {
	case '.', ',', ';', ':', ')', '\n', '"', '”', '—':
		return true
	}
	return false
}
