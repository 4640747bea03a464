package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// A report on an event names its speakers without naming the event again: 開幕式上，副區長陳立群
// 發布…; 港大教授羅頌恩作主旨演講. The person who speaks, or who acts at an opening the sentence
// starts with, ATTENDED the event the text named last (within a few sentences).

// zhKeynoteVerbs say a person spoke at an occasion.
var zhKeynoteVerbs = []string{"作主旨演讲", "发表主旨演讲", "作主题演讲", "发表主题演讲", "发表演讲", "作专题演讲", "担任主礼嘉宾", "主礼"}

// zhOccasionOpeners open a sentence set at the event: 開幕式上，, 會上，.
var zhOccasionOpeners = []string{"开幕式上", "开幕礼上", "开幕典礼上", "闭幕式上", "会上", "大会上", "论坛上", "峰会上", "活动上", "典礼上", "仪式上"}

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
		for _, m := range es.sentenceMentions(s) {
			if m.kind != kg.KindPerson {
				continue
			}
			sp := citeSpan(d, si, false, m.start, m.end)
			out = seen.addNew(out, relAt(d, sp, string(d.runes[s.start:min(s.end, s.start+6)]), 0.45,
				&RelationshipProposal{Type: "ATTENDED", From: m.end_(), To: ev.end_()}))
			break // the sentence's speaker, not the people it names after
		}
	}
	return out
}
