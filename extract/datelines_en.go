package extract

import (
	"strings"
)

// English news opens its first paragraph with a dateline that is no part of the sentence:
// "HONG KONG--(BUSINESS WIRE)--Acme today announced …", "HONG KONG, Aug 27 (Reuters) - Acme
// said …", "SINGAPORE, March 3, 2026 /PRNewswire/ -- Acme …". The wire named there is no
// subject of the verb that follows; splitDatelines ends a sentence after the dateline so the
// sentence's subject is the first name after it.
//
// A legal-form abbreviation also ends a sentence when a word that opens sentences follows it
// ("… through its subsidiary Acme (Macau) Ltd. The merged group plans …"): "Ltd." is both the
// name's end and the full stop.
func splitDatelines(r []rune, sents []span) []span {
	var out []span
	for _, s := range sents {
		for {
			at := datelineEnd(r, s)
			if at < 0 {
				at = legalFormStop(r, s)
			}
			if at < 0 {
				break
			}
			out = append(out, trimSpan(r, span{s.start, at}))
			s = trimSpan(r, span{at, s.end})
		}
		if s.end > s.start {
			out = append(out, s)
		}
	}
	return out
}

func trimSpan(r []rune, s span) span {
	for s.start < s.end && isSpace(r[s.start]) {
		s.start++
	}
	for s.end > s.start && isSpace(r[s.end-1]) {
		s.end--
	}
	return s
}

// datelineEnd is where the text after a dateline opening sentence s starts, or -1: the dateline
// opens with a place in capitals and ends with a wire in brackets or slashes and a dash
// ("--(BUSINESS WIRE)--", "(Reuters) -", "/PRNewswire/ --").
func datelineEnd(r []rune, s span) int {
	const maxDateline = 80
	if s.end-s.start < 8 || !capitalsWord(r, s.start) {
		return -1
	}
	lim := min(s.end, s.start+maxDateline)
	for i := s.start; i < lim; i++ {
		var close rune
		switch r[i] {
		case '(':
			close = ')'
		case '/':
			close = '/'
		default:
			continue
		}
		j := i + 1
		for j < lim && r[j] != close && r[j] != '\n' {
			j++
		}
		if j >= lim || r[j] != close || j-i < 3 || !wireName(string(r[i+1:j])) {
			continue
		}
		k := j + 1
		for k < s.end && r[k] == ' ' {
			k++
		}
		n := 0
		for k < s.end && (r[k] == '-' || r[k] == '–' || r[k] == '—') {
			k++
			n++
		}
		if n == 0 || k >= s.end {
			continue
		}
		return k
	}
	return -1
}

// capitalsWord reports whether a word of two or more capital letters opens position i
// (HONG KONG, SINGAPORE, NEW YORK).
func capitalsWord(r []rune, i int) bool {
	n := 0
	for ; i < len(r) && r[i] >= 'A' && r[i] <= 'Z'; i++ {
		n++
	}
	return n >= 2 && (i == len(r) || !isLatinLetter(r[i]))
}

// wireName reports whether s can name a news wire in a dateline: one to three capitalised
// words, no digit ("Reuters", "BUSINESS WIRE", "PRNewswire", "GLOBE NEWSWIRE").
func wireName(s string) bool {
	w := strings.Fields(s)
	if len(w) == 0 || len(w) > 3 {
		return false
	}
	for _, x := range w {
		if !isCapitalised(x) {
			return false
		}
		for _, c := range x {
			if !isLatinLetter(c) && c != '-' && c != '.' {
				return false
			}
		}
	}
	return true
}

// legalForms are the abbreviated legal forms whose full stop may also end a sentence.
var legalForms = map[string]bool{"ltd": true, "inc": true, "corp": true, "plc": true, "bhd": true, "llc": true}

// sentenceOpeners are words that open an English sentence and never continue a company's
// name after its legal form.
var sentenceOpeners = map[string]bool{"The": true, "It": true, "Its": true, "He": true, "She": true, "They": true,
	"We": true, "This": true, "These": true, "Their": true, "His": true, "Her": true, "In": true, "On": true,
	"Last": true, "Earlier": true, "Separately": true, "Meanwhile": true, "But": true, "Shares": true}

// legalFormStop is where the sentence after "Ltd." (or Inc., Corp. …) starts inside s, or -1.
func legalFormStop(r []rune, s span) int {
	for i := s.start + 1; i+2 < s.end; i++ {
		if r[i] != '.' || r[i+1] != ' ' {
			continue
		}
		j := i
		for j > s.start && isLatinLetter(r[j-1]) {
			j--
		}
		if !legalForms[strings.ToLower(string(r[j:i]))] {
			continue
		}
		k := i + 2
		e := k
		for e < s.end && isLatinLetter(r[e]) {
			e++
		}
		if sentenceOpeners[string(r[k:e])] {
			return i + 1
		}
	}
	return -1
}
