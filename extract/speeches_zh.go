package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// A report on an event names its speakers without naming the event again: 開幕式上，副區長陳立群
// 發布…; 港大教授羅頌恩作主旨演講. The person who speaks, or who acts at an opening the sentence
// starts with, ATTENDED the event the text named last (within a few sentences).

// zhKeynoteVerbs say a person spoke at an occasion.
var zhKeynoteVerbs = []string{"作主旨演讲", "发表主旨演讲", "作主题演讲", "发表主题演讲", "发表演讲", "作专题演讲", "担任主礼嘉宾", "主礼",
	// a speech at the occasion told by its time (在致辭中表示, 致辭時指出, 在開幕禮致辭)
	"在致辞中", "致辞时", "礼致辞", "式致辞",
	// a keynote told as the frame of what was said (在同場主題演講中表示)
	"主题演讲中", "主旨演讲中", "主题演讲时", "主旨演讲时"}

// zhOccasionOpeners open a sentence set at the event: 開幕式上，, 會上，.
var zhOccasionOpeners = []string{"开幕式上", "开幕礼上", "开幕典礼上", "闭幕式上", "会上", "大会上", "论坛上", "峰会上", "活动上", "典礼上", "仪式上",
	// the same occasions named with their kind or as a stretch of time: 簽約儀式上，, 峰會期間，, 活動現場，
	"签约仪式上", "签约仪式中", "颁奖典礼上", "颁奖礼上", "发布会上", "会议上", "年会上", "展会上", "博览会上", "展览会上",
	"会议期间", "大会期间", "论坛期间", "峰会期间", "展会期间", "博览会期间", "展览期间", "活动期间",
	"活动现场", "论坛现场", "大会现场", "峰会现场", "展会现场", "签约现场"}

// speechAttendeeFacts makes the first person of such a sentence ATTENDED the latest full event.
func speechAttendeeFacts(d *doc, es *entitySet, have []Proposal) []Proposal {
	events := fullEvents(d, es)
	if len(events) == 0 {
		return nil
	}
	seen := proposedFacts(have)
	f := d.folded
	var out []Proposal
	for si, s := range d.sents {
		text := string(f[s.start:s.end])
		opened := wordAt(f, s.start, zhOccasionOpeners)
		spoke := false
		for _, v := range zhKeynoteVerbs {
			spoke = spoke || strings.Contains(text, v)
		}
		if !opened && !spoke {
			continue
		}
		var ev *mention
		for k := len(events) - 1; k >= 0; k-- {
			if e := events[k]; e.end <= s.end && d.sentenceOf(e.start) >= si-4 {
				ev = &events[k]
				break
			}
		}
		if ev == nil {
			continue
		}
		ms := es.sentenceMentions(s)
		at, ok := speaker(ms)
		if !ok && opened {
			at, ok = openedOrganisation(d, s, ms)
		}
		if !ok {
			continue
		}
		for _, m := range listedAfter(d, ms, at) { // 展會期間，甲、乙及丙展示了…
			if seen[relKey("ORGANIZED", m.end_(), ev.end_())] {
				continue // 發布會上，甲宣布…: the host, at its own event, does not attend it
			}
			sp := citeSpan(d, si, false, m.start, m.end)
			out = seen.addNew(out, relAt(d, sp, string(d.runes[s.start:min(s.end, s.start+6)]), 0.45,
				&RelationshipProposal{Type: "ATTENDED", From: m.end_(), To: ev.end_()}))
		}
	}
	return out
}

// speaker is the sentence's first person: its speaker, not the people it names after.
func speaker(ms []mention) (mention, bool) {
	for _, m := range ms {
		if m.kind == kg.KindPerson {
			return m, true
		}
	}
	return mention{}, false
}

// openedOrganisation is the organisation the clause after an occasion opener starts with (會上，
// 甲與乙簽署…; 峰會期間，甲宣布…): it acted at the event. A government, which hosts rather than
// attends, and a name deep in the clause (an object) are not it.
func openedOrganisation(d *doc, s span, ms []mention) (mention, bool) {
	open := s.start + len([]rune(wordStartingAt(d.folded, s.start, zhOccasionOpeners)))
	fits := func(m mention) bool { return m.kind == kg.KindOrganization && !m.weak && !governmentBody(m.name) }
	m, ok := firstSubject(d, span{open, s.end}, ms, fits)
	if !ok || m.start > open+12 || crossesClause(d, open+1, m.start) {
		return mention{}, false
	}
	return m, true
}
