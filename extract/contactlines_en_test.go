package extract

import "testing"

// A byline with the reporter's role instead of "By", and a press release's contact line.
// Invented texts.
func TestRoleBylinesAndContactsEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Orbix opens Kobe hub\n\nRYO TANAKA, Harbour Daily staff writer\n\nKOBE -- Orbix Labs opened an office on Monday.",
			[]string{"WORKED_AT RYO TANAKA > Harbour Daily"}, nil},
		{"Orbix opens Kobe hub\n\nMary Tam, Harbour Daily correspondent\n\nOrbix Labs opened an office on Monday.",
			[]string{"WORKED_AT Mary Tam > Harbour Daily"}, nil},
		{"Orbix Labs opened an office on Monday.\n\nMedia contact: Karen Yip, Orbix Labs\n",
			[]string{"WORKED_AT Karen Yip > Orbix Labs"}, nil},
		// The contact's post between the name and the organisation.
		{"Orbix Labs opened an office on Monday.\n\nMedia contact: Karen Yip, Communications Manager, Orbix Labs\n",
			[]string{"WORKED_AT Karen Yip > Orbix Labs"}, []string{"WORKED_AT Karen Yip > Communications Manager, Orbix Labs"}},
		// A comma after a name with no role at the line's end opens a sentence, no byline.
		{"Orbix opens Kobe hub\n\nMary Tam, Orbix Labs said on Monday it would grow.", nil, []string{"WORKED_AT Mary Tam > Orbix Labs said on Monday it would grow."}},
	})
}
