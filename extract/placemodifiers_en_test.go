package extract

import "testing"

// A place's "-based" modifier with descriptor words before a name: the modifier is no name, the
// place locates the name. Invented sentences.
func TestBasedDescriptorEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Orbix Labs raised $5m in a round led by Tokyo-based venture firm Crane Peak Partners.",
			[]string{"INVESTED_IN Crane Peak Partners > Orbix Labs", "LOCATED_IN Crane Peak Partners > Tokyo"},
			[]string{"INVESTED_IN Tokyo-based > Orbix Labs"}},
		{"Nimbus Robotics is backed by Singapore-headquartered growth investor Jade Harbour Capital.",
			[]string{"LOCATED_IN Jade Harbour Capital > Singapore"}, nil},
		// A city before "-based" is a place, listed or not.
		{"Orbix Labs, a Nagoya-based maker of warehouse robots, opened an office.",
			[]string{"LOCATED_IN Orbix Labs > Nagoya"}, nil},
		// A function word opens a phrase of its own: "a Tokyo-based maker of drones".
		{"The buyer, a Tokyo-based maker of drones for Crane Peak Partners, declined to comment.",
			nil, []string{"LOCATED_IN Crane Peak Partners > Tokyo"}},
	})
}
