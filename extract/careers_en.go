package extract

import (
	"regexp"
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// Two ways English news states where a person worked that the cue frames read wrongly or not
// at all:
//   - "Mary Tam, who joined Orbix from Nimbus Robotics in 2019": the organisation after "from"
//     is a past employer (WORKED_AT, ENDED); "joined us from X" the same.
//   - "Dr Peter Wong, head of robotics at Harbourview Capital", "dean of medicine at X": a post
//     over a unit (the "of" part) at an organisation is work AT the organisation; the unit,
//     capitalised or not, is no organisation the person leads.

// joinedFromFacts proposes PERSON WORKED_AT ORG (ENDED) for "PERSON … joined X from ORG".
func joinedFromFacts(d *doc, es *entitySet) []Proposal {
	var out []Proposal
	for si, ms := range englishSentences(d, es, 0) {
		s := d.sents[si]
		for _, y := range ms {
			if y.kind != kg.KindOrganization || y.weak {
				continue
			}
			at := y.start
			if hasSuffixAt(d.folded, at, "the ") {
				at -= len("the ")
			}
			if !hasSuffixAt(d.folded, at, " from ") {
				continue
			}
			at -= len(" from ")
			if w, ok := genericJoined(d, at); ok {
				at -= len([]rune(w)) - 1 // "who joined us from Sequoia", "She joined the company from X": the space stays
			} else if x, ok := mentionEndingAt(ms, at); ok && x.kind == kg.KindOrganization {
				at = x.start
				if hasSuffixAt(d.folded, at, "the ") {
					at -= len("the ")
				}
			} else {
				continue
			}
			verb := ""
			for _, v := range []string{"joined ", "joins ", "rejoined ", "returned to ", "moved to "} {
				if hasSuffixAt(d.folded, at, v) {
					verb = v
				}
			}
			if verb == "" {
				continue
			}
			at -= len([]rune(verb))
			p, ok := personBefore(d, es, si, at)
			if !ok || p.start < s.start && !pronounOpens(d, s) {
				continue // the person who joined is named in this sentence or opened by "He"/"She"
			}
			sp := citeSpan(d, si, p.start < s.start, min(p.start, at), y.end)
			out = append(out, relAt(d, sp, string(d.runes[at:y.end]), 0.5,
				&RelationshipProposal{Type: "WORKED_AT", From: p.end_(), To: y.end_(), Status: "ENDED"}))
		}
	}
	return out
}

// genericJoined returns the object ending at i that names the employer without its name.
func genericJoined(d *doc, i int) (string, bool) {
	for _, w := range []string{" us", " the company", " the firm", " the group", " the bank", " the start-up", " the startup", " the fund"} {
		if hasSuffixAt(d.folded, i, w) {
			return w, true
		}
	}
	return theNounBefore(d, i) // "who joined the insurer from Prudential" (personasides_en.go)
}

// mentionEndingAt returns the mention of ms that ends at i.
func mentionEndingAt(ms []mention, i int) (mention, bool) {
	for _, m := range ms {
		if m.end == i {
			return m, true
		}
	}
	return mention{}, false
}

// pronounOpens reports whether an English sentence opens with "He" or "She".
func pronounOpens(d *doc, s span) bool {
	return hasPrefixAt(d.folded, s.start, "he ") || hasPrefixAt(d.folded, s.start, "she ")
}

// enUnitPostRe is the gap between a person's name and an organisation for a post over a unit:
// ", [former] head of robotics at ", ", the dean of medicine at ".
var enUnitPostRe = regexp.MustCompile(`^,? (?:(?:the|a|an) )?(former |formerly |previously )?(?:[a-z-]+ ){0,2}(?:head|dean|director|chief|vice[- ]president|president|manager|lead|leader|professor|chair|chairman|chairwoman|officer|principal|partner)s? of (?:[^,;:()"“”]{1,40}?) at (?:the )?$`)

// unitPostFacts proposes PERSON WORKED_AT ORG for "PERSON, head of UNIT at ORG", and returns
// the LEADS facts of the person over the unit, which the title cue proposes and the frame
// refutes, keyed as relKey.
func unitPostFacts(d *doc, es *entitySet) ([]Proposal, map[string]bool) {
	if d.lang != "en" {
		return nil, nil
	}
	var out []Proposal
	refuted := map[string]bool{}
	for si, s := range d.sents {
		ms := es.sentenceMentions(s)
		for i, p := range ms {
			if p.kind != kg.KindPerson {
				continue
			}
			for _, o := range ms[i+1:] {
				if o.start-p.end > 90 {
					break
				}
				if o.kind != kg.KindOrganization || o.weak {
					continue
				}
				g := string(d.folded[p.end:o.start])
				loc := enUnitPostRe.FindStringSubmatchIndex(g)
				if loc == nil {
					continue
				}
				r := &RelationshipProposal{Type: "WORKED_AT", From: p.end_(), To: o.end_()}
				if loc[2] >= 0 {
					r.Status = "ENDED"
				}
				sp := citeSpan(d, si, false, p.start, o.end)
				out = append(out, relAt(d, sp, strings.TrimLeft(g, ", "), 0.5, r))
				for _, u := range ms[i+1:] {
					if u.start < o.start && u.end <= o.start {
						refuted[relKey("LEADS", p.end_(), u.end_())] = true // "Head of Smart City at X"
					}
				}
				break
			}
		}
	}
	return out, refuted
}

// dropRefuted removes the relationships whose relKey a frame refuted.
func dropRefuted(ps []Proposal, refuted map[string]bool) []Proposal {
	if len(refuted) == 0 {
		return ps
	}
	out := ps[:0]
	for _, p := range ps {
		if r := p.Relationship; r != nil && refuted[relKey(r.Type, r.From, r.To)] {
			continue
		}
		out = append(out, p)
	}
	return out
}

// dropAnnouncedOfOperated removes X ANNOUNCED Y where X OPERATES Y is proposed too: a body that
// runs a programme announces its cohorts and news; the stronger fact says it.
func dropAnnouncedOfOperated(ps []Proposal) []Proposal {
	refuted := map[string]bool{}
	for _, p := range ps {
		if r := p.Relationship; r != nil && r.Type == "OPERATES" {
			refuted[relKey("ANNOUNCED", r.From, r.To)] = true
		}
	}
	return dropRefuted(ps, refuted)
}

// enHeadsUnitRe follows an organisation's name in "X now also heads Orbix's China operations":
// a person who heads a part of an organisation works there (WORKED_AT), as enDivisionPost reads
// "appointed … as head of its logistics business".
var enHeadsUnitRe = regexp.MustCompile(`^['’]s? (?:[A-Za-z-]+ ){0,3}(?:operations|business|businesses|division|unit|arm|team|office|offices|branch|subsidiary)\b`)

var enHeadsVerbs = []string{"heads ", "runs ", "leads ", "oversees ", "manages ", "will head ", "will run ", "will lead ", "will oversee ", "now heads ", "also heads "}

// unitHeadFacts proposes PERSON WORKED_AT ORG for "PERSON … heads ORG's <unit>".
func unitHeadFacts(d *doc, es *entitySet) []Proposal {
	var out []Proposal
	for si, ms := range englishSentences(d, es, 0) {
		s := d.sents[si]
		for k, o := range ms {
			if o.kind != kg.KindOrganization || k == 0 || !enHeadsUnitRe.MatchString(string(d.folded[o.end:min(s.end, o.end+50)])) {
				continue
			}
			verb := false
			for _, v := range enHeadsVerbs {
				verb = verb || hasSuffixAt(d.folded, o.start, v)
			}
			if !verb {
				continue
			}
			var p mention
			for _, m := range ms[:k] {
				if m.kind == kg.KindPerson {
					p = m // the clause's person: the last one named before the verb
				}
			}
			if p.name == "" {
				continue
			}
			sp := citeSpan(d, si, false, p.start, o.end)
			out = append(out, relAt(d, sp, "heads", 0.5, &RelationshipProposal{Type: "WORKED_AT", From: p.end_(), To: o.end_()}))
		}
	}
	return out
}
