package extract

import "testing"

// Rankings named before "list": selected for, and organised by who names them. Invented
// sentences.
func TestRankingListsEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Tidewell Health raised US$6 million. Last August the company was named by Forbes Asia to its 100 to Watch list.",
			[]string{"SELECTED_FOR Tidewell Health > 100 to Watch", "ORGANIZED Forbes Asia > 100 to Watch"},
			[]string{"RECOGNIZED_BY Tidewell Health > Forbes Asia"}},
		{"Orbix Labs made this year's Fortune Asia 40 Under 40 list.", []string{"SELECTED_FOR Orbix Labs > Fortune Asia 40 Under 40"}, nil},
		{"Voltaris made the announcement on Tuesday at the one-day Kowloon Innovation Forum.",
			nil, []string{"SELECTED_FOR Voltaris > Kowloon Innovation Forum"}},
	})
}
