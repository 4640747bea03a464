package extract

import "strings"

// An English cue is written in the form its study text used ("exhibited at", "invests
// in"); news writes the same verb in any tense ("exhibits at", "will exhibit at", "exhibiting
// at"). verbForms lists the forms of the verbs that open cues; a cue of two words or more
// whose first word is one of them also matches with each other form. A past form is no plan:
// "planned" stays only on the bare, present and -ing forms.
var verbForms = [][]string{
	// base, third person, past (and participle), -ing, [irregular participle]
	{"invest", "invests", "invested", "investing"},
	{"exhibit", "exhibits", "exhibited", "exhibiting"},
	{"speak", "speaks", "spoke", "speaking", "spoken"},
	{"present", "presents", "presented", "presenting"},
	{"showcase", "showcases", "showcased", "showcasing"},
	{"attend", "attends", "attended", "attending"},
	{"participate", "participates", "participated", "participating"},
	{"take", "takes", "took", "taking", "taken"},
	{"expand", "expands", "expanded", "expanding"},
	{"enter", "enters", "entered", "entering"},
	{"join", "joins", "joined", "joining"},
	{"open", "opens", "opened", "opening"},
	{"relocate", "relocates", "relocated", "relocating"},
	{"move", "moves", "moved", "moving"},
	{"launch", "launches", "launched", "launching"},
	{"establish", "establishes", "established", "establishing"},
	{"lead", "leads", "led", "leading"},
	{"serve", "serves", "served", "serving"},
	{"work", "works", "worked", "working"},
	{"win", "wins", "won", "winning"},
	{"receive", "receives", "received", "receiving"},
	{"push", "pushes", "pushed", "pushing"},
	{"pitch", "pitches", "pitched", "pitching"},
	// h12r8: the verbs of deals, rounds and appointments in business news ("will merge with",
	// "acquires a stake in", "is partnering with", "signs an agreement with", "has teamed up with").
	{"merge", "merges", "merged", "merging"},
	{"acquire", "acquires", "acquired", "acquiring"},
	{"buy", "buys", "bought", "buying"},
	{"sell", "sells", "sold", "selling"},
	{"sign", "signs", "signed", "signing"},
	{"partner", "partners", "partnered", "partnering"},
	{"team", "teams", "teamed", "teaming"},
	{"collaborate", "collaborates", "collaborated", "collaborating"},
	{"raise", "raises", "raised", "raising"},
	{"secure", "secures", "secured", "securing"},
	{"complete", "completes", "completed", "completing"},
	{"appoint", "appoints", "appointed", "appointing"},
	{"hire", "hires", "hired", "hiring"},
}

// inflectAlone are the verbs whose every form is a cue by itself ("attended", "is attending"):
// the others are nouns or adjectives too ("a leading provider", "an exhibit").
var inflectAlone = map[string]bool{"attend": true, "participate": true, "relocate": true}

// verbFormIndex maps each form to its row in verbForms and its column.
var verbFormIndex = func() map[string][2]int {
	m := map[string][2]int{}
	for r, fs := range verbForms {
		for c, f := range fs {
			m[f] = [2]int{r, c}
		}
	}
	return m
}()

// withInflections adds to cues the other forms of an English cue's opening verb, unless a cue
// of that text and type is already written (its own slots and flags then stand).
func withInflections(cues []relCue) []relCue {
	have := map[string]bool{}
	for _, c := range cues {
		have[c.lang+"\t"+string(c.typ)+"\t"+c.cue] = true
	}
	out := cues
	for _, c := range cues {
		verb, tail, ok := strings.Cut(c.cue, " ")
		pos, known := verbFormIndex[verb]
		if c.lang != "en" || !known || c.gap || !ok && !inflectAlone[verbForms[pos[0]][0]] {
			// A gapped form would outrun the plain cues at its start ("invests * in" over
			// "invests in" reads "invests in seed to … in"): gapped cues are written out.
			continue
		}
		for col, form := range verbForms[pos[0]] {
			cue := strings.TrimSpace(form + " " + tail)
			key := c.lang + "\t" + string(c.typ) + "\t" + cue
			if have[key] {
				continue
			}
			have[key] = true
			v := c
			v.cue, v.runes = cue, []rune(cue)
			v.first, v.rest, v.gap = strings.Cut(cue, " * ")
			v.flags = map[string]bool{}
			for f, on := range c.flags {
				v.flags[f] = on
			}
			if col == 2 || col == 4 {
				delete(v.flags, "planned") // "expanded into" happened
			} else {
				delete(v.flags, "ended") // "works at" holds now
			}
			out = append(out, v)
		}
	}
	return out
}
