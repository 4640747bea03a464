package extract

import (
	"sort"
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// "The company was founded by Dr Liu, who previously headed research at Roche, and is backed
// by Qiming": a predicate joined by "and" with no subject of its own shares the sentence's
// subject, not the name nearest before it (Roche, an object of the first predicate or of an
// aside). coordinatedSubject finds that subject for a cue whose left slot would take the nearest
// name.

// enPredicateFillers may stand between "and" and the cue of a coordinated predicate ("and has
// since been backed by", "and is also backed by").
var enPredicateFillers = map[string]bool{"is": true, "was": true, "are": true, "were": true, "has": true, "have": true,
	"had": true, "will": true, "would": true, "also": true, "later": true, "then": true, "since": true, "now": true,
	"been": true, "be": true, "recently": true, "subsequently": true}

// coordinatedSubject reports, for the side of an English cue filled from the left (slots), whether
// the cue opens a predicate coordinated by "and" with the sentence's first predicate: then the
// subject is the sentence's opening name (ok and m), or its opening pronoun (ok and pronoun:
// the caller resolves it as the sentence's referring subject).
func coordinatedSubject(d *doc, ms []mention, si int, c *relCue, h cueHit, side int, slots []string, from []mention) (m mention, pronoun, ok bool) {
	s := d.sents[si]
	if d.lang != "en" || len(slots) == 0 || slots[0] != "L" || len(from) != 1 || c.flags["appos"] || c.flags["adj"] ||
		from[0].start < s.start || from[0].end > h.start {
		return mention{}, false, false
	}
	// The words between the name and the cue; the last few tell (the cue is far in a long
	// sentence: only what stands right before it is read).
	words := strings.Fields(strings.ToLower(string(d.folded[max(from[0].end, h.start-60):h.start])))
	k := len(words) - 1
	for k >= 0 && enPredicateFillers[words[k]] {
		k--
	}
	if k < 0 || words[k] != "and" {
		return mention{}, false, false // ("A and B are backed by": the verb after B is B's)
	}
	first := -1 // the sentence's first mention
	for i, x := range ms {
		if x.start >= s.start {
			first = i
			break
		}
	}
	if first < 0 || ms[first].start == from[0].start && hasSuffixAt(d.runes, from[0].start, ", ") {
		return mention{}, false, false // "Its predecessor, Fund I, was raised in 2021 and has backed B": the apposition is the subject
	}
	start := afterTimeOpener(d, s)
	if x := ms[first]; x.start == start {
		if sameEntity(x, from[0]) || possessive(d, x.end) || !fitsCue(c, side, x.kind) {
			return mention{}, false, false // "SkyRover's founder, Liu Yang, worked at DJI and studied at": not SkyRover
		}
		return x, false, true
	}
	if startsWithPronoun(d, s) {
		return mention{}, true, true
	}
	return mention{}, false, false
}

// enThingPronouns open an English sentence whose subject is a company, a fund or a thing,
// never a person.
var enThingPronouns = []string{"it ", "its ", "it's ", "the company ", "the company's ", "the firm ", "the firm's ",
	"the group ", "the group's ", "the startup ", "the start-up ", "the fund ", "the fund's ", "the platform ", "the bank "}

// thingSubject reports whether English sentence s opens (after a time opener) with such a word:
// a slot for a person is not filled from the sentences before through it.
func thingSubject(d *doc, s span) bool {
	if d.lang != "en" {
		return false
	}
	start := afterTimeOpener(d, s)
	head := strings.ToLower(string(d.folded[start:min(s.end, start+16)]))
	for _, p := range enThingPronouns {
		if strings.HasPrefix(head, p) {
			return true
		}
	}
	return false
}

// enHeadNouns refer back by the word a name ends with: "The group" is the last "… Group"
// named, not the company the text is about.
var enHeadNouns = []string{"group", "bank", "university", "exchange", "institute", "foundation", "association",
	"council", "corporation", "authority", "fund"}

// headNounReferent resolves an English sentence that opens with "The" and such a noun to the
// last name in it or the three sentences before that ends with the noun.
func headNounReferent(d *doc, es *entitySet, si int, fits func(mention) bool) (mention, bool, bool) {
	if d.lang != "en" {
		return mention{}, false, false
	}
	s := d.sents[si]
	start := afterTimeOpener(d, s)
	head := strings.ToLower(string(d.folded[start:min(s.end, start+20)]))
	noun := ""
	for _, n := range enHeadNouns {
		if strings.HasPrefix(head, "the "+n+" ") || strings.HasPrefix(head, "the "+n+"'s ") || strings.HasPrefix(head, "the "+n+",") {
			noun = n
		}
	}
	if noun == "" {
		return mention{}, false, false
	}
	if m, ok := nameEndingWith(d, es, si, s.start, noun, fits); ok { // si itself holds nothing before s.start: the three sentences before, as ever
		return m, true, true
	}
	return mention{}, false, false
}

// nameEndingWith is the last name before position at, in sentence si or the three before it,
// whose last word is noun ("the group" → "… Group").
func nameEndingWith(d *doc, es *entitySet, si, at int, noun string, fits func(mention) bool) (mention, bool) {
	for j := si; j >= 0 && j >= si-3; j-- {
		ms := es.sentenceMentions(d.sents[j])
		for x := len(ms) - 1; x >= 0; x-- {
			w := strings.Fields(strings.ToLower(ms[x].name))
			if ms[x].end <= at && len(w) > 1 && w[len(w)-1] == noun && fits(ms[x]) {
				return ms[x], true
			}
		}
	}
	return mention{}, false
}

// participleHead returns the name an English apposition describes when a participle cue ends
// it: "A, a telemedicine platform founded by X", "A, an AI start-up backed by Y". The cue's
// left side is A, however far the description puts it from the cue.
func participleHead(d *doc, ms []mention, c *relCue, i int) (mention, bool) {
	if d.lang != "en" {
		return mention{}, false
	}
	first, _, _ := strings.Cut(c.cue, " ")
	if !strings.HasSuffix(first, "ed") {
		return mention{}, false
	}
	// Mentions do not overlap: the last that ends by i is the one before the first that ends
	// past it.
	x := sort.Search(len(ms), func(k int) bool { return ms[k].end > i }) - 1
	if x >= 0 {
		m := ms[x]
		if i-m.end > 80 {
			return mention{}, false
		}
		gap := string(d.runes[m.end:i])
		rest, ok := strings.CutPrefix(gap, ", a ")
		if !ok {
			rest, ok = strings.CutPrefix(gap, ", an ")
		}
		w := strings.Fields(rest)
		if !ok || len(w) == 0 || len(w) > 6 {
			return mention{}, false
		}
		for _, x := range w {
			if x != strings.ToLower(x) || strings.ContainsAny(x, ",;:()\"") {
				return mention{}, false
			}
		}
		return m, true
	}
	return mention{}, false
}

// attachedToHyphen keeps, of a side of a cue that opens with a hyphen ("-backed", "-based"),
// the name the hyphen joins on the left and the first name it modifies on the right: a
// coordination around it ("founder Koh and Temasek-backed Pavilion Capital") is not the
// modifier's.
func attachedToHyphen(side []mention, slots []string, at int) []mention {
	if len(slots) == 0 || len(side) < 2 {
		return side
	}
	if slots[0] == "R" {
		return side[:1] // "Shenzhen-based EnerVolt and Singapore's CarbonLoop": EnerVolt alone
	}
	for _, m := range side {
		if m.end == at {
			return []mention{m}
		}
	}
	return side
}

// possessiveTopic returns the name that opens English sentence s as the owner of its subject
// in a sentence that says who stands in a relation to it ("Orbital Pay's largest shareholder is
// Ant Group", "Kerrison's chairman is Raymond Lee"): the sentence is about the owner.
func possessiveTopic(d *doc, s span, ms []mention, fits func(mention) bool) (mention, bool) {
	if d.lang != "en" || len(ms) == 0 || !fits(ms[0]) || ms[0].start != afterTimeOpener(d, s) || !possessive(d, ms[0].end) {
		return mention{}, false
	}
	k := ms[0].end
	for k < s.end && d.runes[k] != ' ' {
		k++ // past 's
	}
	w := strings.Fields(string(d.runes[k:min(s.end, k+60)]))
	for i, x := range w {
		if x != strings.ToLower(x) || i > 4 {
			return mention{}, false
		}
		if x == "is" || x == "was" || x == "are" || x == "were" || x == "include" || x == "includes" {
			return ms[0], i > 0
		}
	}
	return mention{}, false
}

// whoAntecedent returns the person an English "who" clause holding position i describes: the
// last person named before ", who", past the title and employer of an apposition ("Daniel
// Cho, Managing Partner at Northgate Capital, who will join the board": Cho, not Northgate).
func whoAntecedent(d *doc, ms []mention, i int) (mention, bool) {
	at, ok := relativeOpenBefore(d, i, ", who ")
	if !ok {
		return mention{}, false
	}
	x := sort.Search(len(ms), func(j int) bool { return ms[j].end > at }) - 1
	for n := 0; x >= 0 && n < 3; x, n = x-1, n+1 {
		if at-ms[x].end > 80 {
			break
		}
		if ms[x].kind == kg.KindPerson {
			return ms[x], true
		}
	}
	return mention{}, false
}
