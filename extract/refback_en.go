package extract

import (
	"strings"
	"unicode"

	"github.com/hkgraph/hkgraph/kg"
)

// Reference back for English cues whose subject slot is the name just left of the cue
// ("A partnered with B", "A is owned by B"). When the clause's subject is a word that refers
// back ("It partnered with B.", "The company is owned by B.", "Last year, the firm teamed up
// with B") and no name stands between it and the cue, the subject is the organisation the
// sentences before were about: the slot falls back to S, which resolves the reference (and
// cites the sentence before).

// pronounSubjectSlots returns slots with "S" appended when slot side is filled only from the
// left ("L") in an English sentence that opens with a referring word and names nothing before
// the cue.
func pronounSubjectSlots(d *doc, ms []mention, si int, c *relCue, side int, slots []string, h cueHit) []string {
	if end, ok := enReferringPhrase(d, d.sents[si]); ok && h.end <= end && len(slots) >= 1 && slots[0] == "R" {
		// "The Hong Kong-based company later acquired B", "The Alibaba-backed firm …": the
		// phrase's company is the one referred back to, not the object after the verb.
		return []string{"S"}
	}
	if d.lang != "en" || side != 0 || si == 0 || len(slots) == 0 || slots[0] != "L" || c.flags["appos"] || c.flags["adj"] || c.flags["gov"] {
		return slots
	}
	s := d.sents[si]
	if !startsWithPronoun(d, s) || !companyPronoun(d, s) {
		return slots
	}
	// Names in an opening clause ("Backed by Temasek, it partnered with B") or in an aside
	// after the referring phrase ("The company, which counts Tencent among its shareholders,
	// partnered with B") are not the subject.
	from := afterTimeOpener(d, s)
	end, ok := enReferringPhrase(d, span{from, s.end})
	if !ok {
		head := strings.ToLower(string(d.runes[from:min(s.end, from+20)]))
		for _, p := range enCompanyPronouns {
			if p != "it " && strings.HasPrefix(head, p+",") {
				end, ok = from+len([]rune(p)), true // "The company, which Tencent backs, …"
			}
		}
	}
	if ok && end < s.end && d.runes[end] == ',' {
		for k := end + 1; k < h.start; k++ {
			if d.runes[k] == ',' {
				from = k
				break
			}
		}
	}
	for _, m := range ms {
		if m.start >= from && m.end <= h.start {
			return slots // "It said A partnered with B": the name before the cue is the subject
		}
	}
	return []string{"S"}
}

// enRefNouns end a phrase that names a company again by what it is: the descriptors, and
// group, fund, bank, business.
func enRefNoun(w string) bool {
	return enDescriptors[w] || w == "group" || w == "fund" || w == "bank" || w == "business"
}

// enReferringPhrase reports where a phrase that names the subject again by its description
// ends, when sentence s opens with one (after a time opener): "The Hong Kong-based company",
// "The 5-year-old firm", "The fintech start-up", followed by a lower-case word (the verb), not by
// a name ("The Hong Kong-based company Orbix Labs" names its subject). Capitalised words are
// taken only before a hyphenated word of the phrase ("Hong Kong-based", "Alibaba-backed").
func enReferringPhrase(d *doc, s span) (int, bool) {
	i := afterTimeOpener(d, s)
	if d.lang != "en" || !(hasPrefixAt(d.runes, i, "The ") || hasPrefixAt(d.runes, i, "the ")) {
		return 0, false
	}
	k := i + len("The ")
	capsPending := false
	for n := 0; n < 6; n++ {
		w0 := k
		for k < s.end && (isLatinLetter(d.runes[k]) || d.runes[k] == '-' || d.runes[k] >= '0' && d.runes[k] <= '9') {
			k++
		}
		w := string(d.runes[w0:k])
		lower := strings.ToLower(w)
		if w != "" && k < s.end && d.runes[k] == ',' && enRefNoun(lower) && w == lower && n > 0 && !capsPending {
			return k, true // "The five-year-old company, which …": an aside follows
		}
		if w == "" || k < s.end && d.runes[k] != ' ' {
			return 0, false // punctuation: no plain noun phrase
		}
		switch {
		case w != lower && !strings.Contains(w, "-"):
			capsPending = true // "Hong" of "Hong Kong-based": kept only if a hyphenated word follows
		case w != lower:
			capsPending = false // "Kong-based", "Alibaba-backed"
		case enRefNoun(w):
			if capsPending || n == 0 {
				return 0, false // "The company" is a plain pronoun; "The Orbix company" names one
			}
			j := k
			for j < s.end && d.runes[j] == ' ' {
				j++
			}
			if j < s.end && (d.runes[j] < 'a' || d.runes[j] > 'z') {
				return 0, false // a name (or a clause) follows the descriptor
			}
			return k, true
		}
		for k < s.end && d.runes[k] == ' ' {
			k++
		}
	}
	return 0, false
}

// inHeadline reports whether mention m stands in the text's first line or first sentence,
// where a headline or a lead names a company short before the body names it in full.
func inHeadline(d *doc, m mention) bool {
	if len(d.sents) == 0 || m.start >= d.sents[0].end {
		return false
	}
	if d.headBreak == 0 {
		// The first line break with text before it, found once (a mention asks per call).
		d.headBreak = -1
		text := false
		for i, c := range d.runes {
			if c == '\n' && text {
				d.headBreak = i
				break
			}
			text = text || !unicode.IsSpace(c)
		}
	}
	return d.headBreak < 0 || m.start <= d.headBreak
}

