package extract

import (
	"sort"

	"github.com/hkgraph/hkgraph/kg"
)

// A Chinese Q&A interview (问：… 答：…) names its interviewee once, in the headline or
// the lead ("对话晶氢科技创始人苏沐阳", "记者专访了公司创始人兼CEO苏沐阳"), and then lets the
// answers speak: in a line that opens with 答： 我 is the interviewee and 我们 the company the
// interviewee's title belongs to.

// zhInterviewWords stand before the interviewee's name in the headline or the lead.
var zhInterviewWords = []string{"对话", "专访", "采访", "访问", "访谈"}

// zhAnswerLabels open an answer's line.
var zhAnswerLabels = []string{"答：", "答:", "A：", "A:"}

// interviewee returns the person an interview is with and the organisation named before that
// person's title, when an interview word stands shortly before the person on the opening lines.
func interviewee(d *doc, es *entitySet) (person, org mention, hasOrg, ok bool) {
	f := d.folded
	for k, m := range es.mentions {
		if m.start > 300 {
			break
		}
		if m.kind != kg.KindPerson || m.start > 200 { // the opening 200 runes, however many lines
			continue
		}
		w := -1
		for i := max(0, m.start-20); i < m.start; i++ {
			if wordAt(f, i, zhInterviewWords) {
				w = i
			}
		}
		if w < 0 {
			continue
		}
		for j := k - 1; j >= 0 && es.mentions[j].start > w; j-- {
			if o := es.mentions[j]; o.kind == kg.KindOrganization && !o.media {
				return m, o, true, true
			}
		}
		return m, mention{}, false, true
	}
	return mention{}, mention{}, false, false
}

// answersInInterviews adds the interviewee's mentions for 我 and the company's for 我们 in
// every answer line.
func answersInInterviews(d *doc, es *entitySet) {
	if d.lang == "en" {
		return
	}
	var lines [][2]int
	for start, end := range d.lines(0) {
		if w := wordStartingAt(d.folded, start, zhAnswerLabels); w != "" {
			lines = append(lines, [2]int{start + len([]rune(w)), end})
		}
	}
	if len(lines) == 0 {
		return
	}
	p, o, hasOrg, ok := interviewee(d, es)
	if !ok {
		return
	}
	if hasOrg {
		es.answers, es.answerOrg = lines, &o
	}
	var add []mention
	for _, l := range lines {
		add = append(add, firstPersonRefs(d, es.mentions, p, l[0], l[1])...)
		if !hasOrg {
			continue
		}
		for i := l[0]; i+1 < l[1]; i++ {
			if hasPrefixAt(d.folded, i, "我们") && !es.covers(i, i+2) {
				add = append(add, mention{start: i, end: i + 2, name: o.name, id: o.id, key: o.key, kind: o.kind})
			}
		}
	}
	es.addMentions(add)
}

// covers reports whether a mention overlaps [s, e) (the mentions are sorted by start and do
// not overlap).
func (es *entitySet) covers(s, e int) bool {
	i := sort.Search(len(es.mentions), func(k int) bool { return es.mentions[k].end > s })
	return i < len(es.mentions) && es.mentions[i].start < e
}

// answerCompany is the interviewee's company when position at lies in an answer line of a
// Chinese interview: a clause there that names no subject of its own (今年2月完成B轮，由甲领投)
// speaks of the company, as 我们 does.
func (es *entitySet) answerCompany(at int) (mention, bool) {
	if es.answerOrg == nil {
		return mention{}, false
	}
	for _, l := range es.answers {
		if l[0] <= at && at < l[1] {
			return *es.answerOrg, true
		}
	}
	return mention{}, false
}
