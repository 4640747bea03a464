package extract

import (
	"regexp"
	"strings"
)

// enLeadingDateRe: an English date that opens a sentence without a comma ("In 2024 it merged
// with …", "Last year the company expanded into …", "In March the start-up …").
var enLeadingDateRe = regexp.MustCompile(`^(?:(?:in|by|since) (?:early |late |mid-)?(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)(?: (?:19|20)[0-9]{2})?|(?:19|20)[0-9]{2})|(?:earlier |later )?(?:last|this|next) (?:year|month|week|quarter)|earlier this (?:year|month)) `)

// enPronounsAfterDate are the subjects that refer back and may follow such a date.
var enPronounsAfterDate = []string{"it ", "its ", "the company", "the startup", "the start-up", "the firm", "the group", "the fund", "the platform", "they "}

// afterEnglishLeadingDate skips a date that opens an English sentence without a comma when a
// word that refers back follows it: the date is no subject, and the sentence's subject is the
// one the pronoun carries over (the Chinese afterLeadingDate's English twin).
func afterEnglishLeadingDate(d *doc, start, end int) int {
	head := string(d.folded[start:min(end, start+40)])
	loc := enLeadingDateRe.FindStringIndex(strings.ToLower(head))
	if loc == nil {
		return start
	}
	rest := strings.ToLower(head[loc[1]:])
	for _, p := range enPronounsAfterDate {
		if strings.HasPrefix(rest, p) {
			return start + len([]rune(head[:loc[1]]))
		}
	}
	return start
}
