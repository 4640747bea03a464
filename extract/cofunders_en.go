package extract

import "github.com/hkgraph/hkgraph/kg"

// "HKIC anchored the first close, alongside the Asian Development Bank and Manulife": a
// co-investor cue ("alongside", "a round that also included") says the names after it did what
// the sentence's other investor did. When that was funding a fund (a limited partner's
// commitment, FUNDS) and no investment in a company came before, they fund the same fund.

// asCoFunder is the co-investor cue c read as a FUNDS cue: the same slots, no financing
// context asked for (a fund's close is no round).
func asCoFunder(c *relCue) *relCue {
	return retyped(c, "FUNDS", "fin")
}

// retyped is cue c read as a cue of type t, without flag drop.
func retyped(c *relCue, t kg.RelType, drop string) *relCue {
	f := *c
	f.typ = t
	f.flags = map[string]bool{}
	for k, v := range c.flags {
		if k != drop {
			f.flags[k] = v
		}
	}
	return &f
}
