package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// Wire and newswire stories name their agency in shapes other than a dateline's brackets:
//
//	(Bloomberg) -- Acme agreed to buy …                       the agency opens the first paragraph
//	HONG KONG SAR - Media OutReach Newswire - 9 June 2026 -    a release's distributor between dashes
//
// and credit their reporters in a footer rather than in brackets:
//
//	--With assistance from Jane Doe.
//	To contact the reporter on this story:
//	Tom Lee in Hong Kong
//
// The agency is an organisation; the people the footer names work at it.

// maxWireLead is how far into the text an agency's opening credit may stand (a headline first).
const maxWireLead = 400

// leadWire finds an agency in brackets that opens a line and a dash that follows it
// ("(Bloomberg) --") near the top of the text.
func leadWire(d *doc) (span, bool) {
	r := d.runes
	for start, end := range d.lines(0) {
		if start > maxWireLead {
			break
		}
		if start >= end || r[start] != '(' {
			continue
		}
		j := start + 1
		for j < end && r[j] != ')' {
			j++
		}
		if j >= end || j-start < 3 || !wireName(string(r[start+1:j])) {
			continue
		}
		k := j + 1
		for k < end && r[k] == ' ' {
			k++
		}
		if k < end && (r[k] == '-' || r[k] == '–' || r[k] == '—') {
			return span{start + 1, j}, true
		}
	}
	return span{}, false
}

// newswireWords end the name of a release's distributor.
var newswireWords = []string{"Newswire", "NewsWire", "Wire", "Newsfile"}

// dashedNewswire finds a distributor named between dashes in a release's dateline
// ("HONG KONG SAR - Media OutReach Newswire - 9 June 2026 -").
func dashedNewswire(d *doc) (span, bool) {
	r := d.runes
	for start, end := range d.lines(0) {
		if start > maxWireLead {
			break
		}
		if !capitalsWord(r, start) {
			continue
		}
		line := string(r[start:end])
		parts := strings.Split(line, " - ")
		if len(parts) < 3 {
			continue
		}
		at := start + len([]rune(parts[0])) + 3
		name := parts[1]
		for _, w := range newswireWords {
			if strings.HasSuffix(name, " "+w) && wireName(name) || name == w {
				return span{at, at + len([]rune(name))}, true
			}
		}
	}
	return span{}, false
}

// footerCreditCues open the lines of a wire story's footer that name its people: the cue's
// own line ("--With assistance from A and B.") or the lines after it ("To contact the reporter
// on this story:\nA in Hong Kong").
var footerCreditCues = []struct {
	cue       string
	nextLines bool
}{
	{"--with assistance from ", false}, {"with assistance from ", false},
	{"to contact the reporter on this story:", true}, {"to contact the reporters on this story:", true},
	{"to contact the editor responsible for this story:", true}, {"to contact the editors responsible for this story:", true},
}

// footerCreditSpans are where the people of such a footer stand.
func footerCreditSpans(d *doc) []span {
	f, r := d.folded, d.runes
	var out []span
	names := func(at, lim int) int { // "A", "A and B", "A, B and C."; returns where the run ended
		if lim > at && r[lim-1] == '.' {
			lim-- // "Annie Lau.": the sentence's stop, not an abbreviation's
		}
		for {
			n, ok := capitalisedRun(r[:lim], latinWordsFrom(r[:lim], at, 3))
			if !ok || n.start != at {
				return at
			}
			out = append(out, n)
			switch {
			case hasPrefixAt(f, n.end, " and "):
				at = n.end + 5
			case hasPrefixAt(f, n.end, ", "):
				at = n.end + 2
			default:
				return n.end
			}
		}
	}
	for start, end := range d.lines(0) {
		line := strings.TrimSpace(string(f[start:end]))
		for _, c := range footerCreditCues {
			if !strings.HasPrefix(line, c.cue) {
				continue
			}
			at := start + strings.Index(string(f[start:end]), c.cue) + len([]rune(c.cue))
			if !c.nextLines {
				names(at, end)
				break
			}
			for s2, e2 := range d.lines(end + 1) { // "A in Hong Kong" on each line below, up to a blank one
				if e2 <= s2 || names(s2, e2) == s2 {
					break
				}
			}
			break
		}
	}
	return out
}

// wireNames proposes the agencies of leadWire and dashedNewswire as organisations: media,
// which the reporters' credits name and no other fact of the story does.
func wireNames(d *doc) []mention {
	if d.lang != "en" {
		return nil
	}
	var out []mention
	for _, find := range []func(*doc) (span, bool){leadWire, dashedNewswire} {
		if s, ok := find(d); ok {
			n := string(d.runes[s.start:s.end])
			out = append(out, mention{start: s.start, end: s.end, name: n, key: d.key(n), kind: kg.KindOrganization, media: true})
		}
	}
	return out
}

// leadWireMention is the mention of the agency that opens the first paragraph.
func leadWireMention(d *doc, es *entitySet) (mention, bool) {
	s, ok := leadWire(d)
	if !ok {
		return mention{}, false
	}
	return mentionSpan(es.mentions, s.start, s.end)
}
