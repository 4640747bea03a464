package extract

import "testing"

// Two organisations that run something together, the second joined by "with". Invented
// sentences.
func TestCoActorsEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"The programme is run by Hang Lung Properties with the Hong Kong Productivity Council, and it admits ten start-ups a year.",
			[]string{"PARTNERED_WITH Hang Lung Properties > Hong Kong Productivity Council"}, nil},
		// "and" names two hosts; "with" after another verb names no co-actor.
		{"The fair is co-hosted by Hang Lung Properties and the Hong Kong Productivity Council.",
			nil, []string{"PARTNERED_WITH Hang Lung Properties > Hong Kong Productivity Council"}},
		{"The round was led by Kestrel Capital with Orbis Ventures joining.",
			nil, []string{"PARTNERED_WITH Kestrel Capital > Orbis Ventures"}},
	})
}
