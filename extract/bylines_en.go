package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// English bylines name the reporter and the publication on a line of their own near the top:
// "By Daniel Ng, Asia Tech Ledger", "By Jane Doe | Harbour Times", "Jane Doe / The Standard".
// A wire story credits its reporters at the end instead, "(Reporting by A; Editing by B)", and
// names the wire in its dateline ("HONG KONG, Aug 27 (Reuters) -"). Each reporter and editor
// WORKED_AT the publication.

// maxBylineLine is the longest line read as a byline; bylineLines is how many lines from the
// top may hold it (a headline and a blank line may stand before it).
const (
	maxBylineLine = 80
	bylineLines   = 4
)

// byline is a reporter's name and the publication's in a byline line.
type byline struct{ person, outlet span }

// englishByline finds the byline line among the text's first lines.
func englishByline(d *doc) (byline, bool) {
	r := d.runes
	n := 0
	for start, end := range d.lines(0) {
		if n >= bylineLines {
			break
		}
		n++
		if end-start > maxBylineLine || end == start {
			continue
		}
		if b, ok := bylineIn(r, start, end); ok {
			return b, true
		}
	}
	return byline{}, false
}

// bylineIn reads "By X, Outlet", "By X | Outlet", "By X / Outlet" or "X / Outlet" in the line
// [start, end).
func bylineIn(r []rune, start, end int) (byline, bool) {
	by := hasPrefixAt(r, start, "By ")
	at := start
	if by {
		at += 3
	}
	n, ok := capitalisedRun(r, latinWordsFrom(r, at, 4))
	if !ok || n.start != at || n.end > end {
		return byline{}, false
	}
	sep := ""
	for _, s := range []string{", ", " | ", " / ", " - "} {
		if hasPrefixAt(r, n.end, s) {
			sep = s
		}
	}
	o := n.end + len([]rune(sep))
	e := end
	for e > o && (r[e-1] == ' ' || r[e-1] == '\r') {
		e--
	}
	role := reporterRoleStart(r, o, e)
	if sep == "" || sep == ", " && !by && role < 0 || sep == " - " && !by {
		return byline{}, false // "X / Outlet" needs the slash; a comma alone opens a sentence unless a role ends the line
	}
	if role >= 0 {
		e = role // "RYO TANAKA, Nikkei staff writer": the outlet before the role
	}
	org := string(r[o:e])
	if !latinProperName(org) {
		return byline{}, false
	}
	return byline{person: n, outlet: span{o, e}}, true
}

// enReporterRoles end a byline that has no "By": "RYO TANAKA, Nikkei staff writer".
var enReporterRoles = []string{" staff writer", " staff reporter", " senior writer", " correspondent", " reporter", " columnist", " contributor"}

// reporterRoleStart returns where a reporter's role ends the line [o, e), or -1.
func reporterRoleStart(r []rune, o, e int) int {
	low := strings.ToLower(string(r[o:e]))
	for _, w := range enReporterRoles {
		if strings.HasSuffix(low, w) && len(low) > len(w) {
			return e - len([]rune(w))
		}
	}
	return -1
}

// enContactLabels open a press release's contact line: "Media contact: Karen Yip, Meridian".
var enContactLabels = []string{"Media contact: ", "Media Contact: ", "Media contacts: ", "Press contact: ", "Media enquiries: ", "Media inquiries: ", "Contact: "}

// contactBylines reads the contact lines of a press release as bylines: the person named
// there works at the organisation after the comma.
func contactBylines(d *doc) []byline {
	var out []byline
	for start, end := range d.lines(0) {
		for _, l := range enContactLabels {
			if !hasPrefixAt(d.runes, start, l) || end-start > maxBylineLine+len(l) {
				continue
			}
			at := start + len([]rune(l))
			n, ok := capitalisedRun(d.runes, latinWordsFrom(d.runes, at, 4))
			if !ok || n.start != at || !hasPrefixAt(d.runes, n.end, ", ") {
				continue
			}
			o, e := n.end+2, end
			for e > o && (d.runes[e-1] == ' ' || d.runes[e-1] == '\r' || d.runes[e-1] == '.') {
				e--
			}
			if k := strings.LastIndex(string(d.runes[o:e]), ", "); k > 0 && contactRole(string(d.runes[o:e])[:k]) {
				o += len([]rune(string(d.runes[o:e])[:k])) + 2 // "Joyce Lam, Communications Manager, Lumora Health"
			}
			if latinProperName(string(d.runes[o:e])) {
				out = append(out, byline{person: n, outlet: span{o, e}})
			}
		}
	}
	return out
}

// enContactRoleHeads end the post a contact line gives between the person and the
// organisation (Communications Manager, Head of Media Relations, Senior PR Executive).
var enContactRoleHeads = map[string]bool{"manager": true, "director": true, "officer": true, "executive": true, "lead": true,
	"head": true, "partner": true, "spokesperson": true, "coordinator": true, "specialist": true, "associate": true, "consultant": true}

// contactRole reports whether s, between a contact's name and organisation, is a post: up to
// five capitalised words whose last (or, in "Head of X", first) is a post's head noun.
func contactRole(s string) bool {
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > 5 {
		return false
	}
	for _, w := range ws {
		if !isCapitalised(w) && w != "of" && w != "and" && w != "&" {
			return false
		}
	}
	return enContactRoleHeads[strings.ToLower(ws[len(ws)-1])] || strings.ToLower(ws[0]) == "head"
}

