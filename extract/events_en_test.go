package extract

import "testing"

// English acts stated at an event: who does them there attended it. Invented sentences.
func TestActsAtEventsEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Orbix Labs made the announcement at the Harbour Robotics Summit.", []string{"ATTENDED Orbix Labs > Harbour Robotics Summit"}, nil},
		{"Orbix Labs signed the deal on the opening day of the Kowloon Tech Expo.", []string{"ATTENDED Orbix Labs > Kowloon Tech Expo"}, nil},
		{"Orbix Labs pitched to investors at the Kowloon Tech Expo.", []string{"ATTENDED Orbix Labs > Kowloon Tech Expo"}, nil},
		// Only an event is attended: a place after "at" is none.
		{"Orbix Labs made the announcement at Cyberport.", nil, []string{"ATTENDED Orbix Labs > Cyberport"}},
	})
}
