package extract

import "testing"

// English gapped place cues read a noun phrase: the next clause's "in" is not theirs, and a gap
// that names no place leaves the noun after it to "office in". Invented sentences.
func TestPlaceCueGapsEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Tarnwell Capital is a Hong Kong venture firm. The firm plans to open a Seoul office next year and is in talks with a Korean bank about a fund.",
			[]string{"LOCATED_IN Tarnwell Capital > Seoul"}, []string{"LOCATED_IN Tarnwell Capital > Korean"}},
		{"Brisa Optics opened its first overseas office in Taipei.", []string{"LOCATED_IN Brisa Optics > Taipei"}, nil},
		{"Brisa Optics opened a new office in Taipei last week.", []string{"LOCATED_IN Brisa Optics > Taipei"}, nil},
		{"Brisa Optics operates a 3,000 sq ft lab in Kwun Tong.", []string{"LOCATED_IN Brisa Optics > Kwun Tong"}, nil},
	})
}

// Premises in a place say where a company is, not where it sells; customers there are a market.
// Invented sentences.
func TestPremisesNoMarketEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Brisa Optics operates a research lab in Kwun Tong.", []string{"LOCATED_IN Brisa Optics > Kwun Tong"}, []string{"TARGETS_MARKET Brisa Optics > Kwun Tong"}},
		{"Brisa Optics sells its lenses in Japan and Korea.", []string{"TARGETS_MARKET Brisa Optics > Japan"}, nil},
	})
}

// A gapped place cue whose noun phrase is a move into a market states a market, not a site.
// Invented sentences.
func TestMarketMoveInPlaceGapEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Covera, a Hong Kong insurtech, raised US$12 million. The new money will fund a launch in Japan and Taiwan next year.",
			[]string{"TARGETS_MARKET Covera > Japan", "TARGETS_MARKET Covera > Taiwan"},
			[]string{"LOCATED_IN Covera > Japan", "LOCATED_IN Covera > Taiwan"}},
		// A site in the gap stays a site.
		{"Covera, a Hong Kong insurtech, raised US$12 million. The new money will fund a research centre in Singapore.",
			[]string{"LOCATED_IN Covera > Singapore"}, []string{"TARGETS_MARKET Covera > Singapore"}},
	})
}
