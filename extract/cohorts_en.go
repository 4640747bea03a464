package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// English cohort lists: a line that names a programme's intake and ends with a colon, then one
// bullet line per company ("Highlights from the cohort, which was admitted in April:\n-
// Carbonyx, a Hong Kong carbon-accounting platform, won …\n- TideCell, …"). Each bullet's
// opening name is a participant of the programme.

// enCohortWords in the line before the colon say that the bullets are the programme's members.
var enCohortWords = []string{"cohort", "intake", "batch", "participants", "start-ups", "startups", "companies", "teams", "graduates", "incubatees", "finalists"}

// cohortListFacts proposes PARTICIPATED_IN for each company that opens a bullet line after a
// colon line naming a programme and its intake.
func cohortListFacts(d *doc, es *entitySet) []Proposal {
	if d.lang != "en" {
		return nil
	}
	var out []Proposal
	r := d.runes
	for ls, le := range d.lines(0) {
		line := strings.TrimRight(string(r[ls:le]), " ")
		if strings.HasSuffix(line, ":") {
			// The lead is the colon's sentence, from the line's start at most.
			lead := span{ls, ls + len([]rune(line))}
			if si := d.sentenceOf(lead.end - 1); si >= 0 && d.sents[si].start > lead.start {
				lead.start = d.sents[si].start
			}
			if prog, ok := programmeIn(es.mentions, lead.start, lead.end); ok {
				if w := wordIn(strings.ToLower(string(r[lead.start:lead.end])), enCohortWords); w != "" {
					out = append(out, bulletParticipants(d, es, prog, lead, w, le+1)...)
				}
			}
		}
	}
	return out
}

// wordIn is the first of ws that stands in s as a word ("" for none).
func wordIn(s string, ws []string) string {
	for _, w := range ws {
		for i := strings.Index(s, w); i >= 0; {
			e := i + len(w)
			if (i == 0 || !isWordRune(rune(s[i-1]))) && (e == len(s) || !isWordRune(rune(s[e]))) {
				return w
			}
			k := strings.Index(s[i+1:], w)
			if k < 0 {
				break
			}
			i += 1 + k
		}
	}
	return ""
}

// programmeIn is the last programme mentioned in [s, e).
func programmeIn(ms []mention, s, e int) (mention, bool) {
	var p mention
	ok := false
	for _, m := range ms {
		if m.start >= s && m.end <= e && m.kind == kg.KindProgramme && m.key+m.id != "" {
			p, ok = m, true
		}
	}
	return p, ok
}

// bulletParticipants reads the bullet lines from i on: the organisation that opens each one
// takes part in prog.
func bulletParticipants(d *doc, es *entitySet, prog mention, lead span, trigger string, i int) []Proposal {
	var out []Proposal
	r := d.runes
	for ls, le := range d.lines(i) {
		a := ls
		for a < le && (r[a] == ' ' || r[a] == '\t') {
			a++
		}
		if a == le && len(out) == 0 && ls == i {
			i = le + 1 // blank lines may stand between the lead and its list
			continue
		}
		if a == le || !bulletAt(r, a) {
			break
		}
		a += 2
		for _, m := range es.mentions {
			if m.start < a || m.start > a+1 {
				continue
			}
			if m.kind == kg.KindOrganization && m.key+m.id != "" {
				at := span{ls, le}
				if le-lead.start <= maxSpan {
					at = span{lead.start, le}
				} else if le-ls > maxSpan {
					at = span{ls, ls + maxSpan}
				}
				r := &RelationshipProposal{Type: "PARTICIPATED_IN", From: m.end_(), To: prog.end_()}
				out = append(out, Proposal{Kind: KindRelationship, Start: at.start, End: at.end, Quote: d.quote(at),
					Trigger: trigger, Confidence: 0.5, Relationship: r})
			}
			break
		}
	}
	return out
}
