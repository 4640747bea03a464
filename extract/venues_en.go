package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// An event's venue stated inside an object relative clause: "the Harbour Robotics Summit,
// which the Council is organising at AsiaWorld-Expo", "the Biotech Summit, which the Association
// held in Shenzhen's Futian district". The verb of holding (organise, host, hold, stage) takes
// the event as its object; the place after "at"/"in" is where the event is.

// venueVerbs are the verbs that hold an event somewhere.
var venueVerbs = wordSet(`organises organised organising organizes organized organizing hosts hosted hosting
	holds held holding stages staged staging`)

// relativeVenueFacts proposes EVENT LOCATED_IN PLACE for each event named right before an
// object relative clause whose verb of holding is followed by "at"/"in" and a place or a
// venue ("in Shenzhen's Futian district": the district).
func relativeVenueFacts(d *doc, es *entitySet) []Proposal {
	if d.lang != "en" {
		return nil
	}
	var out []Proposal
	ms := es.mentions
	for i := 0; i+1 < len(ms); i++ {
		ev, subj := ms[i], ms[i+1]
		if ev.kind != kg.KindEvent || subj.start-ev.end > 12 || !objectRelativeOpen(string(d.folded[ev.end:subj.start])) {
			continue
		}
		// The verb: helping verbs, then one verb of holding, then " at " or " in ".
		j := subj.end
		k := j
		for k < len(d.folded) && k-j <= maxHelpingGap+14 && d.folded[k] != ',' && d.folded[k] != '.' {
			k++
		}
		words := strings.Fields(string(d.folded[j:k]))
		n := 0
		for n < len(words) && n < 2 && enHelpingVerbs[words[n]] {
			n++
		}
		if n >= len(words) || !venueVerbs[words[n]] {
			continue
		}
		seg := string(d.folded[j:k])
		at := j + len([]rune(seg[:strings.Index(seg, words[n])])) + len([]rune(words[n]))
		var prep string
		for _, p := range []string{" at the ", " in the ", " at ", " in "} {
			if hasPrefixAt(d.folded, at, p) {
				prep = p
				break
			}
		}
		if prep == "" {
			continue
		}
		v, ok := venueAt(d, ms, at+len([]rune(prep)), strings.HasPrefix(prep, " at"))
		if !ok || d.sentenceOf(v.start) != d.sentenceOf(ev.start) {
			continue
		}
		si := d.sentenceOf(ev.start)
		sp := citeSpan(d, si, false, ev.start, v.end)
		out = append(out, relAt(d, sp, strings.TrimSpace(string(d.runes[at:at+len([]rune(prep))])), 0.6, &RelationshipProposal{Type: "LOCATED_IN", From: ev.end_(), To: v.end_()}))
	}
	return out
}

// venueAt returns the place or facility that starts at i (after "at", also a name read as an
// organisation: AsiaWorld-Expo names its operator and its halls); a city's district after its
// possessive ("Shenzhen's Futian district") is the place meant.
func venueAt(d *doc, ms []mention, i int, at bool) (mention, bool) {
	for k, m := range ms {
		if m.start != i || m.kind != kg.KindPlace && m.kind != kg.KindFacility && !(at && m.kind == kg.KindOrganization) {
			continue
		}
		if k+1 < len(ms) && m.kind == kg.KindPlace && ms[k+1].kind == kg.KindPlace && m.end < len(d.runes) && possessiveAt(d.runes, m.end) &&
			ms[k+1].start-m.end <= 3 {
			return ms[k+1], true
		}
		return m, true
	}
	return mention{}, false
}

// appositionSiteFacts reads "X, a new InnoHK laboratory at the Hong Kong Science Park": an
// apposition that describes an organisation as something at a facility locates it there. The
// apposition opens with an article right after the name and holds no comma before "at".
func appositionSiteFacts(d *doc, es *entitySet) []Proposal {
	if d.lang != "en" {
		return nil
	}
	var out []Proposal
	ms := es.mentions
	for i, a := range ms {
		if a.kind != kg.KindOrganization || a.weak {
			continue
		}
		open := ""
		for _, p := range []string{", a ", ", an ", ", the "} {
			if hasPrefixAt(d.folded, a.end, p) {
				open = p
				break
			}
		}
		if open == "" {
			continue
		}
		for _, b := range ms[i+1:] {
			if b.start-a.end > 80 {
				break
			}
			if b.start < a.end+len([]rune(open)) {
				continue // a defined term opens with the article: "X, the Company's arm"
			}
			gap := string(d.folded[a.end+len([]rune(open)) : b.start])
			if strings.ContainsAny(gap, ",;:()") {
				break
			}
			if b.kind != kg.KindFacility || !(strings.HasSuffix(gap, " at the ") || strings.HasSuffix(gap, " at ")) {
				continue
			}
			si := d.sentenceOf(a.start)
			if si != d.sentenceOf(b.start) {
				break
			}
			sp := citeSpan(d, si, false, a.start, b.end)
			out = append(out, relAt(d, sp, "at", 0.5, &RelationshipProposal{Type: "LOCATED_IN", From: a.end_(), To: b.end_()}))
			break
		}
	}
	return out
}
