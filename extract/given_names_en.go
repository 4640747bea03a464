package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
	"github.com/hkgraph/hkgraph/textnorm"
)

// givenNamePerson reads a run of two or three capitalised words that opens with a common
// English given name as a person ("Samuel Ho", "Peter Kwok", "Priscilla Ng Wing-sze"), when no
// word of it marks an organisation ("Grace Capital", "Victoria Harbour Labs").
func givenNamePerson(m mention) (mention, bool) {
	if m.kind != kg.KindOrganization && m.kind != "" {
		return m, false
	}
	w := strings.Fields(m.name)
	if len(w) < 2 || len(w) > 3 || !enGivenNames[w[0]] && !cantoneseName(w) {
		return m, false
	}
	if !personNameWords(w[1:]) {
		return m, false
	}
	m.kind = kg.KindPerson
	return m, true
}

// cantoneseName reports whether w is written as Hong Kong news writes Cantonese names: a short
// surname (and an English given name before it) and a hyphenated given name last ("Horizons
// Ventures, Li Ka-shing's investment vehicle", Vivian Tsang Wai-man); no place opens it
// ("Kwun Tong-style").
func cantoneseName(w []string) bool {
	last := w[len(w)-1]
	_, given, _ := strings.Cut(last, "-")
	if !hyphenatedGivenName(last) || len(given) > 5 || !personNameWords(w[:1]) {
		return false
	}
	for _, x := range w[:len(w)-1] {
		if len(x) > 8 || enNotNames[x] || isPlaceName(textnorm.Fold(x)) {
			return false
		}
	}
	return true
}

// personNameWords reports whether each word may be part of a person's name: capitalised, and
// no kind word, topic, title, connector or acronym.
func personNameWords(ws []string) bool {
	for _, x := range ws {
		if !isCapitalised(x) || enCues[strings.ToLower(x)] != "" || enTopicWords[x] || enNotNameWords[x] ||
			enTitleEnds[x] || enConnectors[strings.ToLower(x)] || strings.ToUpper(x) == x {
			return false
		}
	}
	return true
}

// enGivenNames are English given names common in Hong Kong and international business news.
var enGivenNames = wordSet(`Aaron Adam Adrian Alan Albert Alex Alexander Alfred Alice Alvin Amanda Amy Andrew Andy
Angela Anita Ann Anna Anne Annie Anthony Antonio Arthur Ben Benjamin Benson Betty Bill Bob Bonnie Brian Bruce
Calvin Carmen Carol Caroline Carrie Catherine Cathy Cecilia Charles Charlie Charlotte Cherry Chris Christina
Christine Christopher Cindy Claire Clara Daisy Daniel Danny David Dennis Derek Diana Dominic Donald Doris Douglas
Edmond Edward Edwin Elaine Eleanor Elizabeth Ellen Emily Emma Eric Erica Esther Eugene Eva Evelyn Felix Fiona
Frank Frankie Franklin Fred Gary George Gloria Grace Hannah Harry Helen Henry Howard Ian Irene Isaac Ivan Ivy Jack
Jacky Jacqueline James Jane Janet Jason Jasmine Jeffrey Jennifer Jenny Jeremy Jessica Jimmy Joan Joanna Joe John
Johnny Jonathan Joseph Joshua Joyce Judy Julia Julian Justin Karen Kate Katherine Keith Kelly Kelvin Kenneth Kevin
Kitty Lawrence Leo Leon Leslie Lily Linda Lisa Louis Lucy Maggie Marco Margaret Maria Mark Martin Mary Matthew
Maurice Max Melissa Michael Michelle Nancy Natalie Nicholas Nicole Nina Oliver Olivia Oscar Patrick Paul Paula
Peggy Peter Philip Priscilla Rachel Ray Raymond Rebecca Richard Rita Robert Robin Roger Ronald Rose Ruby Ryan Sally
Samantha Samuel Sandra Sarah Simon Sophia Sophie Stanley Stella Stephanie Stephen Steven Susan Sylvia Terence
Teresa Thomas Timothy Tina Tom Tommy Tony Vanessa Victor Vincent Vivian Wendy William Winnie Yvonne Zoe
Ada Agnes Alicia Andrea Angus Anson Audrey Barbara Bernard Brenda Bryan Carl Carson Cheryl Chloe Clement Colin
Connie Craig Cyrus Dana Desmond Dorothy Eddie Elsie Ernest Ethan Gordon Heidi Helena Hugo
Isabel Isabella Jamie Jessie Jill Joey Josephine Kathy Kenny Laura Lauren Leonard Louise Mabel Mandy Marcus Matt
Maya Megan Mike Miranda Monica Nathan Neil Nelson Noah Norman Patricia Phoebe Queenie Rosa Roy Russell Ruth Sam
Scott Sean Sharon Shirley Sonia Steve Stuart Tiffany Toby Trevor Vera Veronica Walter Wayne Yvette
Priya Arjun Rahul Nikhil Anil Ravi Sanjay Amit Deepak Vikram Anand Neha Pooja Ananya Rohan`)

func wordSet(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(s) {
		out[w] = true
	}
	return out
}

// monthAlone reports whether a capitalised run is a month name alone ("in May", "in June"):
// a date, no entity.
func monthAlone(name string) bool {
	return !strings.Contains(name, " ") && enMonths[strings.ToLower(name)] > 0
}

