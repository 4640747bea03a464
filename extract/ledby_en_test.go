package extract

import "testing"

// "led by" after a company names its head; an organisation inside the head's title ("former
// Google engineer") is where the head worked, not an investor. A round led by a firm's partner
// keeps the firm. Invented sentences.
func TestLedByTitledPerson(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Palefern Systems, a start-up led by former Microsoft engineer Dara Quinn, raised US$4 million from Kestrelwood Capital.",
			[]string{"INVESTED_IN Kestrelwood Capital > Palefern Systems"}, []string{"INVESTED_IN Microsoft > Palefern Systems"}},
		{"Palefern Systems raised US$4 million in a round led by Kestrelwood Capital partner Dara Quinn.",
			[]string{"INVESTED_IN Kestrelwood Capital > Palefern Systems"}, nil},
	})
}
