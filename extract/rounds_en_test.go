package extract

import "testing"

// "X led the round" after a sentence that reported the round: the round is the company's that
// raised it, or the investee the sentence before named; a company the sentence names itself
// wins; no round before, no investee. Invented sentences.
func TestRoundReferredBackEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Lumora Pay raised US$20 million in a Series B round. Harbourview Capital and Jade River Ventures co-led the round.",
			[]string{"INVESTED_IN Harbourview Capital > Lumora Pay", "INVESTED_IN Jade River Ventures > Lumora Pay"}, nil},
		{"Lumora Pay raised US$20 million. Harbourview Capital joined the round alongside Jade River Ventures.",
			[]string{"INVESTED_IN Harbourview Capital > Lumora Pay", "INVESTED_IN Jade River Ventures > Lumora Pay"}, nil},
		{"Lumora Pay has closed a US$20 million Series B funding round. Harbourview Capital led the round, with Jade River Ventures and Orbix Capital participating.",
			[]string{"INVESTED_IN Harbourview Capital > Lumora Pay", "INVESTED_IN Orbix Capital > Lumora Pay"}, nil},
		{"Lumora Pay announced a US$20 million Series B. Harbourview Capital led the investment.",
			[]string{"INVESTED_IN Harbourview Capital > Lumora Pay"}, nil},
		// The investee the sentence before named, not its investor.
		{"Orbix Capital invested US$5 million in Nimbus Robotics last year. Harbourview Capital led the round.",
			[]string{"INVESTED_IN Harbourview Capital > Nimbus Robotics"}, []string{"INVESTED_IN Harbourview Capital > Orbix Capital"}},
		// A company of the sentence's own before the list.
		{"Quillon Systems Limited was founded in 2020. Lumora Pay said Harbourview Capital led the round.",
			[]string{"INVESTED_IN Harbourview Capital > Lumora Pay"}, []string{"INVESTED_IN Harbourview Capital > Quillon Systems Limited"}},
		// No round reported before.
		{"Orbix Capital opened an office in Singapore. Harbourview Capital led the round.",
			nil, []string{"INVESTED_IN Harbourview Capital > Orbix Capital"}},
	})
}
