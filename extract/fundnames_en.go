package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
	"github.com/hkgraph/hkgraph/textnorm"
)

// A fund bears its manager's name: "Harbourline Ventures … Harbourline Fund II",
// "Cyberport … Its Cyberport Macro Fund", "Kestrel Capital … the Kestrel Growth Fund". An
// English fund whose name opens with the name of an organisation the text names (whole, or
// without its legal or trade ending) is managed by that organisation.

// fundManagerFacts proposes MANAGES from the organisation whose name opens a fund's name, once
// per fund, quoting the sentence of the fund's first mention (with the one before when the
// manager is named there).
func fundManagerFacts(d *doc, es *entitySet) []Proposal {
	if d.lang != "en" {
		return nil
	}
	// The forms of every organisation's name (folded) → the first organisation named so; a
	// form two organisations give names neither.
	byForm := map[string]mention{}
	shared := map[string]bool{}
	for _, m := range es.mentions {
		if m.kind != kg.KindOrganization || m.weak || m.media || governmentBody(m.name) {
			continue
		}
		forms := append([]string{m.name}, shortForms(m)...)
		for _, f := range forms {
			f = textnorm.Fold(f)
			if len([]rune(f)) < 4 || isPlaceName(f) {
				continue
			}
			if o, ok := byForm[f]; !ok {
				byForm[f] = m
			} else if !sameEntity(o, m) {
				shared[f] = true // "Kestrel Partners' arm, Kestrel Capital, … Kestrel Growth Fund"
			}
		}
	}
	var out []Proposal
	done := map[string]bool{}
	for _, f := range es.mentions {
		fk := f.id + "|" + f.key
		if f.kind != kg.KindFund || done[fk] {
			continue
		}
		done[fk] = true
		// The longest run of the fund name's opening words that is an organisation's form.
		ws := strings.Fields(textnorm.Fold(f.name))
		var best mention
		n, tie := 0, false
		for k := len(ws) - 1; k >= 1 && n == 0; k-- {
			o, ok := byForm[strings.Join(ws[:k], " ")]
			if ok && o.start > f.start {
				o = firstMentionOf(es, o) // "Tidewater Harbour Partners … Tidewater Asia Healthcare Fund I … Tidewater has": named before as a whole (r19inv)
			}
			if !ok || sameEntity(o, f) || o.start > f.start {
				continue // the manager is named before its fund ("… with participation from Cyberport Macro Fund … at Cyberport" names none)
			}
			best, n, tie = o, k, shared[strings.Join(ws[:k], " ")]
		}
		if n == 0 || tie {
			continue
		}
		si := d.sentenceOf(f.start)
		oi := d.sentenceOf(best.start)
		if si < 0 || oi < 0 {
			continue
		}
		sp := citeSpan(d, si, oi == si-1, f.start, f.end)
		if oi == si {
			sp = citeSpan(d, si, false, min(f.start, best.start), max(f.end, best.end))
		}
		r := &RelationshipProposal{Type: "MANAGES", From: best.end_(), To: f.end_()}
		if launched, planned := launchedAt(d, f.start); launched {
			r.Type = "ESTABLISHED" // "We plan to launch Harbourline Fund III": a fund still to come is set up, not managed
			if planned {
				r.Status = "PLANNED"
			}
		}
		out = append(out, relAt(d, sp, f.name, 0.5, r))
	}
	return out
}

// firstMentionOf is the text's first mention of m's entity.
func firstMentionOf(es *entitySet, m mention) mention {
	for _, x := range es.mentions {
		if sameEntity(x, m) {
			return x
		}
	}
	return m
}

// launchVerbs set a fund up ("launched X", "to launch X", "will set up X").
var launchVerbs = []string{"launch", "launches", "launched", "launching", "set up", "sets up", "setting up", "establish",
	"establishes", "established", "establishing", "start", "starts", "started", "form", "forms", "formed", "create", "created"}

// launchedAt reports whether a verb that sets a fund up stands right before i (with "the" or
// "a new" between), and whether it is planned ("to launch", "will launch", "plans to set up").
func launchedAt(d *doc, i int) (bool, bool) {
	head := strings.TrimRight(string(d.folded[max(0, i-40):i]), " ")
	for _, a := range []string{" the", " a new", " its", " its new", " a"} {
		head = strings.TrimSuffix(head, a)
	}
	for _, v := range launchVerbs {
		if strings.HasSuffix(head, " "+v) {
			before := strings.TrimSuffix(head, " "+v)
			return true, strings.HasSuffix(before, " to") || strings.HasSuffix(before, " will")
		}
	}
	return false, false
}
