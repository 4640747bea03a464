package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// relativeAfterPlace reports whether a relative clause ", which …"/", who …" before cs follows
// ms[i] and the places that locate it ("a plant at the Centre in Tseung Kwan O, which is run by
// HKSTP"): the clause then describes ms[i], not the place.
func relativeAfterPlace(d *doc, ms []mention, i, cs int) bool {
	if d.lang != "en" {
		return false
	}
	comma := -1
	for k := cs - 1; k >= ms[i].end; k-- {
		if d.runes[k] == ',' {
			comma = k
			break
		}
	}
	if comma < 0 {
		return false
	}
	tail := string(d.runes[comma:cs])
	if !strings.HasPrefix(tail, ", which") && !strings.HasPrefix(tail, ", who") {
		return false
	}
	places, last := 0, ms[i].end
	for _, m := range ms[i+1:] {
		if m.start >= comma {
			break
		}
		if m.kind != kg.KindPlace || !placeGlue(string(d.runes[last:m.start])) {
			return false
		}
		places, last = places+1, m.end
	}
	return places > 0 && strings.TrimSpace(string(d.runes[last:comma])) == ""
}

// placeGlue is the text between a name and the place that locates it: " in ", " at the ", ", ".
func placeGlue(s string) bool {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "in", "at", "in the", "at the", ",", "on", "on the":
		return true
	}
	return false
}

// facilityPronouns open a sentence that refers back to the facility named last.
var facilityPronouns = []string{"the centre", "the center", "the facility", "the park", "the campus"}

// fundNamedBefore is, for a cue that takes only a fund as what is funded ("is the anchor limited
// partner", "also took part", 以錨定投資者身份出資), the fund named last in the two sentences before.
// A fund named in the cue's own sentence is the subject's to find, or an item of its list.
func fundNamedBefore(d *doc, es *entitySet, si int, c *relCue, side int) (mention, bool, bool) {
	if !c.flags["fund"] || side != 1 {
		return mention{}, false, false
	}
	for j := si - 1; j >= 0 && j >= si-2; j-- {
		ms := es.sentenceMentions(d.sents[j])
		for x := len(ms) - 1; x >= 0; x-- {
			if ms[x].kind == kg.KindFund {
				if aboutRound(d, span{d.sents[j].start, d.sents[si].end}) {
					break // "The round was led by X Fund II. A and B also took part": the company's round
				}
				return ms[x], j == si-1, true
			}
		}
	}
	return mention{}, false, false
}

// describedByPlace reports whether an English place and a descriptor noun stand before a name, as
// one item of a list: "Votee AI and the Shenzhen chipmaker Xinyuan", "the Dutch fintech start-up X".
func describedByPlace(d *doc, p, n mention) bool {
	between := strings.TrimSpace(string(d.folded[p.end:n.start]))
	return d.lang == "en" && n.start > p.end && !strings.ContainsAny(between, ",;()") &&
		len(strings.Fields(between)) <= 3 && endsWithDescriptor(between)
}

// locativeBefore reports whether English text ends with a preposition of place: "… across the",
// "… in".
func locativeBefore(s string) bool {
	w := strings.Fields(strings.ToLower(s))
	if len(w) > 0 && w[len(w)-1] == "the" {
		w = w[:len(w)-1]
	}
	if len(w) == 0 || strings.ContainsAny(w[len(w)-1], ",;") {
		return false
	}
	switch w[len(w)-1] {
	case "in", "across", "throughout", "into":
		return true
	}
	return false
}

