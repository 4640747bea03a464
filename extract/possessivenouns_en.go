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

// kindNounKinds map the nouns that stand before a title for the thing the text named ("Programme
// director Ben Okafor", "Fund manager X") to the kind of that thing.
var kindNounKinds = map[string]kg.Kind{"programme": kg.KindProgramme, "program": kg.KindProgramme, "accelerator": kg.KindProgramme,
	"incubator": kg.KindProgramme, "scheme": kg.KindProgramme, "fund": kg.KindFund}

// kindNounOrg resolves a title that opens its clause after such a noun alone ("Programme director
// Ben Okafor denied …"): the last name of that kind in the sentence before the title or the three
// before it.
func (es *entitySet) kindNounOrg(d *doc, si, anchor int, head string) (mention, bool, bool) {
	ws := strings.Fields(head)
	if d.lang != "en" || len(ws) == 0 {
		return mention{}, false, false
	}
	k, ok := kindNounKinds[ws[len(ws)-1]]
	if !ok {
		return mention{}, false, false
	}
	// The noun opens the sentence or a clause.
	at := anchor - len([]rune(ws[len(ws)-1])) - 1
	if at > d.sents[si].start && !(at >= 2 && d.runes[at-1] == ' ' && strings.ContainsRune(",;:", d.runes[at-2])) {
		return mention{}, false, false
	}
	for j := si; j >= 0 && j >= si-3; j-- {
		ms := es.sentenceMentions(d.sents[j])
		for x := len(ms) - 1; x >= 0; x-- {
			if ms[x].kind == k && (j < si || ms[x].end <= anchor) {
				return ms[x], j == si-1, true
			}
		}
	}
	return mention{}, false, false
}
