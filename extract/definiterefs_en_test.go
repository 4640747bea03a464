package extract

import "testing"

// A definite phrase inside a sentence names again the body or site named before whose name
// ends with its words. Invented texts.
func TestDefiniteRefsEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Nimbus opened a lab at Kowloon Science Park. The Kowloon Parks Corporation, which runs the science park, welcomed the move.",
			[]string{"OPERATES Kowloon Parks Corporation > Kowloon Science Park"}, nil},
		{"Nimbus received a grant from the Kowloon Innovation Authority. Orbix Labs also won a grant from the authority in May.",
			[]string{"FUNDS Kowloon Innovation Authority > Orbix Labs"}, nil},
		// A head noun no name ends with refers to nothing.
		{"Nimbus received a grant from the Kowloon Innovation Fund. Orbix Labs also won a grant from the authority in May.",
			nil, []string{"FUNDS Kowloon Innovation Fund > Orbix Labs"}},
	})
}
