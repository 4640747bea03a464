package extract

import (
	"regexp"
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// Defined terms: announcements, prospectuses and agreements name a party once in full and define
// the word they use for it from then on, in a bracket with the term in quotes: `Harbour Crest
// Holdings Limited (the "Company")`, `Mubadala Capital (the "Subscriber")`, `Harbour Crest
// Digital Limited ("HC Digital")`. Every later "the Subscriber", "HC Digital" is a mention of
// that party, so the cues pair it ("a managing director of the Subscriber").

// definedTerms adds the mentions of each English defined term after its definition.
func definedTerms(d *doc, es *entitySet) {
	if d.lang != "en" {
		return
	}
	type term struct {
		word       string
		open, from int // the definition's bracket: where it opens and closes
		party      mention
	}
	var terms []term
	for _, m := range es.mentions {
		if m.kind != kg.KindOrganization && m.kind != kg.KindFund || m.key == "" && m.id == "" {
			continue
		}
		if w, end, ok := definitionAfter(d, m.end); ok {
			terms = append(terms, term{w, m.end, end, m})
		}
	}
	if len(terms) == 0 {
		return
	}
	var added []mention
	seen := map[span]bool{} // a term defined twice adds each of its mentions once
	for _, t := range terms {
		for i := t.from; i < len(d.runes); i++ {
			if !hasPrefixAt(d.runes, i, t.word) || isWordRune(at(d.runes, i-1)) || isWordRune(at(d.runes, i+len([]rune(t.word)))) {
				continue
			}
			s, e := i, i+len([]rune(t.word))
			if hasSuffixAt(d.runes, i, "the ") || hasSuffixAt(d.runes, i, "The ") {
				s = i - 4
			}
			p := t.party // named as written ("the Company"), keyed as the party (as bracketAliases does)
			if insideLongerName(es.mentions, s, e, p) {
				i = e - 1
				continue // "Jadestone" in "Jadestone Climate Partners is …": the full name is the mention
			}
			if !seen[span{s, e}] {
				seen[span{s, e}] = true
				added = append(added, mention{start: s, end: e, name: string(d.runes[s:e]), id: p.id, key: p.key, kind: p.kind})
			}
			i = e
		}
	}
	if len(added) == 0 {
		return
	}
	// A defined term found as a name of its own ("Subscriber", "JV Company") gives way, in its
	// definition too.
	kept := es.mentions[:0:0]
	for _, m := range es.mentions {
		inside := false
		for _, t := range terms {
			inside = inside || m.id == "" && m.start >= t.open && m.end <= t.from
		}
		for _, a := range added {
			if m.id == "" && m.start >= a.start && m.end <= a.end || m.start < a.end && a.start < m.end && m.key != a.key && m.id == "" {
				inside = true
				break
			}
		}
		if !inside {
			kept = append(kept, m)
		}
	}
	dropped := map[string]bool{}
	for _, m := range es.mentions {
		dropped[m.key] = m.key != ""
	}
	for _, m := range kept {
		delete(dropped, m.key)
	}
	for _, a := range added {
		delete(dropped, a.key)
	}
	es.mentions = kept
	es.addMentions(added)
	// A term no longer named anywhere ("Subscriber") is no candidate entity.
	order := es.order[:0]
	for _, k := range es.order {
		if dropped[k] {
			delete(es.candidates, k)
			continue
		}
		order = append(order, k)
	}
	es.order = order
}

// definitionAfter reads a definition bracket right after a name ending at i: ` (the "Company"`,
// ` ("HC Digital")`, with straight or curly quotes. It returns the term and where the bracket
// closes.
func definitionAfter(d *doc, i int) (string, int, bool) {
	r := d.runes
	for i < len(r) && r[i] == ' ' {
		i++
	}
	if i >= len(r) || r[i] != '(' {
		return "", 0, false
	}
	j := i + 1
	if hasPrefixAt(r, j, "the ") {
		j += 4
	}
	if j >= len(r) || r[j] != '"' && r[j] != '“' {
		return "", 0, false
	}
	k := j + 1
	for k < len(r) && k-j <= 40 && r[k] != '"' && r[k] != '”' && r[k] != ')' && r[k] != '\n' {
		k++
	}
	if k >= len(r) || r[k] != '"' && r[k] != '”' || k-j-1 < 2 {
		return "", 0, false
	}
	w := string(r[j+1 : k])
	if !isCapitalised(w) || strings.EqualFold(w, "we") || strings.EqualFold(w, "us") {
		return "", 0, false // "we" and "us" are the self words (definedSelf)
	}
	e := k
	for e < len(r) && e-i < 200 && r[e] != ')' {
		e++
	}
	return w, e, true
}

// insideLongerName reports whether [s, e) overlaps a mention that stays: the party's own name or
// any longer name around it, or a known entity's. Mentions never overlap (the slots read them in
// order and slice the text between neighbours).
func insideLongerName(ms []mention, s, e int, party mention) bool {
	for _, m := range ms {
		if m.start < e && s < m.end && (m.id != "" || m.key == party.key && m.id == party.id || m.end-m.start > e-s) {
			return true
		}
	}
	return false
}

// enOrAliasRe splits a bracket that defines two names: `"Orbix" or "the Company"`.
var enOrAliasRe = regexp.MustCompile(`["”’]?,? or ["“‘]?`)

// orAliases returns the names a bracket defines with "or" (its quotes trimmed), or nil.
func orAliases(inner string) []string {
	if !strings.Contains(inner, " or ") || !strings.ContainsAny(inner, "\"“”") {
		return nil
	}
	var out []string
	for _, p := range enOrAliasRe.Split(inner, -1) {
		if p = strings.Trim(p, "“”\"'‘’ "); p != "" {
			out = append(out, p)
		}
	}
	return out
}
