package extract

import "strings"

// News reports a rumour to deny it: 有报道称甲将获乙投资，甲回应称没有相关安排; "Reports
// that A would buy B were dismissed by A". The fact inside the rumour is no fact. The
// clause-level negations (negation.go) see a denial before a cue; these see the report
// before it and the denial after it, in the rest of the sentence or the next one.

// zhHearsay open a report the writer does not vouch for (据报道, which news uses for facts it
// relies on, is not one).
// Hong Kong papers open one with 有指 ("it is said"), and the company answers 不评论.
var zhHearsay = []string{"有报道", "有消息", "有传闻", "有媒体", "传闻", "网传", "据传", "市场消息", "坊间", "有指", "盛传",
	"消息指", "消息称", "市场指", "外电指", "外电报道"}

// zhAboutRumour frame a rumour as the topic (对于…的市场传闻, 就…的报道): a fact between
// them is the rumour's.
var zhAboutRumour, zhRumourNouns = []string{"对于", "针对", "就"}, []string{"传闻", "报道", "消息", "传言"}

// zhDenials answer a report: a denial, a correction, or the absence of what it said.
var zhDenials = []string{"回应", "否认", "不对", "不实", "不属实", "澄清", "没有", "未有", "尚未", "暂无", "并无", "并非",
	"不评论", "不予评论", "不作评论", "不予置评", "未予置评"}

var enHearsay = []string{"reports that", "reported that", "report that", "speculation that", "rumours that",
	"rumors that", "media reports", "reportedly"}

var enDenials = []string{"denied", "dismissed", "not true", "untrue", "no plans", "declined to comment", "rejected",
	"no such", "denies"}

// reportReach is how far from a cue a report or its denial is looked for, in runes.
const reportReach = 200

// deniedReport reports whether the fact whose cue stands at i is told as a report that the
// text then denies, or as the subject of a rumour (对于…的传闻).
func deniedReport(d *doc, i, cueLen int) bool {
	si := d.sentenceOf(i)
	if si < 0 {
		return false
	}
	// Reports and denials stand near the fact: a long sentence is read around the cue only.
	s := d.sents[si]
	before := strings.ToLower(string(d.folded[max(s.start, i-reportReach):i]))
	cue := strings.ToLower(string(d.folded[i:min(s.end, i+cueLen)])) // a cue that spans the report (于市场传闻的赴港上市)
	rest := strings.ToLower(string(d.folded[i:min(s.end, i+reportReach)]))
	after := rest
	if si+1 < len(d.sents) && s.end < i+reportReach {
		n := d.sents[si+1]
		after += strings.ToLower(string(d.folded[n.start:min(n.end, n.start+reportReach)]))
	}
	if d.lang == "en" {
		return containsAny(before, enHearsay) && containsAny(after, enDenials)
	}
	if containsAny(before+cue, zhHearsay) && containsAny(after, zhDenials) {
		return true
	}
	return containsAny(before, zhAboutRumour) && containsAny(rest, zhRumourNouns) && rumourAfter(rest)
}

// rumourAfter reports whether a rumour noun closes the topic phrase the fact stands in (…的
// 传闻, …的市场传闻), not merely appears later in the sentence.
func rumourAfter(rest string) bool {
	for _, n := range zhRumourNouns {
		if k := strings.Index(rest, n); k > 0 {
			head := rest[:k]
			if strings.HasSuffix(head, "的") || strings.HasSuffix(head, "的市场") || strings.HasSuffix(head, "”的") ||
				strings.HasSuffix(head, "”的市场") || strings.HasSuffix(head, "的媒体") {
				return true
			}
		}
	}
	return false
}

// dropDeniedReports removes the relationships deniedReport finds in a denied report, and the
// plans untimedPlan finds disowned.
func dropDeniedReports(d *doc, ps []Proposal) []Proposal {
	out := ps[:0]
	for _, p := range ps {
		if p.Relationship != nil && (deniedReport(d, cueAt(d, p), len([]rune(p.Trigger))) || untimedPlan(d, p)) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// cueAt is where a proposal's trigger stands in its quote (its start when the trigger is not
// found there).
func cueAt(d *doc, p Proposal) int {
	if p.Trigger != "" {
		if k := strings.Index(p.Quote, p.Trigger); k >= 0 {
			return p.Start + len([]rune(p.Quote[:k]))
		}
	}
	return p.Start
}
