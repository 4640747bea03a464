package extract

import (
	"github.com/hkgraph/hkgraph/kg"
)

// A merger story names the company the deal creates once ("The combined company will be called
// Nova Group", "the merged entity, to be named Nova Group,") and then calls it by its kind: "the
// merged group plans to enter Malaysia", "will become chief executive of the combined company".
// mergedNameRefs points each later "the combined/merged/enlarged company|group|entity|firm" at
// that name, so the facts stated of it are the new company's, not one party's.
func mergedNameRefs(d *doc, es *entitySet) {
	if d.lang != "en" {
		return
	}
	f := d.folded
	var named mention
	found := false
	var added []mention
	for i := 0; i < len(f); i++ {
		w := mergedPhraseAt(f, i)
		if w == "" || isWordRune(at(f, i-1)) || insideMention(es.mentions, i) {
			continue
		}
		n := len([]rune(w))
		if m, ok := newNameAfter(d, es, i+n); ok {
			named, found = m, true
		} else if found {
			// The mention leaves "the" out, as a name read after its article ("the merged group").
			added = append(added, mention{start: i + 4, end: i + n, name: named.name, id: named.id, key: named.key, kind: named.kind})
		}
		i += n - 1
	}
	es.addMentions(added)
}

// mergedPhraseAt is the phrase for a merger's new company that opens at i ("the combined
// company"), or "".
func mergedPhraseAt(f []rune, i int) string {
	for _, a := range []string{"the combined ", "the merged ", "the enlarged "} {
		if !hasPrefixAt(f, i, a) {
			continue
		}
		j := i + len([]rune(a))
		for _, n := range []string{"company", "group", "entity", "firm", "business"} {
			if hasPrefixAt(f, j, n) && !isWordRune(at(f, j+len([]rune(n)))) {
				return a + n
			}
		}
	}
	return ""
}

// newNameAfter is the organisation that "will be called", "will be named", "will be renamed",
// "will be known as" or ", to be named" introduce right after position i.
func newNameAfter(d *doc, es *entitySet, i int) (mention, bool) {
	for _, v := range []string{" will be called ", " will be named ", " will be renamed ", " will be known as ", ", to be named ", ", to be called ",
		" will operate as ", " will trade as "} {
		if !hasPrefixAt(d.folded, i, v) {
			continue
		}
		j := i + len([]rune(v))
		for _, m := range es.mentions {
			if m.start == j && m.kind == kg.KindOrganization {
				return m, true
			}
		}
	}
	return mention{}, false
}

// mergedRefOpening is the merger's new company when sentence si opens with the phrase that
// names it by kind ("The merged group plans …"): the sentence refers back, but to that company.
func mergedRefOpening(d *doc, es *entitySet, si int, fits func(mention) bool) (mention, bool) {
	s := d.sents[si]
	if d.lang != "en" || mergedPhraseAt(d.folded, s.start) == "" {
		return mention{}, false
	}
	for _, m := range es.sentenceMentions(s) {
		if m.start == s.start+4 && fits(m) {
			return m, true
		}
	}
	return mention{}, false
}
