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

// A name joined by "together with" or "along with" after a cue's object does what the subject
// does. Invented sentences.
func TestCoAgentsAfterObjectEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Orchid Capital invested in Bolt Labs together with Vertex Ventures.",
			[]string{"INVESTED_IN Orchid Capital > Bolt Labs", "INVESTED_IN Vertex Ventures > Bolt Labs"},
			[]string{"INVESTED_IN Orchid Capital > Vertex Ventures"}},
		{"Jade Ventures invested in Nimbus Robotics along with Temasek and GGV Capital.",
			[]string{"INVESTED_IN Jade Ventures > Nimbus Robotics", "INVESTED_IN Temasek > Nimbus Robotics", "INVESTED_IN GGV Capital > Nimbus Robotics"}, nil},
		{"Bolt Labs raised US$5 million from Orchid Capital, together with Jade Ventures.",
			[]string{"INVESTED_IN Orchid Capital > Bolt Labs", "INVESTED_IN Jade Ventures > Bolt Labs"}, nil},
		// A symmetric cue reads either way: the list stays its objects.
		{"Bolt Labs signed an agreement with Kerry Logistics together with Swire Properties.",
			[]string{"PARTNERED_WITH Bolt Labs > Kerry Logistics"}, nil},
	})
}

// A named series or a yuan amount says a sentence is about financing, so "alongside Y" names a
// co-investor there too. Invented sentences.
func TestSeriesRoundIsFinancingEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Orchid Capital co-led a Series A in Dexbot alongside Vertex Ventures.",
			[]string{"INVESTED_IN Orchid Capital > Dexbot", "INVESTED_IN Vertex Ventures > Dexbot"}, nil},
		{"Orchid Capital joined the Series C of Kinmen Robotics alongside Vertex Ventures.",
			[]string{"INVESTED_IN Vertex Ventures > Kinmen Robotics"}, nil},
	})
}
