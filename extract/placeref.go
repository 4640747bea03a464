package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// News names a company again by where it is and what it is, not by its name: "The
// Shenzhen company was set up in 2019". The place then locates the company
// the sentence refers back to (the topic of the sentences before), as "Shenzhen company X" does.
func placeReferenceFacts(d *doc, es *entitySet) []Proposal {
	var out []Proposal
	ms := es.mentions
	for si, s := range d.sents {
		if si == 0 {
			continue
		}
		i := afterTimeOpener(d, s)
		at, ok := placeReferenceStart(d, i)
		if !ok {
			continue
		}
		var place mention
		found := false
		for _, m := range ms {
			if m.start == at && m.kind == kg.KindPlace {
				place, found = m, true
				break
			}
			if m.start > at {
				break
			}
		}
		if !found || d.lang == "en" && !descriptorReference(d, ms, place.end, s.end) || d.lang != "en" && !zhDescriptorAfter(d, place.end) {
			continue
		}
		fits := func(m mention) bool { return m.kind == kg.KindOrganization }
		org, _, ok := topicBefore(d, es, si, fits)
		if !ok || org.start >= s.start {
			continue
		}
		sp := citeSpan(d, si, true, place.start, place.end)
		out = append(out, Proposal{Kind: KindRelationship, Start: sp.start, End: sp.end, Quote: d.quote(sp),
			Trigger: string(d.runes[i:place.end]), Confidence: 0.5,
			Relationship: &RelationshipProposal{Type: "LOCATED_IN", From: org.end_(), To: place.end_()}})
	}
	return out
}

// descriptorReference reports whether, after a place at i, one to three lower-case words end
// with a descriptor (company, start-up, firm) and no name follows it at once: the phrase
// stands for a company ("The Shenzhen company Nimbus" is named; placeDescriptorFacts reads it).
func descriptorReference(d *doc, ms []mention, i, end int) bool {
	k := i
	for n := 0; n < 3; n++ {
		for k < end && d.runes[k] == ' ' {
			k++
		}
		w0 := k
		for k < end && (isLatinLetter(d.runes[k]) || d.runes[k] == '-') {
			k++
		}
		w := string(d.runes[w0:k])
		if w == "" || w != strings.ToLower(w) {
			return false
		}
		if enDescriptors[w] {
			for _, m := range ms {
				if m.start >= k && m.start <= k+2 {
					return false
				}
			}
			return true
		}
	}
	return false
}

// placeReferenceStart returns where the place of a phrase that names a company again by its
// place stands, when one opens the clause at i: "The Shenzhen company", 這家深圳公司, 該深圳初創.
func placeReferenceStart(d *doc, i int) (int, bool) {
	if d.lang == "en" {
		return i + len("The "), hasPrefixAt(d.runes, i, "The ")
	}
	for _, w := range []string{"这家", "这间", "该", "此"} {
		if hasPrefixAt(d.folded, i, w) {
			return i + len([]rune(w)), true
		}
	}
	return 0, false
}

// zhDescriptorAfter reports whether a descriptor noun (公司, 企业, 初创…) follows position i:
// 這家深圳公司與… (not 該深圳市政府).
func zhDescriptorAfter(d *doc, i int) bool { return wordAt(d.folded, i, zhDescriptorNouns) }
