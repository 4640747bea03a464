package extract

import "testing"

// Asides after an English name: a past employer after a stacked aside is the second person's,
// "trained at" names a school, and "previously chief financial officer of a Hong Kong-listed X"
// is a past post at X.
func TestPersonAsides(t *testing.T) {
	stacked := "Medora Health was founded in 2020 by Jane Wu, a cardiologist trained at the University of Oxford, and Mark Lee, its chief technology officer, formerly of Philips."
	past := "The fund is run by Peter Ho, previously chief financial officer of Hong Kong-listed hospital operator Evercare Group, and by Ann Ma."
	cases := []relCase{
		{"en", stacked, []string{"WORKED_AT Mark Lee > Philips", "EDUCATED_AT Jane Wu > University of Oxford"}},
		{"en", past, []string{"WORKED_AT Peter Ho > Evercare Group"}},
		{"en", "\"It works,\" said Ann Ho, Zeta's chief digital officer, who joined the insurer from Manulife in 2022.", []string{"WORKED_AT Ann Ho > Manulife"}},
		{"en", "Apex Bio was founded by Rita Chow, who trained as a pharmacologist at Fudan University.", []string{"EDUCATED_AT Rita Chow > Fudan University"}},
		{"en", "Cargo One has appointed Amy Lau, formerly a director at Swift Freight, as its chief financial officer.", []string{"WORKED_AT Amy Lau > Swift Freight"}},
	}
	checkRelCases(t, cases, nil)
	checkRelAbsent(t, []relCase{
		{"en", stacked, []string{"WORKED_AT Jane Wu > Philips", "WORKED_AT Jane Wu > University of Oxford"}},
		{"en", cases[3].text, []string{"WORKED_AT Rita Chow > Fudan University"}},
		{"en", cases[4].text, []string{"LEADS Amy Lau > Swift Freight"}},
	})
}

// A present post in an aside after the name: ", who is now a partner at X", ", now COO of X".
func TestPresentPostAsides(t *testing.T) {
	checkRelCases(t, []relCase{
		{"en", "The deal was led by Anna Poon, who is now a partner at Vela Capital.", []string{"LEADS Anna Poon > Vela Capital"}},
		{"en", "Tom Yiu, who serves as chief executive of Orbix Labs, said demand was strong.", []string{"LEADS Tom Yiu > Orbix Labs"}},
		{"en", "Jade Wong, now chief operating officer of Orbix Labs, joined in 2020.", []string{"LEADS Jade Wong > Orbix Labs"}},
	}, nil)
}

// A cue after a listed person's post in commas describes that person, not the list's first
// (asideChainPerson; r19ends' postApposition read the same shape and was folded into it).
func TestStackedPostApposition(t *testing.T) {
	s := "Corallo Bio was founded in 2020 by Dr Helen Mak, a cardiologist who spent a decade at Queen Elizabeth Hospital, and Peter Lau, its chief operating officer, formerly of Roche, who holds an MBA from INSEAD."
	checkRelCases(t, []relCase{{"en", s, []string{"WORKED_AT Peter Lau > Roche", "EDUCATED_AT Peter Lau > INSEAD"}}}, nil)
	checkRelAbsent(t, []relCase{{"en", s, []string{"WORKED_AT Helen Mak > Roche"}}})
}
