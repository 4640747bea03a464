package extract

import "testing"

// A date that opens a sentence without a comma, then "it": the sentence's subject is the one
// "it" carries over, so the name after the date is no subject for the next sentence's "It".
// Invented sentences.
func TestLeadingDateBeforePronounEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Orbisense, a Hong Kong-based start-up, raised US$8 million on Monday. In 2023 it merged with Tanjung Data, a Jakarta-based rival. It sells in Indonesia and Vietnam.",
			[]string{"TARGETS_MARKET Orbisense > Indonesia", "TARGETS_MARKET Orbisense > Vietnam"},
			[]string{"TARGETS_MARKET Tanjung Data > Indonesia"}},
		{"Orbisense, a Hong Kong-based start-up, raised US$8 million on Monday. In March 2024 the company acquired Tanjung Data, a Jakarta-based rival. It sells in Indonesia.",
			[]string{"TARGETS_MARKET Orbisense > Indonesia"}, []string{"TARGETS_MARKET Tanjung Data > Indonesia"}},
	})
}

// A market verb in a relative clause after an apposition belongs to the name the clause follows,
// not to the sentence's subject. Invented sentences.
func TestRelativeMarketVerbEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Orbisense raised US$8 million on Monday. Last year it bought Kestrel Fleet, a Danish maker of tracking software, which now operates as a unit in Copenhagen.",
			nil, []string{"TARGETS_MARKET Orbisense > Copenhagen"}},
	})
}

func TestEnLeadingDate(t *testing.T) {
	for _, c := range []struct {
		in   string
		skip int
	}{
		{"in 2024 it merged", 8},
		{"in march 2024 the company opened", 14},
		{"last year its revenue", 10},
		{"in 2024 orbisense merged", 0}, // a name, not a pronoun: the sentence's own subject
		{"in hong kong it sells", 0},    // a place, no date
	} {
		f := []rune(c.in)
		if got := enLeadingDate(f, 0, len(f)); got != c.skip {
			t.Errorf("%q: skip %d, want %d", c.in, got, c.skip)
		}
	}
}
