package extract

import "testing"

// English coordinated parties before a verb that takes no object. Invented sentences.
func TestCoordinatedPartiesEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Orbix Labs and Jade Robotics merged in March to form Orbix Jade.",
			[]string{"MERGED_WITH Orbix Labs > Jade Robotics"}, nil},
		{"Two portfolio companies, Orbix Labs and Jade Robotics, merged last year.",
			[]string{"MERGED_WITH Orbix Labs > Jade Robotics"}, nil},
		{"Orbix Labs Limited and Jade Robotics Limited, two wholly-owned subsidiaries, were amalgamated on 1 May.",
			[]string{"MERGED_WITH Orbix Labs Limited > Jade Robotics Limited"}, nil},
		{"Cyberport and Jade Holdings have teamed up to train AI engineers.",
			[]string{"PARTNERED_WITH Cyberport > Jade Holdings"}, nil},
		// One party alone, or an object after the verb, is no pair of these cues.
		{"Jade Holdings said Orbix Labs merged its two units in March.", nil, []string{"MERGED_WITH Jade Holdings > Orbix Labs"}},
		{"Jade Holdings, Orbix Labs said, combined its data teams.", nil, []string{"MERGED_WITH Jade Holdings > Orbix Labs"}},
	})
}
