package extract

import "strings"

// A Chinese sentence may open with a frame that says what its subject is: 作為數碼港的培育公司，
// 甲去年獲乙投資. The frame is the copula of the subject after it (甲是數碼港的培育公司), and it
// is no subject itself: the sentence's subject stands after the frame's comma.

// asFrameEnd returns where the clause after a 作为 frame that opens sentence s starts, or -1.
func asFrameEnd(d *doc, s span) int {
	i := afterTimeOpener(d, s)
	if d.lang == "en" || !hasPrefixAt(d.folded, i, "作为") {
		return -1
	}
	for k := i + 2; k < s.end && k < i+40; k++ {
		if d.folded[k] == '。' {
			return -1
		}
		if isClauseBreak(d.runes[k]) {
			return k + 1
		}
	}
	return -1
}

// withAsFrames adds, for each Chinese copula cue read through a gap (是 * 的培育公司,
// 为 * 的全资子公司), its 作为 twin (作为 * 的培育公司) with the same slots.
func withAsFrames(cues []relCue) []relCue {
	have := map[string]bool{}
	for _, c := range cues {
		have[string(c.typ)+"\t"+c.cue] = true
	}
	out := cues
	for _, c := range cues {
		if c.lang != "zh" || !c.gap || c.first != "是" && c.first != "为" {
			continue
		}
		cue := "作为 * " + c.rest
		if have[string(c.typ)+"\t"+cue] {
			continue
		}
		have[string(c.typ)+"\t"+cue] = true
		v := c
		v.cue, v.runes = cue, []rune(cue)
		v.first, v.rest, v.gap = strings.Cut(cue, " * ")
		out = append(out, v)
	}
	return out
}

// asFrameSubject is the subject after the 作为 frame that holds the cue hit h: the first fitting
// name of the clause after the frame.
func asFrameSubject(d *doc, ms []mention, si int, h cueHit, fits func(mention) bool) (mention, bool) {
	s := d.sents[si]
	e := asFrameEnd(d, s)
	if e < 0 || h.start >= e {
		return mention{}, false
	}
	var rest []mention
	for _, m := range ms {
		if m.start >= e {
			rest = append(rest, m)
		}
	}
	m, ok := firstSubject(d, span{e, s.end}, rest, fits)
	if !ok || crossesClause(d, e, m.start) {
		return mention{}, false
	}
	return m, true
}
