package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// extendOverIn extends an English fund's name back over "in" and the capitalised words before
// it ("Women in Tech Fund", "Girls in Science Fund"): such names hold a lower-case "in" that
// ends a capitalised run, so the run alone gives "Tech Fund". The words before "in" must be one
// or two, open after a lower-case word, and name no organisation or place of their own ("Acme
// Capital in Tech Fund" is no name); a bare capitalised word found there gives way.
func extendOverIn(d *doc, ms []mention) []mention {
	if d.lang != "en" {
		return ms
	}
	var absorbed []span
	for i := range ms {
		m := &ms[i]
		if m.kind != kg.KindFund || m.id != "" || m.start < 5 || string(d.runes[m.start-4:m.start]) != " in " {
			continue
		}
		b, ok := wordsBeforeIn(d, m.start-4)
		if !ok || strongMentionIn(ms, b, m.start) {
			continue
		}
		absorbed = append(absorbed, span{b, m.start})
		d.respan(m, b, m.end)
	}
	if len(absorbed) == 0 {
		return ms
	}
	out := ms[:0]
	for _, m := range ms {
		if m.weak && spanWithin(absorbed, m) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// wordsBeforeIn returns where one or two capitalised words that end at e open, when a
// lower-case word or nothing stands before them.
func wordsBeforeIn(d *doc, e int) (int, bool) {
	b, n := e, 0
	for n < 2 {
		s := wordStart(d.runes, b)
		w := string(d.runes[s:b])
		if s == b || !isCapitalised(w) || enCues[strings.ToLower(w)] != "" || isPlaceName(w) || enTopicWords[w] || enNotNames[w] {
			break
		}
		b, n = s, n+1
		if b < 2 || d.runes[b-1] != ' ' {
			break
		}
		if prev := wordStart(d.runes, b-1); prev < b-1 && !isCapitalised(string(d.runes[prev:b-1])) {
			return b, true
		}
		b--
	}
	return 0, false
}

// strongMentionIn reports whether a mention that is more than a bare capitalised word lies in
// [s, e).
func strongMentionIn(ms []mention, s, e int) bool {
	for _, m := range ms {
		if m.start < e && s < m.end && !m.weak {
			return true
		}
	}
	return false
}

// spanWithin reports whether m lies inside one of the spans.
func spanWithin(spans []span, m mention) bool {
	for _, s := range spans {
		if m.start >= s.start && m.end <= s.end {
			return true
		}
	}
	return false
}
