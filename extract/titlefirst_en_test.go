package extract

import "testing"

// A press release may name the post and the organisation first and the person after them.
// Invented sentences.
func TestTitleFirstEn(t *testing.T) {
	withHonorific := "Senior Director of Trade Promotion at TradeLink, Ms. Joanna Fok, said, \"We welcome them.\""
	bare := "Head of Sales at Orbis Labs, Kenneth Ma, said the deal was done."
	checkEnCases(t, []enCase{
		{text: withHonorific, want: []string{"WORKED_AT Joanna Fok > TradeLink"}},
		{text: bare, want: []string{"WORKED_AT Kenneth Ma > Orbis Labs"}},
		{text: "Sales at Orbis Labs rose, Kenneth Ma said.", not: []string{"WORKED_AT Kenneth Ma > Orbis Labs"}},
	})
}
