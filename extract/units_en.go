package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// namedUnitFacts reads a new unit a company sets up in one sentence and names in the next:
// "X is setting up a research subsidiary in Hong Kong. … The unit, Y Limited, was
// incorporated on Tuesday." Y is X's subsidiary, X established it, and the place the first
// sentence gives for it locates it.
func namedUnitFacts(d *doc, es *entitySet, pub published) []Proposal {
	if d.lang != "en" {
		return nil
	}
	var out []Proposal
	for si := 1; si < len(d.sents); si++ {
		s := d.sents[si]
		head := string(d.folded[s.start:min(s.end, s.start+30)])
		open := ""
		for _, p := range unitOpeners {
			if strings.HasPrefix(head, p+", ") {
				open = p + ", "
				break
			}
		}
		var unit mention
		ok := false
		if open == "" {
			// "The new Hong Kong company, X Limited, …": a place between "new" and the noun.
			if unit, ok = apposedUnitOpening(d, s, es.sentenceMentions(s)); !ok || !strings.HasPrefix(head, "the new ") {
				continue
			}
			open = string(d.folded[s.start:unit.start])
		} else {
			unit, ok = mentionAt(es.sentenceMentions(s), s.start+len([]rune(open)))
		}
		if !ok || unit.kind != kg.KindOrganization || unit.end >= s.end || d.runes[unit.end] != ',' {
			continue
		}
		prev := d.sents[si-1]
		pm := es.sentenceMentions(prev)
		text := " " + string(d.folded[prev.start:prev.end])
		if !containsAny(text, unitSetUpVerbs) || !containsAny(text, unitNouns) {
			continue
		}
		var parent mention
		for _, m := range pm {
			if m.kind == kg.KindOrganization && m.key != unit.key {
				parent = m
				break
			}
		}
		if parent.name == "" {
			continue
		}
		date := ""
		if ds := findDates(d, s, pub, nil); len(ds) == 1 {
			date = ds[0].iso
		}
		sp := citeSpan(d, si, true, unit.start, unit.end)
		add := func(t kg.RelType, f, to mention) {
			out = append(out, Proposal{Kind: KindRelationship, Start: sp.start, End: sp.end, Quote: d.quote(sp),
				Trigger: strings.TrimSuffix(open, ", "), Confidence: 0.5,
				Relationship: &RelationshipProposal{Type: t, From: f.end_(), To: to.end_(), Date: date}})
		}
		add("SUBSIDIARY_OF", unit, parent)
		add("ESTABLISHED", parent, unit)
		// "a research subsidiary in Hong Kong": the place after the unit noun.
		for _, m := range pm {
			if m.kind != kg.KindPlace || m.start < parent.end {
				continue
			}
			before := " " + strings.TrimSpace(string(d.folded[max(prev.start, m.start-20):m.start]))
			if strings.HasSuffix(before, " in") && containsAny(before, unitNouns) {
				add("LOCATED_IN", unit, m)
				break
			}
		}
	}
	return out
}

// unitOpeners open a sentence that names a unit set up in the sentence before.
var unitOpeners = []string{"the unit", "the new unit", "the subsidiary", "the new subsidiary", "the new company",
	"the new entity", "the joint venture", "the new joint venture", "the arm", "the new arm"}

// unitSetUpVerbs and unitNouns say that the sentence before sets up a unit.
// They are matched at the start of a word (" form" is not "platform").
var unitSetUpVerbs = []string{" setting up", " set up", " sets up", " establish", " launch", " form", " incorporat", " creat", " open"}

// An office or a hub opened abroad is often a new company too ("opened its regional
// headquarters in X. The unit, Y Ltd., was incorporated in July").
var unitNouns = []string{" subsidiary", " unit", " arm ", " arm.", " joint venture", " company", " entity", " headquarters", " office", " hub", " branch"}

func containsAny(s string, subs []string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// mentionAt is the mention that starts at i.
func mentionAt(ms []mention, i int) (mention, bool) {
	for _, m := range ms {
		if m.start == i {
			return m, true
		}
	}
	return mention{}, false
}
