package extract

import "testing"

// "Fund I" before a fund's verb is the fund's numeral one, not the pronoun. Invented sentences.
func TestFundOneVerbEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{text: "Kestrel Capital held the final close of its first fund at US$50 million. Kestrel Growth Fund I drew commitments from Orbis Holdings.",
			want: []string{"MANAGES Kestrel Capital > Kestrel Growth Fund I"}, not: []string{"MANAGES Kestrel Capital > Kestrel Growth Fund"}},
	})
}
