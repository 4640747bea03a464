package extract

import "regexp"

// "appointed Jane Liu … as head of its international logistics business": the head of a
// business, a division or a unit works at the company; she does not lead it.

var enDivisionPostRe = regexp.MustCompile(`\bas (?:the )?(?:head|chief|director|president|chief executive|general manager|managing director)(?: [a-z-]+)? of (?:its|the group's|the company's|the firm's|the bank's) (?:[a-z-]+ ){0,4}(?:business|businesses|division|unit|operations|arm|team|department|segment)\b`)

// enDivisionPost reports whether the English text from i to limit names a post at the head of
// a part of the organisation.
func enDivisionPost(d *doc, i, limit int) bool {
	if d.lang != "en" || i >= limit {
		return false
	}
	return enDivisionPostRe.MatchString(string(d.folded[i:min(limit, i+160)]))
}
