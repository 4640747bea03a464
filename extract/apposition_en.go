package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// An English apposition after a person's name says where the person works, whatever
// the job is called: "Professor Alan Wong, a biochemist at the Hong Kong University of Science
// and Technology", "Mary Tam, an engineer with Jade Group". The cues "a * at" (flag appos) read
// it; the gap must be a short noun phrase in lower case, and the person the name right before
// ", a".

// appositionHead is the mention that ends right before ", " at position i.
func appositionHead(d *doc, ms []mention, i int) (mention, bool) {
	if i < 2 || d.runes[i-1] != ' ' || d.runes[i-2] != ',' {
		return mention{}, false
	}
	for _, m := range ms {
		if m.end == i-2 {
			return m, true
		}
	}
	return mention{}, false
}

// nounPhraseGap reports whether runes [a, b) are one to three lower-case words (hyphens allowed):
// "biochemist", "senior research fellow", "data-science lead".
func nounPhraseGap(d *doc, a, b int) bool {
	words, inWord := 0, false
	for i := a; i < b; i++ {
		c := d.runes[i]
		switch {
		case c >= 'a' && c <= 'z' || c == '-' && inWord:
			if !inWord {
				words++
			}
			inWord = true
		case c == ' ':
			inWord = false
		default:
			return false
		}
	}
	return words >= 1 && words <= 3
}

// countedIncluding: a Chinese object that is a count of unnamed organisations (120家初創企業, 逾30間公司)
// with the named ones after 包括 later in the sentence ("…進駐，包括甲及乙"): where that list
// starts. Government replies and press releases name the count first.
func countedIncluding(d *doc, i int) (int, bool) {
	f := d.folded
	for i < len(f) && strings.ContainsRune("了共逾约近超过合计", f[i]) {
		i++
	}
	if i >= len(f) || !isDigit(f[i]) && !strings.ContainsRune("一二三四五六七八九十百千两数多", f[i]) {
		return 0, false
	}
	counted := false
	for k := i; k < len(f) && k < i+8; k++ {
		if strings.ContainsRune("家间所", f[k]) { // companies, not people (委任12名…，成员包括: the members)
			counted = true
			break
		}
		if !isDigit(f[k]) && !strings.ContainsRune("一二三四五六七八九十百千万两数多余,.", f[k]) {
			break
		}
	}
	if !counted {
		return 0, false
	}
	for k := i; k < len(f) && k < i+60; k++ {
		if strings.ContainsRune("。；;", f[k]) {
			break
		}
		if hasPrefixAt(f, k, "包括") {
			j := k + 2
			for j < len(f) && strings.ContainsRune("：:了有", f[j]) {
				j++
			}
			return j, true
		}
	}
	return 0, false
}

// definedSelf is the organisation a prospectus or an announcement defines as "we": the name
// right before a bracket that quotes the first person (… Holdings Limited (the "Company", and
// together with its subsidiaries, "we" or "us"), …有限公司（「本公司」，連同其附屬公司統稱「我們」）).
func definedSelf(d *doc, es *entitySet) (mention, bool) {
	words := []string{`"we"`, `“we”`, `'we'`, `‘we’`, "「我们」", "“我们”", "『我们』"}
	for _, m := range es.mentions {
		if m.kind != kg.KindOrganization || m.key == "" && m.id == "" {
			continue
		}
		i := m.end
		for i < len(d.runes) && (d.runes[i] == ' ' || strings.ContainsRune("」”", d.runes[i])) {
			i++
		}
		if i >= len(d.runes) || d.runes[i] != '(' && d.runes[i] != '（' {
			continue
		}
		j := i + 1
		for j < len(d.runes) && j < i+160 && d.runes[j] != ')' && d.runes[j] != '）' {
			j++
		}
		inner := strings.ToLower(string(d.folded[i:min(j, len(d.folded))]))
		for _, w := range words {
			if strings.Contains(inner, w) {
				return m, true
			}
		}
	}
	return mention{}, false
}

// appositionOfModifier is the name an apposition describes when its noun phrase opens with an
// article and the modifier at i ("Nimbus Robotics, a Sequoia-backed start-up,": Nimbus Robotics).
func appositionOfModifier(d *doc, ms []mention, i int) []mention {
	for _, art := range []string{"a ", "an "} {
		if hasSuffixAt(d.folded, i, art) {
			if m, ok := appositionHead(d, ms, i-len(art)); ok {
				return []mention{m}
			}
		}
	}
	return nil
}