// shortSurnameMentions finds a person named again by a two-letter surname ("Samuel Ho … Ho
// studied chemistry", "Daniel Wu … Wu is a graduate"), which the alias matcher leaves out as
// too short: the word written with its capital, standing alone, in a span no other mention
// takes.
func shortSurnameMentions(d *doc, aliasOf map[string]mention, taken []bool) []mention {
	var out []mention
	for a, src := range aliasOf {
		r := []rune(a)
		if src.kind != kg.KindPerson || len(r) != 2 || !isCapitalised(a) || textnorm.HasHan(a) {
			continue
		}
		for i := 0; i+2 <= len(d.runes); i++ {
			if d.runes[i] != r[0] || d.runes[i+1] != r[1] || isWordRune(at(d.runes, i-1)) || isWordRune(at(d.runes, i+2)) ||
				taken[i] || taken[i+1] || at(d.runes, i+2) == '-' || at(d.runes, i-1) == '-' {
				continue
			}
			out = append(out, mention{start: i, end: i + 2, name: a, id: src.id, key: src.key, kind: src.kind})
			taken[i], taken[i+1] = true, true
		}
	}
	return out
}

// possessiveGap reports whether the text between an organisation and a title that follows it
// is a possessive, bare or with words for the title's scope ("Quillon Systems' chief executive",
// "Ant Group's international CTO", "Jade Group's regional managing director").
func possessiveGap(gap string) bool {
	for _, p := range []string{"'s", "’s", "'", "’"} {
		if gap == p {
			return true
		}
		if rest, ok := strings.CutPrefix(gap, p+" "); ok {
			for _, w := range strings.Fields(rest) {
				if !titleScopes[w] {
					return false
				}
			}
			return true
		}
	}
	return false
}

// titleScopes narrow a title to a region or a period without changing what it says.
var titleScopes = wordSet(`international global regional group asia asia-pacific apac china greater mainland local
overseas hong kong new incoming interim acting current`)

// appositionNounX13 widens the nouns of an apposition that calls the name before it a body or an
// event ("Fintech Saudi, the Saudi fintech hub", "FinNext Asia 2025, the two-day fintech summit").
func appositionNounX13(w string) bool {
	return contains(enEventNouns, w) || w == "hub" || w == "association" || w == "alliance"
}

// isYearWord reports whether w is a year that ends an edition's name ("FinNext Asia 2025").
func isYearWord(w string) bool {
	return len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && strings.Trim(w, "0123456789") == ""
}

// opensClauseAfterOpener reports whether position i follows a short opening phrase and its comma
// ("On day one, Fintech Saudi …", "Last week, Invest Hong Kong …") that opens its sentence.
func opensClauseAfterOpener(d *doc, i int) bool {
	k := i - 1
	for k >= 0 && d.runes[k] == ' ' {
		k--
	}
	if k < 0 || d.runes[k] != ',' {
		return false
	}
	j := k
	for j > 0 && d.runes[j-1] != '.' && d.runes[j-1] != '\n' && d.runes[j-1] != ',' {
		j--
	}
	n := len(strings.Fields(string(d.runes[j:k])))
	return n >= 1 && n <= 4 && opensSentence(d, j)
}

// afterLineBreak reports whether only spaces and a line break stand before position i: a name
// opening a paragraph after a headline with no full stop.
func afterLineBreak(d *doc, i int) bool {
	k := i - 1
	for k >= 0 && (d.runes[k] == ' ' || d.runes[k] == '\t') {
		k--
	}
	return k >= 0 && (d.runes[k] == '\n' || d.runes[k] == '\r')
}

// yearBeforeName extends a policy document's or an event's name over the year written before
// it ("the 2025 Policy Address", "the 2024-25 Budget", "the 2025 Hong Kong Fintech Week"): the
// year is part of the name.
func yearBeforeName(d *doc, m mention) (mention, bool) {
	w := strings.Fields(m.name)
	if len(w) == 0 || !(yearNamedEnds[w[len(w)-1]] || contains(enEventNouns, strings.ToLower(w[len(w)-1]))) || m.start < 6 {
		return m, false
	}
	k := m.start - 1
	if d.runes[k] != ' ' {
		return m, false
	}
	j := k
	for j > 0 && (isDigit(d.runes[j-1]) || d.runes[j-1] == '-' || d.runes[j-1] == '/') {
		j--
	}
	y := string(d.runes[j:k])
	if len(y) < 4 || !isYearWord(y[:4]) || j > 0 && isWordRune(d.runes[j-1]) {
		return m, false
	}
	m.name = y + " " + m.name
	m.start = j
	if yearNamedEnds[w[len(w)-1]] {
		m.kind = kg.KindPolicy
	}
	return m, true
}

// yearNamedEnds end the names of policy documents that carry their year.
var yearNamedEnds = wordSet(`Address Budget Blueprint Agenda`)

// surnameParkPerson reads a two-word name that a facility's word "Park" made a place as the
// person it names when the other word is a given name: "Park Ji-hoon" (a Korean surname
// before a hyphenated given name) or "Alan Park" (a common given name before it). A park is
// named by a place or a field ("Science Park", "Kowloon Park"), not by a person's given name.
func surnameParkPerson(m mention) (mention, bool) {
	w := strings.Fields(m.name)
	if len(w) != 2 || m.id != "" {
		return m, false
	}
	given := w[0] == "Park" && hyphenatedGivenName(w[1]) || w[1] == "Park" && enGivenNames[w[0]]
	if !given {
		return m, false
	}
	m.kind = kg.KindPerson
	return m, true
}

// hyphenatedGivenName reports whether a word is an East Asian given name written with a
// hyphen: a capital, lower-case letters, a hyphen, lower-case letters (Ji-hoon, Ka-lok).
func hyphenatedGivenName(s string) bool {
	a, b, ok := strings.Cut(s, "-")
	if !ok || len(a) < 2 || len(b) < 2 || !isCapitalised(a) || strings.ToLower(a[1:]) != a[1:] || strings.ToLower(b) != b {
		return false
	}
	return true
}
