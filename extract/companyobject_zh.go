package extract

import (
	"regexp"
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// 與浸大副教授蕭志明共同創辦公司: the bare 公司 after a founding verb is the company the text is
// about (the one most sentences before open with, else the one named most often before), not the
// sentence's first organisation.

// zhCompanyObjects stand for the text's company as a verb's object.
var zhCompanyObjects = []string{"该公司", "本公司", "这家公司", "公司"}

// zhCompanyRound is the company's round after the word for the company (領投公司C輪融資,
// 參與該公司的3億元B輪融資): the company is still the verb's object.
var zhCompanyRound = regexp.MustCompile(`^的?[0-9.,，约逾近超数亿万千百元港美人民币]*(?:新一|最新一|[a-z]+\+?|pre-[a-z]+|种子|天使|战略|首)轮`)

// companyObject returns the text's company when the cue's object is one of zhCompanyObjects
// ending its clause.
func companyObject(d *doc, es *entitySet, si int, c *relCue, side int, h cueHit) (mention, bool, bool) {
	if d.lang == "en" || !fitsCue(c, side, kg.KindOrganization) {
		return mention{}, false, false
	}
	w := wordStartingAt(d.folded, h.end, zhCompanyObjects)
	if e := h.end + len([]rune(w)); w == "" || e < len(d.folded) && !strings.ContainsRune("，,。；;、", d.folded[e]) &&
		!zhCompanyRound.MatchString(string(d.folded[e:min(len(d.folded), e+20)])) {
		return mention{}, false, false
	}
	fits := func(m mention) bool { return m.kind == kg.KindOrganization && !publicBody(m.name) }
	if m, ok := mainSubject(d, es, si, fits); ok {
		return m, true, true
	}
	if m, ok := mostNamedBefore(d, es, h.start, fits); ok {
		return m, true, true
	}
	// 甲創投領投公司C輪融資 after one sentence on 乙: the investor named in this sentence ties
	// with the company; the sentences before name the company.
	if m, ok := mostNamedBefore(d, es, d.sents[si].start, fits); ok {
		return m, true, true
	}
	return mention{}, false, false
}
