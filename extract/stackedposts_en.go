package extract

import "strings"

// "founded by A, a surgeon trained at X, and B, its chief technology officer, formerly of Y":
// B's post stands between B and the cue of B's past, as an apposition of its own. The cue
// describes B, the name before the post, not the sentence's first person.

// postApposition reports whether the English text between a person's name and a cue is a
// post alone in commas (", its chief technology officer, ", ", a partner, "): no clause, at
// most six words, ending in a post's head word.
func postApposition(between string) bool {
	if !strings.HasPrefix(between, ", ") || !strings.HasSuffix(between, ", ") || strings.Count(between, ",") != 2 {
		return false
	}
	w := strings.Fields(strings.ToLower(strings.Trim(between, ", ")))
	if len(w) == 0 || len(w) > 6 {
		return false
	}
	switch w[0] {
	case "its", "their", "his", "her", "the", "a", "an", "our":
		w = w[1:] // the post's determiner ("its chief technology officer")
	}
	if len(w) == 0 {
		return false
	}
	for _, x := range w {
		if enClauseWords[x] || x == "and" || x == "who" || x == "which" || strings.ContainsAny(x, ";:()\"") {
			return false
		}
	}
	return enTitleHeads[w[len(w)-1]] || enPostHeads[w[len(w)-1]]
}
