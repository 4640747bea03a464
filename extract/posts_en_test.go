package extract

import "testing"

// English associate and assistant posts say where someone works, as deputy posts do.
func TestAssociatePostsEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Alan Tse, associate director-general of the Jade Authority, led the delegation.",
			[]string{"WORKED_AT Alan Tse > Jade Authority"}, []string{"LEADS Alan Tse > Jade Authority"}},
		{"Mandy Lau, assistant director of the Jade Authority, spoke first.",
			[]string{"WORKED_AT Mandy Lau > Jade Authority"}, []string{"LEADS Mandy Lau > Jade Authority"}},
	})
}

// Hyphenated deputy titles and a function's chief officer say where someone works, not that
// the person leads the company. Invented sentences.
func TestFunctionChiefsAndHyphenedDeputiesEn(t *testing.T) {
	const opening = "Sunward Holdings, a Hong Kong logistics group, reported higher profit on Monday. "
	checkEnCases(t, []enCase{
		{opening + "Karen Yiu, vice-president of Sunward Holdings, said the deal would close soon.",
			[]string{"WORKED_AT Karen Yiu > Sunward Holdings"}, []string{"LEADS Karen Yiu > Sunward Holdings"}},
		{opening + "Karen Yiu, chief digital officer at Sunward Holdings, said the deal would close soon.",
			[]string{"WORKED_AT Karen Yiu > Sunward Holdings"}, []string{"LEADS Karen Yiu > Sunward Holdings"}},
		// A post's scope ("for strategy") may stand between the title and "at".
		{opening + "Karen Yiu, head of sales for Greater China at Sunward Holdings, said the deal would close soon.",
			[]string{"WORKED_AT Karen Yiu > Sunward Holdings"}, nil},
		{opening + "Karen Yiu, vice-president for strategy at Sunward Holdings, said the deal would close soon.",
			[]string{"WORKED_AT Karen Yiu > Sunward Holdings"}, nil},
		// A copula and "its" before the title: the company the sentence before named.
		{opening + "Karen Yiu is now its chief technology officer.",
			[]string{"LEADS Karen Yiu > Sunward Holdings"}, nil},
		// A closed aside between the name and the copula before the title.
		{"Karen Yiu, who previously spent a decade at HSBC, will become chief executive of Sunward Holdings on April 1.",
			[]string{"LEADS Karen Yiu > Sunward Holdings", "WORKED_AT Karen Yiu > HSBC"}, nil},
		{opening + "Karen Yiu, president of Sunward Holdings, said the deal would close soon.",
			[]string{"LEADS Karen Yiu > Sunward Holdings"}, nil},
	})
}
