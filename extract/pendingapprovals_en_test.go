package extract

import "testing"

// A regulator's approval won names the regulator before the noun; one still awaited recognises
// no one. Invented texts.
func TestApprovalsWonAndPending(t *testing.T) {
	checkRelCases(t, []relCase{
		{"en", "Hong Kong-based Veltra Diagnostics wins NMPA approval for its AI stroke software.",
			[]string{"RECOGNIZED_BY Veltra Diagnostics > NMPA"}},
		{"en", "Shenzhen robot maker Armix said on Monday it had secured FDA clearance for its surgical arm.",
			[]string{"RECOGNIZED_BY Armix > FDA"}},
	}, nil)
	checkRelAbsent(t, []relCase{
		{"en", "NovaBio plans to enter the US market next year, pending clearance from the Food and Drug Administration.",
			[]string{"RECOGNIZED_BY NovaBio > Food and Drug Administration"}},
		{"en", "NovaBio has applied for a licence from the Securities and Futures Commission.",
			[]string{"RECOGNIZED_BY NovaBio > Securities and Futures Commission"}},
	})
}
