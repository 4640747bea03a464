package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// A cue fills its left end with the name next to it, so a fact a coordinated pair shares goes
// to one of them alone: 深圳先进院与商汤共建实验室 (商汤), 由甲与乙共同发起设立 (甲), 「甲」及
// 金融科技公司乙，兩者均為丙的畢業公司 (甲), 甲與乙分獲金獎和銀獎 (乙), 畢業生甲及乙 (甲).
// jointPartyFacts gives the fact to every item of the pair or list when the sentence says they
// share it: a joint verb (共建, 合办, 共同…, 联合…), a marker that the items each have it
// (兩者均, 均為, 分獲) between them and the cue, or a post written before a list of people.

// zhJointMarkers make the parties of a predicate act together (folded, Simplified).
var zhJointMarkers = []string{"共同", "共建", "合办", "合建", "联合", "一同", "一起", "携手", "合资", "合组"}

// zhJointTypes are the facts a joint verb gives each party: what they set up, run or fund.
var zhJointTypes = map[kg.RelType]bool{"ESTABLISHED": true, "ORGANIZED": true, "OPERATES": true, "FUNDS": true,
	"INVESTED_IN": true, "MANAGES": true}

// zhEachMarkers say that the items before them each have what follows (folded, Simplified).
var zhEachMarkers = []string{"两者均", "两者都", "两者皆", "二者均", "二者皆", "双方均", "两家公司均", "两间公司均",
	"两家企业均", "两间企业均", "两家均", "两间均", "均为", "均是", "同为", "皆为", "分获", "同获", "均获", "各获"}

// zhListedPostTypes are the facts a post written before a list of people gives each of them
// (畢業生甲及乙, 前谷歌工程师甲和乙).
var zhListedPostTypes = map[kg.RelType]bool{"EDUCATED_AT": true, "WORKED_AT": true}

func jointPartyFacts(d *doc, es *entitySet, ps []Proposal) []Proposal {
	if d.lang == "en" {
		return nil
	}
	have := proposedFacts(ps)
	var out []Proposal
	for _, p := range ps {
		r := p.Relationship
		if r == nil || r.Type == "PARTNERED_WITH" || r.Type == "MERGED_WITH" {
			continue
		}
		at := cueAt(d, p)
		si := d.sentenceOf(at)
		if si < 0 {
			continue
		}
		ms := es.sentenceMentions(d.sents[si])
		k := -1 // the left end's mention nearest before the cue, or right after it
		for i, m := range ms {
			if sameEnd(m.end_(), r.From) && (m.end <= at || k < 0 && m.start >= at && m.start <= at+len([]rune(p.Trigger))+1) {
				k = i
			}
		}
		if k < 0 {
			continue
		}
		limit := sharedUpTo(d, p, r, ms[k], at)
		if limit < 0 {
			continue
		}
		for _, sib := range pairSiblings(d, ms, k, limit) {
			if sameEnd(sib.end_(), r.To) || !kindFits(r.Type, 0, sib.kind) {
				continue
			}
			key := relKey(r.Type, sib.end_(), r.To)
			if have[key] {
				continue
			}
			have[key] = true
			c := *r
			c.From = sib.end_()
			sp := span{min(p.Start, sib.start), max(p.End, sib.end)}
			if sp.end-sp.start > 300 {
				continue
			}
			out = append(out, relAt(d, sp, p.Trigger, p.Confidence, &c))
		}
	}
	return out
}

// sharedUpTo returns how far right a pair sharing fact r may reach (the first marker or the
// cue), or -1 when nothing in the sentence says the pair share it: a joint verb at the cue, a
// marker of each between the left end and the cue, or a post right before a list of people.
func sharedUpTo(d *doc, p Proposal, r *RelationshipProposal, from mention, at int) int {
	if from.start >= at { // 畢業生甲及乙: the cue stands before the people it describes
		if zhListedPostTypes[r.Type] && from.kind == kg.KindPerson && from.start-at <= len([]rune(p.Trigger))+1 {
			si := d.sentenceOf(at)
			return d.sents[si].end
		}
		return -1
	}
	if zhJointTypes[r.Type] {
		lo := max(from.end, at-4)
		hi := min(len(d.folded), at+len([]rune(p.Trigger)))
		seg := string(d.folded[lo:hi])
		for _, w := range zhJointMarkers {
			if strings.Contains(seg, w) {
				return at
			}
		}
	}
	seg := string(d.folded[from.end : at+min(2, len([]rune(p.Trigger)))])
	for _, w := range zhEachMarkers {
		if i := strings.Index(seg, w); i >= 0 {
			return from.end + len([]rune(seg[:i]))
		}
	}
	return -1
}

// pairSiblings returns the mentions listed with ms[k] (of its kind, joined by list glue, a
// short description allowed before an item) that end before limit.
func pairSiblings(d *doc, ms []mention, k, limit int) []mention {
	var out []mention
	for j := k - 1; j >= 0 && sameSort(ms[j], ms[k]) && pairGlue(d, ms[j].end, ms[j+1].start); j-- {
		out = append(out, ms[j])
	}
	for j := k + 1; j < len(ms) && ms[j].end <= limit && sameSort(ms[j], ms[k]) && pairGlue(d, ms[j-1].end, ms[j].start); j++ {
		out = append(out, ms[j])
	}
	return out
}

// sameSort reports whether two list items are of one sort: people, places, or bodies (an
// organisation and a fund are listed together: 由深创投与深圳市引导基金共同发起).
func sameSort(a, b mention) bool {
	body := func(k kg.Kind) bool { return k == kg.KindOrganization || k == kg.KindFund }
	return a.kind == b.kind || body(a.kind) && body(b.kind)
}

// pairGlue is isGlue, or list glue followed by a short description of the next item that ends
// in a kind noun and may hold Latin letters (與醫療AI公司乙).
func pairGlue(d *doc, a, b int) bool {
	if isGlue(d, a, b) {
		return true
	}
	g := strings.Trim(string(d.folded[a:b]), "」”』「“『 ")
	for _, j := range []string{"、", "及", "和", "与", "以及"} {
		rest, ok := strings.CutPrefix(g, j)
		if !ok {
			continue
		}
		if n := len([]rune(rest)); n < 3 || n > 12 || strings.ContainsAny(rest, "，。；：,;:（）() ") {
			return false
		}
		for _, e := range zhItemDescriptorEnds {
			if strings.HasSuffix(rest, e) {
				return !containsStopWord([]rune(strings.TrimSuffix(rest, e)))
			}
		}
		return false
	}
	return false
}
