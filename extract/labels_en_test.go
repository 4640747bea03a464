package extract

import "testing"

// The labels of a results summary's lines, a legal form cut off its company and a
// capitalised quantifier carry no facts.
func TestEnglishNonNameEnds(t *testing.T) {
	summary := "Harbour Robotics Holdings Limited reported interim results on Monday.\n\n" +
		"Highlights of the period:\n\n" +
		"- Expansion: a regional office opened in Riyadh in May, serving customers in the Gulf.\n" +
		"- Joint venture: a two-year deal with the Hospital Authority to supply ward robots.\n"
	checkRelAbsent(t, []relCase{
		{"en", summary, []string{"LOCATED_IN Expansion > Riyadh", "TARGETS_MARKET Expansion > Gulf",
			"PARTNERED_WITH Joint > Hospital Authority", "PARTNERED_WITH Hospital Authority > Joint"}},
	})
	cases := []struct {
		name string
		want bool
	}{
		{"Most", true}, {"Co., Ltd.", true}, {"Limited", true}, {"Expansion", true}, {"Joint", true},
		{"Harbour Robotics", false}, {"Riyadh", false},
	}
	d := newDoc(Input{Text: summary, Language: "en"})
	for _, c := range cases {
		if got := enNonNameEnd(d, c.name); got != c.want {
			t.Errorf("enNonNameEnd(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}
