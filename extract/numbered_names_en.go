package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
	"github.com/hkgraph/hkgraph/textnorm"
)

// romanNumerals number the funds and editions of one name: Harbourline Fund II.
var romanNumerals = map[string]bool{"II": true, "III": true, "IV": true, "V": true, "VI": true, "VII": true, "VIII": true, "IX": true, "X": true}

// numberAfterName extends an English name that ends with a kind word at words[wi] over the
// number that follows it on the same line: a fund's roman numeral (Fund II) or an event's year
// (Summit 2025). It returns end unchanged otherwise.
func numberAfterName(d *doc, words []word, wi, end int) int {
	if wi+1 >= len(words) || words[wi].end != end || words[wi+1].start != end+1 || d.runes[end] != ' ' {
		return end
	}
	n := words[wi+1].text
	kind := enCues[strings.ToLower(words[wi].text)]
	if kind == kg.KindFund && (romanNumerals[strings.TrimSuffix(n, ".")] || fundOne(d, words[wi+1]) || fundDigit(d, words, wi+1)) { // fundOne; fundDigit (fundnumbers_en.go)
		return words[wi+1].start + len([]rune(strings.TrimSuffix(n, ".")))
	}
	return end
}

// enHonorifics stand before a person's name: "Professor Grace Yip", "Dr Kevin Lau".
var enHonorifics = map[string]bool{"Professor": true, "Prof": true, "Prof.": true, "Dr": true, "Dr.": true, "Mr": true,
	"Mr.": true, "Ms": true, "Ms.": true, "Mrs": true, "Mrs.": true, "Sir": true, "Dame": true}

// honorificPerson reads a capitalised run that opens with an honorific and goes on with two or
// three capitalised words as the person named ("Professor Alan Cheung" → Alan Cheung).
func honorificPerson(m mention) (mention, bool) {
	w := strings.Fields(m.name)
	if len(w) < 3 || !enHonorifics[w[0]] {
		return m, false
	}
	n := 1
	for n < len(w) && isCapitalised(w[n]) && enCues[strings.ToLower(w[n])] == "" && !enTopicWords[w[n]] {
		n++
	}
	if n < 3 || n > 4 || n < len(w) && !enConnectors[w[n]] {
		return m, false // "Professor Helen Mak of": the run went on into "of …"
	}
	k := strings.Index(m.name, w[1])
	e := strings.Index(m.name[k:], w[n-1]) + k + len(w[n-1])
	m.start += len([]rune(m.name[:k]))
	m.end = m.start + len([]rune(m.name[k:e]))
	m.name = m.name[k:e]
	m.kind = kg.KindPerson
	return m, true
}

// hyphenNouns end hyphenated nouns that are words of a name, not a modifier before it:
// "Best Start-up Award", "Plug-in".
var hyphenNouns = map[string]bool{"up": true, "in": true, "on": true}

// afterHyphenModifier cuts a modifier such as "Singapore-based" or "Shenzhen-listed" off the
// front of an English name.
func afterHyphenModifier(m mention) (mention, bool) {
	w := strings.Fields(m.name)
	if len(w) < 2 || !hyphenModifier(w[0]) || textnorm.HasHan(m.name) {
		return m, false
	}
	k := strings.Index(m.name, w[1])
	m.start += len([]rune(m.name[:k]))
	m.name = m.name[k:]
	return m, true
}

// enAbbrevs end with a full stop inside a name: "Lee & Co. Family Office".
var enAbbrevs = map[string]bool{"Co.": true, "St.": true, "Mt.": true, "Bros.": true, "Intl.": true, "Pte.": true} // Pte. Ltd.

// afterPartitive cuts "Shares of", "Investors of", "Most of" off the front of an English name: a
// common noun and "of" before a name take part of it, they do not name it.
func afterPartitive(m mention) (mention, bool) {
	w := strings.Fields(m.name)
	if len(w) < 3 || w[1] != "of" || !(enCommonOpeners[w[0]] || enPartitives[w[0]]) {
		return m, false
	}
	k := strings.Index(m.name, " of ") + len(" of ")
	m.start += len([]rune(m.name[:k]))
	m.name = m.name[k:]
	return m, true
}

// afterListingBoard cuts a listing board off the front of an English name of an exchange: "Main
// Board of The Stock Exchange of Hong Kong Limited" names the exchange (the board phrase stood
// between the two ends of LISTED_ON facts in three study texts).
func afterListingBoard(m mention) (mention, bool) {
	low := strings.ToLower(m.name)
	for _, b := range []string{"main board of ", "gem of ", "growth enterprise market of "} {
		if rest := low[min(len(b), len(low)):]; strings.HasPrefix(low, b) &&
			(strings.Contains(rest, "exchange") || rest == "hkex" || rest == "sehk") {
			k := len(b)
			m.start += len([]rune(m.name[:k]))
			m.name = m.name[k:]
			return m, true
		}
	}
	return m, false
}

// enPartitives take part of what follows "of": "Most of", "Units of", "Employees of".
var enPartitives = map[string]bool{"Most": true, "Some": true, "Many": true, "All": true, "Both": true, "Each": true,
	"One": true, "Two": true, "Units": true, "Employees": true, "Staff": true, "Members": true, "Parts": true}

// placeLedName reports whether a run of capitalised English words opens with a place and goes on
// with two or more capitalised words that are no title (Asia Tech Ledger, Shanghai STAR Market,
// Hong Kong Jockey Club Charities Trust): the place is the first word of a name, not the entity.
func placeLedName(ms []mention, m mention) bool {
	w := strings.Fields(m.name)
	if len(w) < 3 || m.kind != kg.KindOrganization {
		return false
	}
	for _, p := range ms {
		if p.kind != kg.KindPlace || p.start != m.start || p.end >= m.end {
			continue
		}
		rest := strings.Fields(strings.TrimSpace(m.name[len(string([]rune(m.name)[:p.end-p.start])):]))
		if len(rest) < 2 {
			return false
		}
		for _, x := range rest {
			if !isCapitalised(x) || enTitleEnds[x] || enPostWords[x] || enRoleWords[x] || enNotNames[x] || enHonorifics[x] {
				return false
			}
		}
		return true
	}
	return false
}

// enFunctionWords may follow a place without making it a modifier: "in Kwai Chung from next year".
var enFunctionWords = map[string]bool{"from": true, "since": true, "and": true, "for": true, "to": true, "on": true, "at": true,
	"with": true, "by": true, "last": true, "next": true, "this": true, "until": true, "where": true, "which": true, "that": true,
	"in": true, "early": true, "later": true, "earlier": true}

// functionWordAt reports whether the word after the space at i is one of enFunctionWords.
func functionWordAt(d *doc, i int) bool { return wordAfterIn(d, i, enFunctionWords) }

// wordAfterIn reports whether the Latin word after the space at i is in set.
func wordAfterIn(d *doc, i int, set map[string]bool) bool {
	j := i + 1
	for j < len(d.runes) && isLatinLetter(d.runes[j]) {
		j++
	}
	return i+1 < j && set[string(d.runes[i+1:j])]
}

// enUnitWords name a company's local part after a place: "the Hong Kong subsidiary of X".
var enUnitWords = map[string]bool{"subsidiary": true, "arm": true, "unit": true, "branch": true, "affiliate": true, "office": true}

// unitWordAt reports whether the word after the space at i is one of enUnitWords.
func unitWordAt(d *doc, i int) bool { return wordAfterIn(d, i, enUnitWords) }
