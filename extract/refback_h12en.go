package extract

// h12en: reference back for English cues whose subject slot is the name just left of the cue
// ("A partnered with B", "A is owned by B"). When the clause's subject is a word that refers
// back ("It partnered with B.", "The company is owned by B.", "Last year, the firm teamed up
// with B") and no name stands between it and the cue, the subject is the organisation the
// sentences before were about: the slot falls back to S, which resolves the reference (and
// cites the sentence before).

// pronounSubjectSlots returns slots with "S" appended when slot side is filled only from the
// left ("L") in an English sentence that opens with a referring word and names nothing before
// the cue.
func pronounSubjectSlots(d *doc, ms []mention, si int, c *relCue, side int, slots []string, h cueHit) []string {
	if d.lang != "en" || side != 0 || si == 0 || len(slots) != 1 || slots[0] != "L" || c.flags["appos"] || c.flags["adj"] || c.flags["gov"] {
		return slots
	}
	s := d.sents[si]
	if !startsWithPronoun(d, s) || !companyPronoun(d, s) {
		return slots
	}
	for _, m := range ms {
		if m.start >= s.start && m.end <= h.start {
			return slots // "It said A partnered with B": the name before the cue is the subject
		}
	}
	return []string{"L", "S"}
}
