package extract

import "testing"

// A regulator's executive director and a company's head of a function work there; a founder
// list whose items carry asides about people goes on across semicolons; a word for the firm
// is not the fund it runs; a run of sentences opening with "It" keeps its subject.
func TestStaffPostsAndFounderLists(t *testing.T) {
	fundFirm := "Harbourline Capital, a Singapore-based credit investor, has raised US$300 million for its second fund. " +
		"Harbourline Credit Fund II closed on Monday with commitments from pension funds. " +
		"The firm was founded by Grace Lim, who spent a decade at Goldman Sachs; Peter Ong, a former partner at KKR; " +
		"and Daniel Koh, previously head of credit at OCBC."
	itRun := "The Securities and Futures Commission granted licences to two exchanges on Tuesday. " +
		"Nova Exchange, owned by Mercury Holdings, plans to open in March. It has 40 staff. " +
		"Its chief executive, Joanne Yu, previously worked at Citigroup."
	cases := []relCase{
		{"en", "Patrick Ho, an executive director at the Securities and Futures Commission, said the rules would change.", []string{"WORKED_AT Patrick Ho > Securities and Futures Commission"}},
		{"en", "\"Demand is strong,\" said Mandy Lee, Sunrise Properties' director of leasing.", []string{"WORKED_AT Mandy Lee > Sunrise Properties"}},
		{"en", fundFirm, []string{"LEADS Grace Lim > Harbourline Capital", "LEADS Peter Ong > Harbourline Capital", "LEADS Daniel Koh > Harbourline Capital"}},
		{"en", itRun, []string{"LEADS Joanne Yu > Nova Exchange"}},
	}
	checkRelCases(t, cases, nil)
	checkRelAbsent(t, []relCase{
		{"en", cases[0].text, []string{"LEADS Patrick Ho > Securities and Futures Commission"}},
		{"en", cases[1].text, []string{"LEADS Mandy Lee > Sunrise Properties"}},
		{"en", fundFirm, []string{"LEADS Grace Lim > Harbourline Credit Fund II"}},
		{"en", itRun, []string{"LEADS Joanne Yu > Securities and Futures Commission"}},
	})
}

// A person appointed to a company's board takes a seat on it (MEMBER_OF), not a leading post.
func TestAppointedToBoards(t *testing.T) {
	cases := []relCase{
		{"en", "Orbix Labs has appointed Mary Tam to its board of directors.", []string{"MEMBER_OF Mary Tam > Orbix Labs"}},
		{"en", "The government appointed Mary Tam to the board of the Airport Authority.", []string{"MEMBER_OF Mary Tam > Airport Authority"}},
	}
	checkRelCases(t, cases, nil)
	checkRelAbsent(t, []relCase{{"en", cases[0].text, []string{"LEADS Mary Tam > Orbix Labs"}}})
}
