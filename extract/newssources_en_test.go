package extract

import "testing"

// An outlet a story was told to or learned by, and a post read as a body, are no parties.
// Invented sentences.
func TestNewsSourcesAndTitlesEn(t *testing.T) {
	for _, c := range []struct {
		sentence, name string
		want           bool
	}{
		{"Orbisense will close in May, its chief executive told Harbour Daily on Monday.", "Harbour Daily", true},
		{"Kestrel Fund has backed three start-ups, Harbour Daily has learned.", "Harbour Daily", true},
		{"Harbour Daily has learned that Kestrel Fund backed Orbisense, and Kestrel Fund confirmed it.", "Kestrel Fund", false},
		{"Harbour Daily acquired Orbisense.", "Harbour Daily", false},
	} {
		if got := enNewsSourceEnd(c.sentence, c.name); got != c.want {
			t.Errorf("%s / %s: source %v, want %v", c.sentence, c.name, got, c.want)
		}
	}
	for _, c := range []struct {
		name string
		want bool
	}{
		{"PolyU Vice-President for Research", true},
		{"Kestrel Chief Technology Officer", true},
		{"Kestrel Partners", false},
		{"Directors Guild", false},
	} {
		if got := enTitleWordRe.MatchString(c.name); got != c.want {
			t.Errorf("%s: title %v, want %v", c.name, got, c.want)
		}
	}
}
