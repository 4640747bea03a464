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
