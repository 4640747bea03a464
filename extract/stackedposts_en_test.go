package extract

import "testing"

// A cue after a listed person's post in commas describes that person, not the list's first.
func TestStackedPostApposition(t *testing.T) {
	s := "Corallo Bio was founded in 2020 by Dr Helen Mak, a cardiologist who spent a decade at Queen Elizabeth Hospital, and Peter Lau, its chief operating officer, formerly of Roche, who holds an MBA from INSEAD."
	checkRelCases(t, []relCase{{"en", s, []string{"WORKED_AT Peter Lau > Roche", "EDUCATED_AT Peter Lau > INSEAD"}}}, nil)
	checkRelAbsent(t, []relCase{{"en", s, []string{"WORKED_AT Helen Mak > Roche"}}})
	for _, c := range []struct {
		between string
		want    bool
	}{
		{", its chief technology officer, ", true},
		{", a partner, ", true},
		{", who joined in 2020, ", false},
		{", the company said, ", false},
		{", ", false},
	} {
		if got := postApposition(c.between); got != c.want {
			t.Errorf("postApposition(%q) = %v, want %v", c.between, got, c.want)
		}
	}
}
