package extract

// enClauseOpeners open a clause with a capital at a sentence's start and never a name: "When
// Civil Aviation Department officials watched …", "After Harbour Capital led the round …". The
// walk left from a kind word over capitalised words stops after them.
var enClauseOpeners = map[string]bool{"When": true, "While": true, "Whilst": true, "If": true, "Since": true, "During": true,
	"After": true, "Before": true, "Although": true, "Though": true, "Because": true, "Once": true, "Unless": true,
	"Until": true, "Whether": true, "Meanwhile": true, "However": true, "But": true, "Also": true, "Separately": true}

// initials reports whether r is capital initials joined by full stops ("J.P", "A.S"): the stop
// after them abbreviates a name, it ends no sentence.
func initials(r []rune) bool {
	if len(r) < 3 || len(r)%2 == 0 {
		return false
	}
	for i, c := range r {
		if i%2 == 0 && !(c >= 'A' && c <= 'Z') || i%2 == 1 && c != '.' {
			return false
		}
	}
	return true
}
