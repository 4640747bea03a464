package extract

import (
	"slices"
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// English news stacks asides after a person's name: "…, and Arjun Pillai, its chief technology
// officer, formerly of Siemens Healthineers". A cue said of people that follows such an aside
// ("formerly of", "previously at") speaks of the person the aside describes, not of the
// sentence's first person.

// asideChainPerson returns the person named right before the one aside that ends at the cue at
// i: "NAME, <aside>, cue", the aside opening with a lower-case word and holding no comma.
func asideChainPerson(d *doc, ms []mention, i int) (mention, bool) {
	r := d.runes
	if d.lang != "en" || i < 4 || r[i-1] != ' ' || r[i-2] != ',' {
		return mention{}, false
	}
	j := i - 2 // the comma that closes the aside
	k := j - 1
	for k > 0 && j-k < 60 && r[k] != ',' {
		if strings.ContainsRune(".;:()\"“”", r[k]) {
			return mention{}, false
		}
		k--
	}
	if k <= 0 || r[k] != ',' || k+2 >= j || r[k+1] != ' ' || !(r[k+2] >= 'a' && r[k+2] <= 'z') {
		return mention{}, false
	}
	for _, m := range ms {
		if m.end == k && m.kind == kg.KindPerson {
			return m, true
		}
	}
	return mention{}, false
}

// studyParticipleGap reports whether the noun phrase of an apposition ends with a participle of
// study ("an orthopaedic surgeon trained at X", "a lawyer educated at Y"): the school is where
// the person studied (the cues "trained at", "educated at"), not an employer.
func studyParticipleGap(d *doc, a, b int) bool {
	g := strings.TrimSpace(string(d.folded[a:b]))
	for _, w := range []string{" trained", " educated", " schooled"} {
		if strings.HasSuffix(" "+g, w) {
			return true
		}
	}
	return false
}

// enPastAsideOpeners open an aside that gives a person's past post before the title: "Felix
// Tang, previously chief financial officer of X" (englishNameBefore; formerBefore makes the post
// past).
var enPastAsideOpeners = []string{", previously the", ", previously a", ", previously an", ", previously",
	", formerly the", ", formerly a", ", formerly an", ", formerly", ", until recently", ", most recently"}

// trainedBefore reports whether "trained " stands right before position i ("who trained as a
// pharmacologist at X"): the "as a * at" that follows says where the person studied.
func trainedBefore(d *doc, i int) bool {
	return hasSuffixAt(d.folded, i, "trained ") || hasSuffixAt(d.folded, i, "qualified ")
}

// theNounBefore returns " the NOUN" ending at i when NOUN is one lower-case word (the insurer,
// the lender, the chipmaker): a word for the company the sentence is about.
func theNounBefore(d *doc, i int) (string, bool) {
	r := d.runes
	k := i
	for k > 0 && (r[k-1] >= 'a' && r[k-1] <= 'z' || r[k-1] == '-') {
		k--
	}
	if k == i || i-k > 15 || !hasSuffixAt(d.folded, k, " the ") {
		return "", false
	}
	return string(d.folded[k-len(" the ") : i]), true
}

// enPresentAsideOpeners open an aside that gives a person's present post before the title:
// "Anna Poon, who is now a partner at X", "Tom Yiu, who serves as chief executive of X", "Jade
// Wong, now chief operating officer of X".
var enPresentAsideOpeners = []string{", who is now a", ", who is now an", ", who is now the", ", who is now", ", who now serves as",
	", who serves as", ", who is also a", ", who is also an", ", who is also the", ", who is also", ", who is a", ", who is an",
	", who is the", ", now a", ", now an", ", now the", ", now"}

// enNameBeforeGaps stand between a person's name and the title after it (englishNameBefore):
// the past and present aside openers, then the articles and possessives ("Tom Leung, the
// former head of X", "Anjali Rao, its chief technology officer"), longer before shorter.
var enNameBeforeGaps = slices.Concat(enPastAsideOpeners, enPresentAsideOpeners,
	[]string{", the former", ", a former", ", former", ", its former", ", the", ", a", ", an", ", its", ", his", ", her", ", their"})
