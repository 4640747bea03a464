package extract

import "testing"

// A name introduced as the subject's product (", its wearable heart monitor") passes its
// market, partner and prize facts to its owner.
func TestProductFactsToOwners(t *testing.T) {
	text := "Hong Kong-based Corallo Bio said on Monday that regulators had approved CardioPatch, its wearable heart monitor.\n\n" +
		"CardioPatch is used in 12 clinics in Hong Kong and Macau."
	checkRelCases(t, []relCase{{"en", text, []string{"TARGETS_MARKET Corallo Bio > Macau"}}}, nil)
	checkRelAbsent(t, []relCase{{"en", text, []string{"TARGETS_MARKET CardioPatch > Macau"}}})
	for _, c := range []struct {
		text string
		want bool
	}{
		{"X, its AI software that reads scans", true},
		{"X, their mobile payment app", true},
		{"X, its venture capital arm", false},
		{"X, its largest shareholder", false},
	} {
		d := newDoc(Input{Text: c.text, Language: "en"})
		if got := productApposition(d, 1, len(d.runes)); got != c.want {
			t.Errorf("productApposition(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
