package extract

import "testing"

// A fund that bears its manager's name. Invented sentences.
func TestFundManagerByNameEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Tessaly Ventures had a busy year. Tessaly Fund II closed at US$90 million in March.",
			[]string{"MANAGES Tessaly Ventures > Tessaly Fund II"}, nil},
		{"Marlow Capital said deal flow had slowed. Its Marlow Growth Fund backed four companies.",
			[]string{"MANAGES Marlow Capital > Marlow Growth Fund"}, nil},
		// A fund still to be launched is established by the firm.
		{"Tessaly Ventures returned capital to investors. We plan to launch Tessaly Climate Fund next year.",
			[]string{"ESTABLISHED Tessaly Ventures > Tessaly Climate Fund"}, []string{"MANAGES Tessaly Ventures > Tessaly Climate Fund"}},
		// Two organisations share the name that opens the fund's: neither is read from it.
		{"Kestrel Partners and Kestrel Capital both grew. Kestrel Growth Fund closed in May.",
			nil, []string{"MANAGES Kestrel Partners > Kestrel Growth Fund", "MANAGES Kestrel Capital > Kestrel Growth Fund"}},
		// The organisation named after the fund only, or a place, manages nothing.
		{"Quillon raised US$5 million from Harbourview Innovation Fund. Quillon is based at Harbourview Innovation Centre.",
			nil, []string{"MANAGES Harbourview Innovation Centre > Harbourview Innovation Fund"}},
		{"Singapore expects more deals this year. The Singapore Growth Fund backed two start-ups.",
			nil, []string{"MANAGES Singapore > Singapore Growth Fund"}},
	})
}
