package extract

import (
	"regexp"

	"github.com/hkgraph/hkgraph/kg"
)

// A report on an event goes on without naming it again: "On the sidelines, X signed …",
// "X was among the exhibitors", "Y and Z were among the speakers". Whoever the sentence is
// about was at the event the text named last (within a few sentences): ATTENDED. (An opener
// that names the event, "At the summit, …", is read in eventopeners_en.go.)

// enBareEventOpenerRe opens a sentence set at the event without naming it.
var enBareEventOpenerRe = regexp.MustCompile(`^(?:on the sidelines|on its sidelines|on the same occasion|at the same event|also at the event|elsewhere at the event|on the opening day|on its opening day|on the first day|on the second day|on the final day|on the last day|on day (?:one|two|three|1|2|3)), `)

// enSpeechRe says the sentence's first person spoke at the occasion: "gave the opening keynote",
// "delivered a speech"; enSpeechFromRe names the speaker after it: "The keynote came from X".
var enSpeechRe = regexp.MustCompile(`\b(?:gave|delivered|presented) (?:the|a|an) (?:opening |closing |welcome |welcoming |)(?:keynote|keynote speech|keynote address|speech|address)\b`)
var enSpeechFromRe = regexp.MustCompile(`^the (?:opening |closing |)keynote (?:came from|was given by|was delivered by) `)

// enEventRoleRe says the subjects before it had a part at the event.
var enEventRoleRe = regexp.MustCompile(`^(?:was|were|is|are) (?:also )?(?:among|one of) the (?:exhibitors|speakers|panellists|panelists|presenters|participants|delegates|exhibiting companies|start-ups exhibiting|startups exhibiting|companies exhibiting|keynote speakers)\b`)

// eventRoleFacts proposes SUBJECT ATTENDED EVENT for such sentences.
func eventRoleFacts(d *doc, es *entitySet) []Proposal {
	if d.lang != "en" {
		return nil
	}
	events := es.where(func(m mention) bool { return m.kind == kg.KindEvent && !award(m.name) })
	if len(events) == 0 {
		return nil
	}
	var out []Proposal
	for si, s := range d.sents {
		ev, ok := latestEvent(d, events, si)
		if !ok {
			continue
		}
		ms := es.sentenceMentions(s)
		text := lowerASCII(string(d.folded[s.start:s.end]))
		var from []mention
		if loc := enBareEventOpenerRe.FindStringIndex(text); loc != nil {
			if m, ok := openerSubject(d, ms, s.start+loc[1]); ok {
				from = append(from, listedAfter(d, ms, m)...) // "On the sidelines, A and B signed …"
			}
		}
		if loc := enSpeechFromRe.FindStringIndex(text); loc != nil {
			if m, ok := openerSubject(d, ms, s.start+loc[1]); ok && m.kind == kg.KindPerson {
				from = append(from, m)
			}
		} else if loc := enSpeechRe.FindStringIndex(text); loc != nil && !namesEvent(ms) {
			if m, ok := speaker(ms); ok && m.end <= s.start+loc[0] {
				from = append(from, m)
			}
		}
		for _, m := range ms {
			if m.kind != kg.KindOrganization && m.kind != kg.KindPerson || m.weak || !enEventRoleRe.MatchString(text[min(len(text), m.end-s.start+1):]) || m.end >= s.end || d.runes[m.end] != ' ' {
				continue
			}
			from = append(from, listedBefore(d, ms, m)...)
		}
		for _, m := range from {
			sp := citeSpan(d, si, false, s.start, s.end)
			out = append(out, relAt(d, sp, string(d.runes[s.start:min(s.end, s.start+20)]), 0.45,
				&RelationshipProposal{Type: "ATTENDED", From: m.end_(), To: ev.end_()}))
		}
	}
	return out
}

// latestEvent is the event named last before the end of sentence si, within four sentences.
func latestEvent(d *doc, events []mention, si int) (mention, bool) {
	end := d.sents[si].end
	for k := len(events) - 1; k >= 0; k-- {
		if e := events[k]; e.end <= end && d.sentenceOf(e.start) >= si-4 {
			return e, true
		}
	}
	return mention{}, false
}

// listedBefore is m with the names listed before it ("A, B and C were among …"): the mentions
// of its kind joined to it by commas and "and" alone.
func listedBefore(d *doc, ms []mention, m mention) []mention {
	out := []mention{m}
	next := m
	for k := len(ms) - 1; k >= 0; k-- {
		p := ms[k]
		if p.end > next.start || p.kind != m.kind || p.weak {
			continue
		}
		if !enListJoins[string(d.runes[p.end:next.start])] {
			break
		}
		out = append(out, p)
		next = p
	}
	return out
}

// namesEvent reports whether a sentence names an event itself (its own cues read it).
func namesEvent(ms []mention) bool {
	for _, m := range ms {
		if m.kind == kg.KindEvent {
			return true
		}
	}
	return false
}
