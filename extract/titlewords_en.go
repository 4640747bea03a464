package extract

import "github.com/hkgraph/hkgraph/kg"

// dropTitleOpeners drops an English organisation guessed from the capitalised first words of
// a post title that goes on in lower case ("Managing partners Ann Lee and Bo Ma …", "Chief
// executive Jo Tam said"): a capital at a sentence's start names no company when a title
// reads on through it.
func dropTitleOpeners(d *doc, ms []mention) []mention {
	if d.lang != "en" {
		return ms
	}
	out := ms[:0]
	for _, m := range ms {
		if m.id == "" && m.kind == kg.KindOrganization && titleRunsThrough(d, m) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// titleRunsThrough reports whether a Latin post title opens where m opens and ends after it.
func titleRunsThrough(d *doc, m mention) bool {
	f := d.folded
	if isWordRune(at(f, m.start-1)) {
		return false
	}
	for k := range titles {
		t := &titles[k]
		if t.latin && t.role != "" && m.start+len(t.runes) > m.end && hasPrefixAt(f, m.start, t.cue) && titleWordEnds(f, m.start+len(t.runes)) {
			return true
		}
	}
	return false
}

// titleWordEnds reports whether a title's last word ends at i, in the singular or the plural
// ("managing partners").
func titleWordEnds(f []rune, i int) bool {
	return !isWordRune(at(f, i)) || at(f, i) == 's' && !isWordRune(at(f, i+1))
}
