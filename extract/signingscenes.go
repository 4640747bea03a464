package extract

import (
	"regexp"
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// An agreement signed at an event puts both signatories there: 會上，甲與乙簽署合作備忘錄;
// "On the sidelines, A signed an MoU with B"; a sentence that sets the scene for the signings
// that follow (大會期間共有12個項目現場簽約。其中，甲與乙簽署…; "Deals were signed on the
// sidelines. A signed … with B") or that places the signing just stated at the event (簽署儀式在
// 「丙峰會」上舉行; "The memorandum was signed on the opening day of C"). Each party of the
// partnership ATTENDED the event, unless it organised it (a host signs at its own event).

// zhSigningWords and enSigningRe say that an agreement was signed.
var zhSigningWords = []string{"签署", "签订", "签约", "签下"}
var enSigningRe = regexp.MustCompile(`\b(?:signed|signing|signs|deals were|agreements were|memorandum|memoranda|mous?)\b`)

// zhSceneWords set a clause at the event the text reports without naming it: 現場, 會上,
// 展會期間, 開幕當日 (zhOccasionOpeners, speeches_zh.go, open a sentence with more of them).
var zhSceneWords = []string{"现场", "同场", "会上", "会期间", "展期间", "开幕当日", "开幕当天", "开幕首日", "开幕式上", "开幕礼上",
	"典礼上", "仪式上", "展会上", "展会首日", "展览上", "论坛上", "峰会上", "大会上", "论坛期间", "峰会期间", "大会期间",
	"展会期间", "活动上", "活动期间", "决赛首日", "签约项目中"}

// enSceneRe sets a sentence at the event without naming it.
var enSceneRe = regexp.MustCompile(`\b(?:on the sidelines|on its sidelines|on day (?:one|two|three|1|2|3)|on the (?:opening|first|second|third|final|last|closing) day|on the (?:summit|forum|fair|expo|conference|event|exhibition|show)'s (?:opening|first|second|third|final|last|closing) day|at the (?:summit|forum|fair|expo|conference|event|exhibition|show|ceremony)|during the (?:summit|forum|fair|expo|conference|event|exhibition|show))\b`)

// signingAttendeeFacts proposes PARTY ATTENDED EVENT for the parties of each partnership signed
// at an event.
func signingAttendeeFacts(d *doc, es *entitySet, have []Proposal) []Proposal {
	events := es.where(func(m mention) bool {
		return m.kind == kg.KindEvent && !award(m.name) && !genericEvent(m.name) && !holdingAct(m.name) && m.key+m.id != ""
	})
	if len(events) == 0 {
		return nil
	}
	partners := map[int][]*RelationshipProposal{}
	for _, p := range have {
		r := p.Relationship
		if p.Kind == KindRelationship && r.Type == "PARTNERED_WITH" && signingTrigger(p.Trigger) && p.End > p.Start {
			si := d.sentenceOf(p.End - 1)
			partners[si] = append(partners[si], r)
		}
	}
	seen := proposedFacts(have) // also what the party organised: a host does not attend its own event
	var out []Proposal
	scenes := map[int]mention{} // the event each signing sentence was set at
	for si := range d.sents {
		rs := partners[si]
		if len(rs) == 0 {
			continue
		}
		ev, withPrev, ok := signingScene(d, es, events, partners, si)
		if !ok {
			prev, carried := scenes[si-1]
			if !carried {
				continue
			}
			ev = prev // 其中，甲與乙簽署…；丙與丁簽署…: the list of signings goes on
		}
		scenes[si] = ev
		sp := citeSpan(d, si, withPrev, d.sents[si].start, d.sents[si].end)
		for _, r := range rs {
			for _, party := range []End{r.From, r.To} {
				if seen[relKey("ORGANIZED", party, ev.end_())] {
					continue
				}
				out = seen.addNew(out, relAt(d, sp, "signed at", 0.45, &RelationshipProposal{Type: "ATTENDED", From: party, To: ev.end_()}))
			}
		}
	}
	return out
}

// signingTrigger reports whether a partnership's cue is a signing (簽署, "signed").
func signingTrigger(t string) bool {
	f := textnormFold(t)
	return containsAny(f, zhSigningWords) || enSigningRe.MatchString(strings.ToLower(f))
}

// signingScene is the event sentence si's signing took place at: one the sentence names before
// its signing, or the latest one when the sentence sets its scene by a word (會上, "on the
// sidelines"); else the scene of a sentence up to three before in its paragraph that reports signings there; else
// the event one of the next two sentences places a signing at (簽署儀式在「丙」上舉行), when
// no partnership of their own stands between.
func signingScene(d *doc, es *entitySet, events []mention, partners map[int][]*RelationshipProposal, si int) (mention, bool, bool) {
	if e, ok := sceneOf(d, es, events, si, false); ok {
		return e, false, true
	}
	for k := si - 1; k >= 0 && k >= si-3 && !strings.ContainsRune(string(d.runes[d.sents[k].end:d.sents[si].start]), '\n'); k-- {
		if !signs(d, k) {
			continue // 簽約項目中，甲…落戶北滘；乙…設立總部；丙與丁簽署…: the paragraph's signings
		}
		if e, ok := sceneOf(d, es, events, k, false); ok {
			return e, k == si-1, true
		}
	}
	for n := si + 1; n < len(d.sents) && n <= si+2 && len(partners[n]) == 0; n++ {
		if signs(d, n) {
			if e, ok := sceneOf(d, es, events, n, true); ok {
				return e, false, true
			}
		}
	}
	return mention{}, false, false
}

// sceneOf is the event sentence si is set at: an event it names before its first signing word
// (anywhere when named is set), else, when a scene word stands in it, the latest event named in
// the eight sentences before.
func sceneOf(d *doc, es *entitySet, events []mention, si int, named bool) (mention, bool) {
	s := d.sents[si]
	limit := s.end
	if !named {
		limit = signingAt(d, si)
	}
	for _, m := range es.sentenceMentions(s) {
		if m.end <= limit && isEventOf(events, m) && (named || setAt(d, m)) {
			return m, true
		}
	}
	if named || !sceneWord(d, s) {
		return mention{}, false
	}
	for k := len(events) - 1; k >= 0; k-- {
		if e := events[k]; e.end <= s.start && (d.sentenceOf(e.start) >= si-8 || soleEvent(events)) {
			return e, true
		}
	}
	return mention{}, false
}

// soleEvent reports whether events are all one event: a report on it refers to it however far
// back it was named.
func soleEvent(events []mention) bool {
	for _, e := range events[1:] {
		if !sameEntity(e, events[0]) {
			return false
		}
	}
	return true
}

// zhSettingEnds and enSettingRe frame an event as where something happens (在「甲」上, 於甲
// 期間, "at C", "on the sidelines of C"), not as what a party did before (曾參加「甲」並獲獎).
var zhSettingEnds = []string{"上", "期间", "现场", "首日", "当日", "当天", "开幕"}
var enSettingRe = regexp.MustCompile(`(?:\bat|\bduring|\bsidelines of|\bday of)(?: the| this year's| last week's)?(?: [a-z-]+){0,2} $`)

// setAt reports whether event mention m is framed as the setting of its clause.
func setAt(d *doc, m mention) bool {
	if d.lang == "en" {
		return enSettingRe.MatchString(lowerASCII(string(d.folded[max(0, m.start-40):m.start])))
	}
	return wordAt(d.folded, quotedEnd(d, m.end), zhSettingEnds)
}

// isEventOf reports whether m is one of events (by its entity).
func isEventOf(events []mention, m mention) bool {
	for _, e := range events {
		if sameEntity(e, m) {
			return true
		}
	}
	return false
}

// signs reports whether sentence si says an agreement was signed.
func signs(d *doc, si int) bool {
	return signingAt(d, si) < d.sents[si].end
}

// signingAt is where sentence si first says an agreement was signed (its end if nowhere).
func signingAt(d *doc, si int) int {
	s := d.sents[si]
	if d.lang == "en" {
		if loc := enSigningRe.FindStringIndex(lowerASCII(string(d.folded[s.start:s.end]))); loc != nil {
			return s.start + len([]rune(string(d.folded[s.start:s.end])[:loc[0]]))
		}
		return s.end
	}
	for i := s.start; i < s.end; i++ {
		if wordAt(d.folded, i, zhSigningWords) {
			return i
		}
	}
	return s.end
}

// sceneWord reports whether a word of sentence s sets it at an event it does not name.
func sceneWord(d *doc, s span) bool {
	text := string(d.folded[s.start:s.end])
	if d.lang == "en" {
		return enSceneRe.MatchString(lowerASCII(text))
	}
	return containsAny(text, zhSceneWords)
}
