package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// Some titles that lead a company only staff a public body or a company's function:
//   - a regulator's or government body's executive directors (Raymond Lo, an executive
//     director at the HKMA; 證監會執行董事) each run a division under its chief executive:
//     they work there;
//   - an English title scoped to a function ("Chinachem's director of leasing", "head of
//     investments at X") heads that function, not the company.

// staffPost reports whether the leading title of cue pc, given to org, only says the person
// works there.
func staffPost(d *doc, pc personCue, org mention) bool {
	if pc.t == nil {
		return false
	}
	cue := textnormFold(pc.t.cue)
	if (cue == "executive director" || cue == "执行董事") && publicBodyMention(org) {
		return true
	}
	return d.lang == "en" && enFunctionHeads[cue] && functionScopeAfter(d, pc.title.end)
}

// publicBodyMention reports whether a mention names a public body, by the name written or by
// the full name its short form was defined with (HKMA → Hong Kong Monetary Authority).
func publicBodyMention(m mention) bool {
	if publicBody(m.name) {
		return true
	}
	full := strings.TrimPrefix(m.key, "e:")
	for _, s := range []string{" authority", " commission", " bureau", " department", " government", " council"} {
		if strings.HasSuffix(full, s) {
			return true
		}
	}
	return false
}

// enFunctionHeads are English titles that take a function after "of" (director of leasing).
var enFunctionHeads = map[string]bool{"director": true, "head": true, "manager": true, "general manager": true, "vice president": true, "vice-president": true}

// functionScopeAfter reports whether " of " and a lower-case word follow the title ending at
// i: "director of leasing", "head of investments" (a function), not "director of Towngas".
func functionScopeAfter(d *doc, i int) bool {
	r := d.runes
	if !hasPrefixAt(r, i, " of ") {
		return false
	}
	j := i + len(" of ")
	for _, w := range []string{"the ", "its "} {
		if hasPrefixAt(r, j, w) {
			return false // "head of the Hong Kong office", "head of its Asia business": a unit named
		}
	}
	return j < len(r) && r[j] >= 'a' && r[j] <= 'z'
}

// notACompany reports whether a mention is of a kind a word for the company ("The firm was
// founded by …", 公司) cannot mean: a fund, programme, event or facility the firm runs.
func notACompany(m mention) bool {
	switch m.kind {
	case kg.KindFund, kg.KindProgramme, kg.KindEvent, kg.KindFacility:
		return true
	}
	return false
}

// opensWithOther reports whether sentence s opens with a mention that is no company (a fund,
// programme, event or facility): its objects are not what a word for the company means.
func opensWithOther(d *doc, s span, ms []mention) bool {
	return len(ms) > 0 && ms[0].start <= openerOrLabelEnd(d, s)+1 && notACompany(ms[0])
}

// opensWithQi reports whether Chinese sentence si opens (after its time phrase) with 其 (its):
// it speaks of the subject of the sentence before, as "Its" does in English.
func opensWithQi(d *doc, si int) bool {
	i := afterTimeOpener(d, d.sents[si])
	return i < len(d.folded) && d.folded[i] == '其' && !wordAt(d.folded, i, []string{"其他", "其中", "其余", "其后", "其实", "其次"})
}

// agentTitle reports whether the Chinese title chain starting at cs is the agent of a passive
// (總部由副總經理甲牽頭籌建, 其職務暫由營運總監乙兼任): like a title opening a clause, it is a post
// at the organisation the sentence is about.
func agentTitle(d *doc, s span, cs int) bool {
	if d.lang == "en" {
		return false
	}
	j := trimRank(d.folded, s.start, cs)
	for _, fn := range zhFunctions {
		if hasSuffixAt(d.folded, j, fn) {
			j = trimRank(d.folded, s.start, j-len([]rune(fn))) // 由營運總監乙, 由首席投資總監乙
			break
		}
	}
	return j > s.start && d.folded[j-1] == '由'
}

// companyBoardChair reports whether a Chinese title chairs a company's board (董事长, 董事局主席):
// no university has one.
func companyBoardChair(cue string) bool {
	switch textnormFold(cue) {
	case "董事长", "董事局主席", "董事会主席":
		return true
	}
	return false
}

func init() {
	// 陳大文將出任雲途科技行政總裁: a post to be taken up, said of people as 将接任 is (persons.go).
	zhPersonVerbs = append(zhPersonVerbs, "将出任", "将担任", "将升任", "将转任", "将加盟")
}

func init() {
	zhPersonVerbs = append(zhPersonVerbs, "现为") // 黃子健，現為雲途科技財務總監
}

// zhAnnouncedPostVerbs follow a name announced to a post (宣布陳大文將出任行政總裁).
var zhAnnouncedPostVerbs = []string{"将出任", "将担任", "将接任", "出任", "担任", "接任", "为"}

// namesAnnouncedToPosts finds the Chinese name right after 宣布 that a verb of taking up a post
// and a title follow: 雲途科技宣布陳大文將出任行政總裁.
func namesAnnouncedToPosts(d *doc) []mention {
	f := d.folded
	return namesOpeningAfter(d, "布", func(n, e int) bool {
		if !hasSuffixAt(f, e-n, "宣布") {
			return false
		}
		v := wordStartingAt(f, e, zhAnnouncedPostVerbs)
		return v != "" && titleAt(f, skipPostScope(f, e+len([]rune(v)))) > 0
	})
}

// announcerOf returns the organisation that opens the clause [cs, p.start) and announces,
// right before person p, the post p takes up (甲宣布乙將出任行政總裁): the post is the
// announcer's.
func announcerOf(d *doc, ms []mention, cs int, p mention) (mention, bool) {
	if !hasSuffixAt(d.folded, p.start, "宣布") {
		return mention{}, false
	}
	for _, m := range ms {
		if m.start >= cs && m.end <= p.start-2 && m.kind == kg.KindOrganization && !publicBody(m.name) {
			return m, strings.TrimSpace(string(d.folded[m.end:p.start-2])) == "" || wordAt(d.folded, m.end, zhTimeWords)
		}
	}
	return mention{}, false
}
