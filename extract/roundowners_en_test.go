package extract

import "testing"

// A sentence that opens with a company's round ("X's Series A was led by A") reads the
// possessor as the round's company; another possessed noun ("X's chief executive") does not.
func TestEnglishRoundOwner(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Palefern Systems' Series A was led by Kestrelwood Capital.", []string{"INVESTED_IN Kestrelwood Capital > Palefern Systems"}, nil},
		{"Palefern Systems's US$9 million seed round was co-led by Kestrelwood Capital and Brightmoor Ventures.",
			[]string{"INVESTED_IN Kestrelwood Capital > Palefern Systems", "INVESTED_IN Brightmoor Ventures > Palefern Systems"}, nil},
	})
}

// "X's investors include A and B": every listed holder invests in X, not only the first the
// shareholder frame reads. Invented sentences.
func TestEnglishHoldersOwner(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Palefern Systems' investors include Kestrelwood Capital and Japan's Brightmoor Ventures.",
			[]string{"INVESTED_IN Kestrelwood Capital > Palefern Systems", "INVESTED_IN Brightmoor Ventures > Palefern Systems"}, nil},
	})
}
