package extract

import "testing"

// A date opening an English sentence without a comma, then a pronoun: the pronoun is the
// subject, carried from before. Invented sentences.
func TestEnglishLeadingDateBeforePronoun(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Nuvola Pay, a Hong Kong-based startup, raised US$8 million. In 2023 it merged with Baltra Systems, a Jakarta-based rival. It sells in Hong Kong, Indonesia and Vietnam.",
			[]string{"TARGETS_MARKET Nuvola Pay > Indonesia", "TARGETS_MARKET Nuvola Pay > Vietnam"},
			[]string{"TARGETS_MARKET Baltra Systems > Indonesia"}},
		{"Kestrel Robotics makes warehouse robots. Last year the company acquired Tomo Logistics, a Tokyo-based integrator. It now sells in Japan and Korea.",
			[]string{"TARGETS_MARKET Kestrel Robotics > Japan"}, []string{"TARGETS_MARKET Tomo Logistics > Japan"}},
	})
}

// A prepositional opener before a pronoun ("Through its subsidiary X, it …"): the pronoun is
// the subject, carried from before. Invented sentences.
func TestEnglishPrepositionOpener(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Harbour Power Holdings signed a deal with the university. Through its subsidiary Harbour Solar, it sells rooftop panels in Vietnam and Thailand.",
			[]string{"TARGETS_MARKET Harbour Solar > Vietnam"}, nil},
		{"Orbix Labs raised US$5 million. With the new money, the company will sell in Japan.",
			[]string{"TARGETS_MARKET Orbix Labs > Japan"}, nil},
	})
}

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
