package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// "Speaking at the ceremony, the centre's director, Mr Wong Kwok-leung, said …": a title after
// "the <noun>'s" belongs to the name named shortly before that holds the noun (the Centre for
// Advanced Materials Discovery); "the company's", "the firm's" to the text's company.

// companyNouns stand for the company a text is about.
var companyNouns = wordSet(`company firm start-up startup group business`)

// possessiveNounOrg resolves "the <noun>'s" ending head (the text before the title at anchor in
// sentence si).
func (es *entitySet) possessiveNounOrg(d *doc, si, anchor int, head string) (mention, bool, bool) {
	if d.lang != "en" {
		return mention{}, false, false
	}
	var noun string
	for _, p := range []string{"'s", "’s"} {
		if strings.HasSuffix(head, p) {
			ws := strings.Fields(strings.TrimSuffix(head, p))
			if len(ws) >= 2 && ws[len(ws)-2] == "the" && isLowerWord(ws[len(ws)-1]) {
				noun = ws[len(ws)-1]
			}
		}
	}
	if noun == "" {
		return mention{}, false, false
	}
	fits := func(m mention) bool { return kindFits("LEADS", 1, m.kind) }
	if companyNouns[noun] {
		if si == 0 {
			return mention{}, false, false
		}
		return topicBefore(d, es, si, func(m mention) bool { return m.kind == kg.KindOrganization })
	}
	for j := si; j >= 0 && j >= si-3; j-- {
		ms := es.sentenceMentions(d.sents[j])
		for x := len(ms) - 1; x >= 0; x-- {
			if fits(ms[x]) && containsWord(strings.ToLower(ms[x].name), noun) && (j < si || ms[x].end <= anchor) {
				return ms[x], j == si-1, true
			}
		}
	}
	return mention{}, false, false
}
