package extract

// "HKIC anchored the first close, alongside the Asian Development Bank and Manulife": a
// co-investor cue ("alongside", "a round that also included") says the names after it did what
// the sentence's other investor did. When that was funding a fund (a limited partner's
// commitment, FUNDS) and no investment in a company came before, they fund the same fund.

// asCoFunder is the co-investor cue c read as a FUNDS cue: the same slots, no financing
// context asked for (a fund's close is no round).
func asCoFunder(c *relCue) *relCue {
	f := *c
	f.typ = "FUNDS"
	f.flags = map[string]bool{}
	for k, v := range c.flags {
		if k != "fin" {
			f.flags[k] = v
		}
	}
	return &f
}
