package extract

import "testing"

// A transcript whose header names its guest: in the answers "we"/"our" are the guest's
// organisation and "I" the guest. Invented texts.
func TestTranscriptGuestEn(t *testing.T) {
	header := "Harbour Talk, episode 12\nHost: Mandy Lau. Guest: Alan Tse, co-founder and chief executive of Orbix Labs.\n\n"
	checkEnCases(t, []enCase{
		{header + "Q: Any partners?\nA: In May we signed an agreement with Jade Holdings.",
			[]string{"PARTNERED_WITH Orbix Labs > Jade Holdings"}, nil},
		{header + "Q: What next?\nA: I will speak at the Harbour Fintech Summit in November.",
			[]string{"ATTENDED Alan Tse > Harbour Fintech Summit"}, nil},
		{header + "Q: Where are you based?\nA: We were incubated at Cyberport from 2021 to 2023.",
			[]string{"MEMBER_OF Orbix Labs > Cyberport"}, nil},
	})
}
