package extract

import "strings"

// bracketedAlias reports whether m repeats the list item last in brackets right after it ("the
// Hong Kong Investment Corporation (HKIC), Bank of China and …"): the list goes on after the
// bracket (x13en).
func bracketedAlias(d *doc, last, m mention) bool {
	if m.start < last.end || !sameEntity(last, m) {
		return false
	}
	if strings.TrimSpace(string(d.runes[last.end:m.start])) != "(" {
		return false
	}
	return m.end < len(d.runes) && (d.runes[m.end] == ')' || d.runes[m.end] == '）')
}

// afterTitle cuts a capitalised title off the organisation it belongs to ("Managing Partner of
// Aurelia Capital", "Founder and Chief Executive of Lumora"): the entity is what follows "of"
// (x13en). A name that is a title alone ("Founder") is no entity: ok is true and drop is set.
func afterTitle(m mention) (out mention, ok, drop bool) {
	if isLatinTitle(m.name) {
		return m, true, true
	}
	k := strings.Index(m.name, " of ")
	if k < 0 || !isLatinTitle(m.name[:k]) {
		return m, false, false
	}
	k += len(" of ")
	if rest := m.name[k:]; rest == "" || strings.HasPrefix(rest, "the ") && len(strings.Fields(rest)) < 2 {
		return m, false, false
	}
	m.start += len([]rune(m.name[:k]))
	m.name = m.name[k:]
	return m, true, false
}

// isLatinTitle reports whether s is an English title from titles.tsv, or titles joined by "and"
// or "&" ("Co-founder and CEO").
func isLatinTitle(s string) bool {
	parts := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r == '&' })
	var words []string
	for _, p := range parts {
		words = append(words, strings.Split(p, " and ")...)
	}
	for _, w := range words {
		w = strings.TrimSpace(w)
		found := false
		for _, t := range titles {
			if t.latin && t.cue == w {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return len(words) > 0
}
