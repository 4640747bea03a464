package extract

import "github.com/hkgraph/hkgraph/kg"

// zhPronounPartners open a clause with the company the text is about and join a partner to it:
// 公司与乙共建…, 该公司和乙共同设立…, 其与乙成立….
var zhPronounPartners = []string{"公司与", "公司和", "公司同", "该公司与", "该公司和", "本公司与", "其与", "其和", "集团与", "该集团与"}

// pronounPartner finds the company a clause's 公司/其 stands for when it is joined to the
// first name of the cue's group g by 与/和 (公司与同济大学共建的「丙」): both did what the cue
// says, and the group alone would leave the company out.
func pronounPartner(d *doc, es *entitySet, ms []mention, si int, c *relCue, side int, h cueHit, g []mention) (mention, bool, bool) {
	if d.lang == "en" || c.typ == "SUBSIDIARY_OF" {
		return mention{}, false, false
	}
	cs := zhClauseStart(d, g[0].start)
	j := cs
	if w := wordStartingAt(d.folded, j, zhTimeWords); w != "" {
		j += len([]rune(w))
	}
	w := wordStartingAt(d.folded, j, zhPronounPartners)
	if w == "" || j+len([]rune(w)) != g[0].start {
		return mention{}, false, false
	}
	subj, prev := fill(d, es, ms, si, c, side, []string{"S"}, h)
	if len(subj) == 0 || subj[0].kind == kg.KindPerson || !fitsCue(c, side, subj[0].kind) {
		return mention{}, false, false
	}
	for _, m := range g {
		if sameEntity(m, subj[0]) {
			return mention{}, false, false
		}
	}
	return subj[0], prev, true
}
