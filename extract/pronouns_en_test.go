package extract

import "testing"

// English "It" right after a sentence that named its subject is that subject, even when the
// text names another organisation more often. Invented text.
func TestItIsTheSubjectJustNamedEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Jade Capital and Orbix Labs signed a pact. Jade Capital said more deals would follow.\n\nFounded in Osaka, Kestrel Bio moved to Hong Kong in 2024 after talks with Jade Capital. It is a member of the Hong Kong Biotechnology Organization.",
			[]string{"MEMBER_OF Kestrel Bio > Hong Kong Biotechnology Organization"},
			[]string{"MEMBER_OF Jade Capital > Hong Kong Biotechnology Organization"}},
	})
}
