package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// bracketedAlias reports whether m repeats the list item last in brackets right after it ("the
// Hong Kong Investment Corporation (HKIC), Bank of China and …"): the list goes on after the
// bracket.
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
// Aurelia Capital", "Founder and Chief Executive of Lumora"): the entity is what follows "of".
// A name that is a title alone ("Founder") is no entity: ok is true and drop is set.
func afterTitle(m mention) (out mention, ok, drop bool) {
	if isLatinTitle(m.name) {
		return m, true, true
	}
	k := strings.Index(m.name, " of ")
	if k < 0 || !isLatinTitle(m.name[:k]) && !endsWithTitleHead(m.name[:k]) {
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

// dateInCue is the one date inside a gapped English cue ("investors in the round, which closed on
// Monday, include", "founded in 2021 by"): it dates the fact the cue states, whatever clause
// breaks the cue spans.
func dateInCue(d *doc, ds []dateExpr, h cueHit) (dateExpr, bool) {
	if d.lang != "en" || h.gap.end <= h.gap.start {
		return dateExpr{}, false
	}
	var in []dateExpr
	for _, x := range ds {
		if x.start >= h.gap.start && x.end <= h.gap.end {
			in = append(in, x)
		}
	}
	if len(in) != 1 {
		return dateExpr{}, false
	}
	return in[0], true
}

// fundOne reports whether the word w after a fund's kind word is the roman numeral one ("Aurelia
// Deep Tech Fund I, was raised…", "Fund I and Fund II"), not the pronoun: punctuation, the end
// or a word that cannot follow the pronoun comes next.
func fundOne(d *doc, w word) bool {
	if w.text != "I" {
		return false
	}
	if w.end >= len(d.runes) {
		return true
	}
	if strings.ContainsRune(",.;:)'’", d.runes[w.end]) {
		return true
	}
	rest := strings.Fields(string(d.runes[w.end:min(len(d.runes), w.end+12)]))
	return len(rest) > 0 && (rest[0] == "and" || rest[0] == "was" || rest[0] == "has" || rest[0] == "is" || fundOneFollowers[rest[0]] || fundOneVerb(rest[0]) ||
		strings.HasPrefix(rest[0], "(")) // "Fund I (the "Fund") at US$180 million": a bracket or a preposition never follows the pronoun
}

// fundOneVerb reports whether a fund's verb follows "Fund I" ("Fund I drew commitments",
// "Fund I will invest", "Fund I closed"): news about a fund never writes the pronoun I after a
// capitalised "Fund".
func fundOneVerb(w string) bool {
	return fundOneVerbs[w] || len(w) > 4 && strings.HasSuffix(w, "ed") || presentTenseVerb(w) // fundnumbers_en.go
}

// fundOneVerbs are the irregular verbs and auxiliaries a fund's sentence goes on with.
var fundOneVerbs = map[string]bool{"will": true, "drew": true, "made": true, "held": true, "had": true, "won": true, "took": true,
	"counts": true, "invests": true, "targets": true, "backs": true, "raised": true, "holds": true}

// fundOneFollowers are words that follow a fund's numeral one but not the pronoun I.
var fundOneFollowers = map[string]bool{"at": true, "of": true, "in": true, "with": true, "from": true, "for": true, "on": true, "to": true}

// memberNouns stand between a body and a company that belongs to it ("Cyberport incubatee Votee
// AI", "HKSTP tenant Nimbus", "Orchid portfolio company Quillon"): the body only describes the
// company, which is the item a cue's list names.
var memberNouns = map[string]bool{"incubatee": true, "tenant": true, "portfolio company": true, "member": true}

func memberNounGap(d *doc, a, b mention) bool {
	return d.lang == "en" && b.start > a.end && b.start-a.end <= 20 && memberNouns[strings.TrimSpace(string(d.folded[a.end:b.start]))]
}

// descriptorGlue reports whether "and" and a description of the next item join two list items
// ("Votee AI and the AI drug-discovery company BioMap", "A, B and Shenzhen chipmaker C"): the
// description ends with a noun for a company and holds no verb or clause break; both items are
// of one kind (not "led by Professor X, and speech start-up Y").
func descriptorGlue(d *doc, x, y mention) bool {
	a, b := x.end, y.start
	if d.lang != "en" || b <= a || b-a > 60 {
		return false
	}
	g := strings.TrimSpace(string(d.folded[a:b]))
	if x.kind != y.kind && !(strings.HasSuffix(g, " investor") && investorKinds(x, y)) {
		return false // "Kite Capital, Brinc and angel investor Helen Tse": a person backs a round beside firms
	}
	g = strings.TrimPrefix(g, ",")
	g, ok := strings.CutPrefix(strings.TrimSpace(g), "and ")
	if !ok || strings.ContainsAny(g, ",;:()\"") {
		return false
	}
	w := strings.Fields(g)
	if len(w) < 1 || len(w) > 6 || !enDescriptors[w[len(w)-1]] && !(x.kind == kg.KindPerson && enTitleHeads[w[len(w)-1]]) {
		return false // "chief executive A and chief technology officer B" (titledlists_en.go)
	}
	for _, x := range w[:len(w)-1] {
		if enClauseWords[x] {
			return false
		}
	}
	return true
}

// investorKinds reports whether x and y are an organisation and a person, either way round.
func investorKinds(x, y mention) bool {
	return x.kind == kg.KindOrganization && y.kind == kg.KindPerson || x.kind == kg.KindPerson && y.kind == kg.KindOrganization
}

// enClauseWords in a description show a clause, not a noun phrase ("and said the company X").
var enClauseWords = wordSet(`said says is was are were has have had will would which that who said, its their his her`)

// subjectBeforeAside is, for an English cue that follows a comma, the name opening the sentence
// when a comma right after it opens the aside that the comma before the cue closes ("Voltaris,
// spun off in 2019 from Huaxin Group, listed on …", "Ledgerly, a member of the Fintech
// Association, was named …"): the verb's subject is that name, not the last name of the aside.
func subjectBeforeAside(d *doc, s span, ms []mention, c *relCue, side, cue int) (mention, bool) {
	if d.lang != "en" {
		return mention{}, false
	}
	j := cue // a comma, then only spaces, before the cue
	for j > s.start && d.runes[j-1] == ' ' {
		j--
	}
	if j <= s.start || d.runes[j-1] != ',' {
		return mention{}, false
	}
	start := afterTimeOpener(d, s)
	for _, m := range ms {
		if m.start < start {
			continue
		}
		if m.start != start || m.end >= len(d.runes) || d.runes[m.end] != ',' || !fitsCue(c, side, m.kind) {
			return mention{}, false
		}
		if n := commasIn(d, m.end+1, cue); n < 1 || n > 3 || containsAnd(d, m.end+1, cue) {
			return mention{}, false // "A, B, C and D listed": a list, no aside
		}
		return m, true
	}
	return mention{}, false
}

// descriptorAppositionAt reports whether, after a place at i, an apposition "the <place> …" goes
// on with at most three lower-case words that end with a noun for a company or a hub and then a
// comma or the end of the sentence ("Fintech Saudi, the Saudi fintech hub, signed …", "Voltline,
// the Shenzhen battery maker, said …").
func descriptorAppositionAt(d *doc, i int) bool {
	j := i
	for j < len(d.runes) && j-i < 50 && d.runes[j] != ',' && d.runes[j] != '.' && d.runes[j] != ';' {
		j++
	}
	if j >= len(d.runes) || j-i >= 50 {
		return false
	}
	w := strings.Fields(string(d.folded[i:j]))
	if len(w) == 0 || len(w) > 3 {
		return false
	}
	for _, x := range w {
		if x != strings.ToLower(x) || enClauseWords[x] {
			return false
		}
	}
	return enDescriptors[w[len(w)-1]] || w[len(w)-1] == "hub"
}

// commasIn counts the commas in [a, b), and containsAnd reports whether " and " lies wholly in
// it, from prefix counts built once per text (d.commas, d.ands): every cue asks about the
// stretch between the sentence's subject and itself.
func commasIn(d *doc, a, b int) int {
	if b <= a {
		return 0
	}
	if d.commas == nil {
		d.commas = make([]int, len(d.runes)+1)
		for i, c := range d.runes {
			d.commas[i+1] = d.commas[i]
			if c == ',' {
				d.commas[i+1]++
			}
		}
	}
	return d.commas[b] - d.commas[a]
}

func containsAnd(d *doc, a, b int) bool {
	const and = " and "
	n := len(and)
	if b-a < n {
		return false
	}
	if d.ands == nil { // d.ands[p]: how many " and " start before p
		d.ands = make([]int, len(d.runes)+1)
		for i := range d.runes {
			d.ands[i+1] = d.ands[i]
			if hasPrefixAt(d.runes, i, and) {
				d.ands[i+1]++
			}
		}
	}
	return d.ands[b-n+1] > d.ands[a]
}