// enRegionWords open a place's name, not a brand's: "Central Asia", "Greater China".
var enRegionWords = map[string]bool{"Greater": true, "Central": true, "Southeast": true, "South": true, "North": true,
	"East": true, "West": true, "Northern": true, "Southern": true, "Eastern": true, "Western": true, "Mainland": true,
	"Inner": true, "Outer": true, "Upper": true, "Lower": true, "Pan": true, "Rural": true, "Coastal": true, "Northeast": true,
	"Northwest": true, "Southwest": true, "Continental": true, "Emerging": true, "Developing": true, "Middle": true, "Far": true}

// enBrandAndPlace reports whether an English capitalised run of two or three words is one or
// two brand words and a place (Medlink Asia, Sequoia China, SenseTime Hong Kong): a company's
// name or its regional arm, not the place. No word of the brand is a place, a region word or a
// word that opens no name.
func enBrandAndPlace(d *doc, ms []mention, m mention) bool {
	for _, p := range ms {
		if p.kind != kg.KindPlace || p.end != m.end || p.start <= m.start {
			continue
		}
		brand := strings.Fields(string(d.runes[m.start:p.start]))
		if len(brand) == 0 || len(brand) > 2 {
			return false
		}
		for _, w := range brand {
			if !isCapitalised(w) || enNotNames[w] || enRegionWords[w] || enConnectors[w] || enTopicWords[w] || demonym[w] != "" ||
				enCommonOpeners[w] || enRoleWords[w] || strings.ContainsAny(w, "-'’") {
				return false
			}
		}
		for _, q := range ms {
			if q.kind == kg.KindPlace && q.start >= m.start && q.start < p.start {
				return false // "Kowloon East": places only
			}
		}
		return true
	}
	return false
}

// enPrepositionOpeners open a clause that stands before the subject just as a participle does
// ("Through its subsidiary X, it supplies gas in …", "With the new money, the company will …").
var enPrepositionOpeners = map[string]bool{"Through": true, "Via": true, "With": true, "Under": true, "Besides": true,
	"Beyond": true, "Alongside": true, "Following": true, "After": true,
	// The rest of the class (r19, English clause shapes): "For the mainland launch, it has signed …",
	// "As part of the deal, the company …". The referring word after the comma is still required.
	"For": true, "As": true, "To": true, "Before": true, "During": true, "Despite": true, "Unlike": true,
	"Like": true, "Apart": true, "Across": true, "Outside": true, "Within": true, "Amid": true,
	"Until": true, "Since": true, "Over": true, "Upon": true, "Ahead": true}

// enParticipleOpener returns where the main clause starts after an English opening participle
// clause ("Founded in 2019 by Helen Yu, the company …", "Backed by Temasek, it …") or a
// prepositional one (enPrepositionOpeners): the
// sentence opens with a capitalised past participle and a comma within 80 code points closes
// the clause before a referring word (it, the company, the Hong Kong-based firm).
func enParticipleOpener(d *doc, s span) (int, bool) {
	if d.lang != "en" {
		return 0, false
	}
	w, w0, i := enFirstWord(d, s)
	if !enPrepositionOpeners[w] && (len(w) < 4 || !isCapitalised(w) || !strings.HasSuffix(w, "ed") && w != "Set" && w != "Spun" && w != "Built") {
		return 0, false
	}
	return referringAfterOpener(d, s, w0, i)
}

// pronounAfterPhrase reports whether English sentence s opens with a prepositional phrase
// (enPrepositionOpeners) closed by a comma before a word that refers back: "For the mainland
// launch, it has signed … with X" has the company referred to as its subject, not X.
func pronounAfterPhrase(d *doc, s span) bool {
	if d.lang != "en" {
		return false
	}
	w, w0, i := enFirstWord(d, s)
	if !enPrepositionOpeners[w] {
		return false
	}
	_, ok := referringAfterOpener(d, s, w0, i)
	return ok
}

// enFirstWord returns sentence s's first Latin word and where it starts and ends.
func enFirstWord(d *doc, s span) (string, int, int) {
	i := s.start
	for i < s.end && !isLatinLetter(d.runes[i]) {
		i++
	}
	w0 := i
	for i < s.end && isLatinLetter(d.runes[i]) {
		i++
	}
	return string(d.runes[w0:i]), w0, i
}

// referringAfterOpener returns where the main clause starts when the first comma after i,
// within 80 code points of w0, closes the opening clause before a referring word.
func referringAfterOpener(d *doc, s span, w0, i int) (int, bool) {
	for k := i; k < s.end && k < w0+80; k++ {
		if d.runes[k] != ',' {
			continue
		}
		j := k + 1
		for j < s.end && d.runes[j] == ' ' {
			j++
		}
		head := strings.ToLower(string(d.runes[j:min(s.end, j+20)]))
		for _, p := range enCompanyPronouns {
			if strings.HasPrefix(head, p) {
				return j, true
			}
		}
		if _, ok := enReferringPhrase(d, span{j, s.end}); ok {
			return j, true
		}
		return 0, false
	}
	return 0, false
}