// englishBylines are the byline near the top and the contact lines.
func englishBylines(d *doc) []byline {
	out := contactBylines(d)
	if b, ok := englishByline(d); ok {
		out = append([]byline{b}, out...)
	}
	return out
}

// englishBylineNames proposes the byline's reporter (a person) and publication, and the
// people a wire story's credit line names.
func englishBylineNames(d *doc) []mention {
	var out []mention
	for _, c := range creditSpans(d) {
		p := string(d.runes[c.start:c.end])
		out = append(out, mention{start: c.start, end: c.end, name: p, key: d.key(p), kind: kg.KindPerson})
	}
	out = append(out, wireNames(d)...) // (Bloomberg) --, - Media OutReach Newswire - (wirecredits_en.go)
	for _, b := range englishBylines(d) {
		p := string(d.runes[b.person.start:b.person.end])
		o := string(d.runes[b.outlet.start:b.outlet.end])
		out = append(out, mention{start: b.person.start, end: b.person.end, name: p, key: d.key(p), kind: kg.KindPerson},
			mention{start: b.outlet.start, end: b.outlet.end, name: o, key: d.key(o), kind: kg.KindOrganization})
	}
	return out
}

// englishBylineFacts makes the byline's reporter, and each reporter and editor a wire story's
// credit line names, WORKED_AT the publication.
func englishBylineFacts(d *doc, es *entitySet) []Proposal {
	var out []Proposal
	for _, b := range englishBylines(d) {
		p, okp := mentionSpan(es.mentions, b.person.start, b.person.end)
		o, oko := mentionSpan(es.mentions, b.outlet.start, b.outlet.end)
		if okp && oko && p.kind == kg.KindPerson && o.kind == kg.KindOrganization {
			sp := span{b.person.start, b.outlet.end}
			out = append(out, Proposal{Kind: KindRelationship, Start: sp.start, End: sp.end, Quote: d.quote(sp), Trigger: "By", Confidence: 0.5,
				Relationship: &RelationshipProposal{Type: "WORKED_AT", From: p.end_(), To: o.end_()}})
		}
	}
	wire, ok := datelineWire(d, es)
	if !ok {
		wire, ok = leadWireMention(d, es) // "(Bloomberg) --" (wirecredits_en.go)
	}
	if !ok {
		return out
	}
	for _, c := range creditPersons(d, es) {
		sp := d.sents[d.sentenceOf(c.start)]
		out = append(out, Proposal{Kind: KindRelationship, Start: sp.start, End: sp.end, Quote: d.quote(sp), Trigger: "Reporting by", Confidence: 0.5,
			Relationship: &RelationshipProposal{Type: "WORKED_AT", From: c.end_(), To: wire.end_()}})
	}
	return out
}

func mentionSpan(ms []mention, start, end int) (mention, bool) {
	for _, m := range ms {
		if m.start == start && m.end == end {
			return m, true
		}
	}
	return mention{}, false
}

// datelineWire is the organisation named in brackets in the first sentence's dateline
// ("HONG KONG, Aug 27 (Reuters) -").
func datelineWire(d *doc, es *entitySet) (mention, bool) {
	for si := 0; si < len(d.sents) && si < 4; si++ {
		s := d.sents[si]
		if !capitalsWord(d.runes, s.start) {
			continue
		}
		at := datelineEnd(d.runes, span{s.start, d.sents[min(si+1, len(d.sents)-1)].end})
		if at < 0 {
			continue
		}
		for _, m := range es.mentions {
			if m.start > s.start && m.end < at && m.kind == kg.KindOrganization && m.start > 0 && d.runes[m.start-1] == '(' {
				return m, true
			}
		}
	}
	return mention{}, false
}

// creditCues open a credit in a wire story's closing brackets.
var creditCues = []string{"reporting by ", "additional reporting by ", "writing by ", "editing by ", "compiled by "}

// creditSpans are where the people a wire story's credit line names stand:
// "(Reporting by Jane Doe and Tom Lee; Editing by Ann Wu)".
func creditSpans(d *doc) []span {
	f := d.folded
	var out []span
	for i := 0; i < len(f); i++ {
		if f[i] != '(' && f[i] != ';' {
			continue
		}
		j := i + 1
		for j < len(f) && f[j] == ' ' {
			j++
		}
		cue := ""
		for _, c := range creditCues {
			if hasPrefixAt(f, j, c) {
				cue = c
			}
		}
		if cue == "" || !inCreditBrackets(d, mention{start: j}) && f[i] != '(' {
			continue
		}
		at := j + len(cue)
		for {
			n, ok := capitalisedRun(d.runes, latinWordsFrom(d.runes, at, 3))
			if !ok || n.start != at {
				break
			}
			out = append(out, n)
			if !hasPrefixAt(f, n.end, " and ") {
				break
			}
			at = n.end + 5
		}
	}
	return append(out, footerCreditSpans(d)...) // "--With assistance from A." (wirecredits_en.go)
}

// creditPersons are the mentions of the people a wire story's credit line names.
func creditPersons(d *doc, es *entitySet) []mention {
	var out []mention
	for _, c := range creditSpans(d) {
		if m, ok := mentionSpan(es.mentions, c.start, c.end); ok && m.kind == kg.KindPerson {
			out = append(out, m)
		}
	}
	return out
}

// inCreditBrackets reports whether position m.start stands inside brackets that open on its line.
func inCreditBrackets(d *doc, m mention) bool {
	for i := m.start - 1; i >= 0 && d.runes[i] != '\n'; i-- {
		if d.runes[i] == '(' {
			return true
		}
		if d.runes[i] == ')' {
			return false
		}
	}
	return false
}
