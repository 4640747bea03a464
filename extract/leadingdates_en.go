package extract

import "strings"

// enPronounsAfterDate are the words that refer back to the subject named before.
var enPronounsAfterDate = []string{"it ", "its ", "the company ", "the company's ", "the firm ", "the start-up ", "the startup ", "the group "}

// enLeadingDate skips an English date that opens a clause without a comma when a word that
// refers back follows it ("In 2024 it merged with X, a rival.", "In March the company opened
// …"): the clause's subject is the one the pronoun carries over, not the first name after
// it, so the sentence is no new subject for the sentences that follow. f is folded (lower
// case); the answer is i when no such date opens at i.
func enLeadingDate(f []rune, i, end int) int {
	j := i
	if hasPrefixAt(f, j, "in ") {
		j += 3
		j = skipWordIf(f, j, end, func(w string) bool { _, ok := enMonths[w]; return ok })
		j = skipWordIf(f, j, end, isYear)
	} else {
		for _, w := range []string{"last year ", "this year ", "last month ", "earlier this year ", "later that year ", "that year "} {
			if hasPrefixAt(f, j, w) {
				j += len([]rune(w))
				break
			}
		}
	}
	if j == i || j == i+3 {
		return i
	}
	for _, p := range enPronounsAfterDate {
		if hasPrefixAt(f, j, p) {
			return j
		}
	}
	return i
}

// skipWordIf skips the word at j and the space after it when ok accepts it.
func skipWordIf(f []rune, j, end int, ok func(string) bool) int {
	k := j
	for k < end && f[k] != ' ' && f[k] != ',' {
		k++
	}
	if k == j || k >= end || f[k] != ' ' || !ok(strings.TrimSpace(string(f[j:k]))) {
		return j
	}
	return k + 1
}

func isYear(w string) bool {
	if len(w) != 4 {
		return false
	}
	for _, c := range w {
		if c < '0' || c > '9' {
			return false
		}
	}
	return w >= "1950" && w <= "2100"
}
