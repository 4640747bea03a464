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

// "my co-founder X" in a signed post or a guest's answer names the organisation's co-founder.
func TestMyCoFounderEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Big news today! I started the company in 2022 with my co-founder Alan Tse after we left Jade Holdings.\n\nMandy Lau\nCo-founder & CEO, Orbix Labs",
			[]string{"LEADS Alan Tse > Orbix Labs"}, nil},
		{"Harbour Talk, episode 3\nHost: Ken Ho. Guest: Mandy Lau, chief executive of Orbix Labs.\n\nQ: Who builds it?\nA: My co-founder Alan Tse leads engineering.",
			[]string{"LEADS Alan Tse > Orbix Labs"}, nil},
	})
}