// aboutRound reports whether English text speaks of a company's funding round.
func aboutRound(d *doc, s span) bool {
	t := strings.ToLower(string(d.folded[s.start:s.end]))
	for _, w := range []string{" round", "series ", "seed", "led by", "raised", "financing", "轮融资", "领投"} {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// countWord reports whether an English word counts what follows: "nine companies", "dozens of
// start-ups".
func countWord(w string) bool {
	switch w {
	case "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "a", "dozens",
		"some", "about", "around", "nearly", "almost", "numerous", "many":
		return true
	}
	return false
}

// personLedWork reports whether an English "led by" names a person who leads something other
// than a funding round: "a project at the university led by Professor Yip", "a team led by Dr
// Lau". A round, a financing or an investment before the cue keeps the reading.
func personLedWork(d *doc, c *relCue, h cueHit, f mention) bool {
	if d.lang != "en" || !c.flags["lead"] || c.typ != "INVESTED_IN" || f.start < h.end {
		return false
	}
	if f.kind != kg.KindPerson && !titleOfPerson(d, f) {
		return false // "a start-up led by former Google engineer X": Google only says where X worked
	}
	return noRoundBefore(d, h)
}

// titleOfPerson reports whether an organisation is part of a person's title: a title noun
// follows it ("Google engineer", "HSBC banker").
func titleOfPerson(d *doc, f mention) bool {
	w := strings.Fields(strings.ToLower(string(d.folded[f.end:min(len(d.folded), f.end+30)])))
	return len(w) > 0 && enPersonTitleNouns[strings.Trim(w[0], ",.;")]
}

var enPersonTitleNouns = wordSet(`engineer engineers executive executives banker bankers veteran veterans alumnus alumni scientist scientists researcher researchers professor manager managers analyst analysts employee employees founder co-founder cofounder director`)

// noRoundBefore reports whether no round is named before cue h in its sentence: "led by" then
// names a leader of a company or a project, not of a round.
func noRoundBefore(d *doc, h cueHit) bool {
	before := strings.ToLower(string(d.folded[max(d.sents[d.sentenceOf(h.start)].start, h.start-80):h.start]))
	for _, w := range []string{"round", "financing", "funding", "investment", "raise", "series", "seed", "tranche"} {
		if strings.Contains(before, w) {
			return false
		}
	}
	return true
}

// purposeObject reports whether the right end of an English symmetric cue stands in a purpose
// clause: "A and B signed an agreement to help Hong Kong firms …" names the partners before the
// cue, not after "to".
func purposeObject(d *doc, c *relCue, h cueHit, to []mention) bool {
	if d.lang != "en" || !c.flags["sym"] || len(to) == 0 || to[0].start < h.end {
		return false
	}
	return strings.Contains(" "+strings.ToLower(string(d.folded[h.end:to[0].start]))+" ", " to ")
}

// sharesItem reports whether one entity stands at both ends of a cue.
func sharesItem(from, to []mention) bool {
	for _, f := range from {
		for _, t := range to {
			if sameEntity(f, t) {
				return true
			}
		}
	}
	return false
}

// describedPast reports whether the name after an English "-based" stands past the noun phrase it
// opens: in "X, a Hong Kong-based digital asset firm backed by Y" the firm is X, not Y.
func describedPast(d *doc, c *relCue, h cueHit, from []mention) bool {
	if d.lang != "en" || c.typ != "LOCATED_IN" || !strings.HasPrefix(c.cue, "-") || len(from) == 0 || from[0].start < h.end {
		return false
	}
	between := " " + strings.ToLower(string(d.folded[h.end:from[0].start])) + " "
	for _, w := range []string{" by ", " of ", " with ", " from ", " for ", " and ", ",", " that ", " which "} { // ("a Shenzhen-based chip designer that listed on Nasdaq")
		if strings.Contains(between, w) {
			return true
		}
	}
	return false
}

// quotedSpeakerOrg resolves the subject of an English cue inside a quotation that names no fitting
// subject before the cue ("Hong Kong is our gateway to ASEAN," said Kinexon's chief executive) to the
// organisation the speaker is introduced with after the quotation: the first one after "said"/
// "says".
func quotedSpeakerOrg(d *doc, s span, ms []mention, h cueHit, fits func(mention) bool) (mention, bool) {
	if d.lang != "en" {
		return mention{}, false
	}
	// The last quote mark before the cue and the first after it, in the sentence.
	t := quoteMarks(d)
	open, close := t.prev[h.start], t.next[h.start]
	if open < s.start || close >= s.end {
		return mention{}, false
	}
	// the quote closes the one opened before the cue: an odd number of marks before it
	if marks := t.count[h.start] - t.count[s.start]; marks%2 == 0 {
		return mention{}, false
	}
	for _, m := range ms {
		if m.start > open && m.end <= h.start && fits(m) {
			return mention{}, false // the quotation names its own subject
		}
	}
	after := strings.ToLower(string(d.folded[close+1 : min(s.end, close+12)]))
	if !strings.Contains(after, "said") && !strings.Contains(after, "says") {
		return mention{}, false
	}
	for _, m := range ms {
		if m.start > close && m.kind == kg.KindOrganization && fits(m) {
			return m, true
		}
	}
	return mention{}, false
}

// objectElsewhere reports whether an English verb cue's ends are no ends of it. For a cue
// flagged "obj" the object follows the verb as its own noun phrase: not past "of" ("backed the
// plan of X"), "from" ("acquires land from X") or "as" ("took over as chief executive of X"). Buying a stake is no takeover
// ("snapped up a stake in X"). A "founder" cue's founder follows it at once and heads its phrase;
// a "hyphen" cue's left end is the name the hyphen joins.
func objectElsewhere(d *doc, c *relCue, h cueHit, from, to []mention) bool {
	if d.lang != "en" {
		return false
	}
	if c.flags["hyphen"] {
		left := from
		if c.to[0] == "L" {
			left = to // "Cyberport-incubated X": the incubator is the left end
		}
		return len(left) == 0 || left[len(left)-1].end != h.start // "Alibaba-backed X", not "X and state-backed Y"
	}
	right := to
	if c.from[0] == "R" {
		right = from // "snapped up X", "founded by X": the right end is the from end
	}
	if len(right) == 0 || right[0].start < h.end {
		return false
	}
	between := " " + strings.ToLower(string(d.folded[h.end:right[0].start])) + " "
	if c.flags["founder"] {
		return strings.TrimSpace(between) != "" && strings.TrimSpace(between) != "the" || modifiesNoun(d, right[0])
	}
	if c.typ == "SUBSIDIARY_OF" && (strings.Contains(between, "stake in") || strings.Contains(between, "shares in") ||
		strings.Contains(between, "interest in") || strings.Contains(between, "stake of")) {
		return true
	}
	return c.flags["obj"] && (strings.Contains(between, " of ") || strings.Contains(between, " from ") || strings.HasPrefix(between, "  as "))
}

// modifiesNoun reports whether an English name stands before a lower-case noun it modifies:
// "Google engineers", "HKU professors".
func modifiesNoun(d *doc, m mention) bool {
	rest := strings.Fields(string(d.folded[m.end:min(len(d.folded), m.end+30)]))
	if len(rest) == 0 || strings.HasPrefix(string(d.folded[m.end:min(len(d.folded), m.end+1)]), ",") {
		return false
	}
	w := strings.Trim(rest[0], ",.;:")
	if w == "" || w != strings.ToLower(w) || !isLatinLetter([]rune(w)[0]) {
		return false
	}
	switch w {
	case "in", "on", "at", "and", "with", "for", "to", "as", "which", "who", "that", "last", "this", "its", "the", "a", "an",
		"was", "is", "has", "had", "of", "together", "back", "early", "late", "more", "or", "alongside", "from", "before", "after", "since", "during", "under":
		return false
	}
	return true
}

// nounNamedBefore resolves an English sentence opening with "the centre"/"the park"… to the latest
// name before that contains the noun ("the Centre for Advanced Materials Discovery"), whatever its
// kind.
func nounNamedBefore(d *doc, es *entitySet, si int, fits func(mention) bool) (mention, bool, bool) {
	if d.lang != "en" {
		return mention{}, false, false
	}
	start := afterTimeOpener(d, d.sents[si])
	head := strings.ToLower(string(d.folded[start:min(d.sents[si].end, start+16)]))
	for _, p := range facilityPronouns {
		if !strings.HasPrefix(head, p) {
			continue
		}
		noun := strings.TrimPrefix(p, "the ")
		for j := si - 1; j >= 0 && j >= si-3; j-- {
			ms := es.sentenceMentions(d.sents[j])
			for x := len(ms) - 1; x >= 0; x-- {
				if fits(ms[x]) && containsWord(strings.ToLower(ms[x].name), noun) {
					return ms[x], j == si-1, true
				}
			}
		}
	}
	return mention{}, false, false
}

func containsWord(s, w string) bool {
	for _, f := range strings.Fields(s) {
		if f == w {
			return true
		}
	}
	return false
}

// objectRelative reads an English active verb in an object relative clause: in "Nimbus, which
// Jade Group acquired in 2022" and "the Fund, which Jade Capital manages" the name right before
// the verb is its subject and the name before ", which" its object. It returns the
// subject and the object, in the cue's from/to order.
func objectRelative(d *doc, ms []mention, c *relCue, h cueHit) (from, to mention, ok bool) {
	if d.lang != "en" || c.flags["sym"] || c.flags["co"] || c.from[0] == c.to[0] {
		return mention{}, mention{}, false
	}
	for i := len(ms) - 1; i >= 1; i-- {
		q := ms[i]
		if q.end > h.start {
			continue
		}
		if h.start-q.end > maxHelpingGap || !helpingVerbsOnly(string(d.folded[q.end:h.start])) {
			return mention{}, mention{}, false
		}
		p := ms[i-1]
		if !objectRelativeOpen(string(d.folded[p.end:q.start])) {
			return mention{}, mention{}, false
		}
		subj, obj := 0, 1
		if c.from[0] == "R" {
			subj, obj = 1, 0
		}
		if !fitsCue(c, subj, q.kind) || !fitsCue(c, obj, p.kind) {
			return mention{}, mention{}, false
		}
		if subj == 0 {
			return q, p, true
		}
		return p, q, true
	}
	return mention{}, mention{}, false
}

// governmentID is the known entity a "government department" apposition makes its name part of.
const governmentID = "hksar-government"

// governmentPart reads "X, the government department that …": X (the name right before the comma)
// is part of the Hong Kong government, when the graph knows it.
func governmentPart(d *doc, es *entitySet, ms []mention, h cueHit) (from, to []mention) {
	if _, known := es.knownKind[governmentID]; !known || h.start < 2 || string(d.runes[h.start-2:h.start]) != ", " {
		return nil, nil
	}
	for i := len(ms) - 1; i >= 0; i-- {
		if ms[i].end <= h.start {
			if ms[i].end != h.start-2 || ms[i].kind != kg.KindOrganization {
				return nil, nil
			}
			gov := mention{start: h.start, end: h.end, name: string(d.runes[h.start:h.end]), id: governmentID, kind: kg.KindOrganization}
			return []mention{ms[i]}, []mention{gov}
		}
	}
	return nil, nil
}

// enBodyNouns call a name in an apposition a public body: "X, the government department that …".
var enBodyNouns = []string{"department", "agency", "bureau", "authority", "regulator", "commission", "council"}

// appositionBodyNames finds capitalised names opening a sentence that an apposition calls a
// public body ("Invest Hong Kong, the government department that attracts investment", "Create
// Hong Kong, a government agency"): the name carries no ending that marks it.
func appositionBodyNames(d *doc) []mention {
	if d.lang != "en" {
		return nil
	}
	words := latinWords(d.runes)
	var out []mention
	for wi := 0; wi < len(words); wi++ {
		end := words[wi].end
		if end >= len(d.runes) || d.runes[end] != ',' {
			continue
		}
		t := strings.Fields(strings.ToLower(string(d.runes[end+1 : min(len(d.runes), end+40)])))
		if len(t) < 2 || t[0] != "the" && t[0] != "a" {
			continue
		}
		body := false
		for k := 1; k < len(t) && k <= 3; k++ {
			body = body || contains(enBodyNouns, strings.Trim(t[k], ",.;")) || appositionNounX13(strings.Trim(t[k], ",.;")) // hubs, events
		}
		if !body {
			continue
		}
		k := wi
		for k > 0 && k > wi-5 && isCapitalised(words[k-1].text) && !hasBreak(d.runes[words[k-1].end:words[k].start]) {
			k--
		}
		// A year may end the name (FinNext Asia 2025); a short opener may stand before it (On day one, X, the …).
		if k == wi || !isCapitalised(words[wi].text) && !isYearWord(words[wi].text) || !isCapitalised(words[k].text) || words[k].text == "The" ||
			!opensSentence(d, words[k].start) && !opensClauseAfterOpener(d, words[k].start) && !afterLineBreak(d, words[k].start) {
			continue // only a name that opens its sentence: elsewhere a longer name may be cut ("Technology Commission")
		}
		a, b := words[k].start, end
		name := string(d.runes[a:b])
		out = append(out, mention{start: a, end: b, name: name, key: d.key(name), kind: kg.KindOrganization})
	}
	return out
}

// opensSentence reports whether only spaces stand between position i and the start of the text or
// the end of the sentence before.
func opensSentence(d *doc, i int) bool {
	k := i - 1
	for k >= 0 && (d.runes[k] == ' ' || d.runes[k] == '\n') {
		k--
	}
	return k < 0 || d.runes[k] == '.' || d.runes[k] == '\n' || d.runes[k] == '"' || d.runes[k] == '”'
}

// quoteMarkTable locates the quotation marks of a text, built once (d.quotes): prev[p] is the
// last one before p (-1 for none), next[p] the first at or after p (len for none), count[p]
// how many stand before p. quotedSpeakerOrg asks for every cue.
type quoteMarkTable struct{ prev, next, count []int }

func quoteMarks(d *doc) *quoteMarkTable {
	if d.quotes != nil {
		return d.quotes
	}
	n := len(d.runes)
	t := &quoteMarkTable{prev: make([]int, n+1), next: make([]int, n+1), count: make([]int, n+1)}
	mark := func(r rune) bool { return r == '"' || r == '“' || r == '”' }
	t.prev[0] = -1
	for p := 1; p <= n; p++ {
		t.prev[p], t.count[p] = t.prev[p-1], t.count[p-1]
		if mark(d.runes[p-1]) {
			t.prev[p], t.count[p] = p-1, t.count[p]+1
		}
	}
	t.next[n] = n
	for p := n - 1; p >= 0; p-- {
		t.next[p] = t.next[p+1]
		if mark(d.runes[p]) {
			t.next[p] = p
		}
	}
	d.quotes = t
	return t
}
