package extract

import "testing"

// Appositions of business news: "X, a Sequoia-backed start-up," (the investor's modifier in an
// apposition describes X), "X, a Shenzhen-headquartered chipmaker," and "X, whose chief
// executive is Y,". Invented sentences.
func TestAppositionModifiersEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Nimbus Robotics Limited, a Sequoia-backed start-up, opened in Hong Kong.",
			[]string{"INVESTED_IN Sequoia > Nimbus Robotics Limited"}, nil},
		{"Orbix Labs, a Shenzhen-headquartered chipmaker, raised US$5 million.", []string{"LOCATED_IN Orbix Labs > Shenzhen"}, nil},
		{"Orbix Labs, whose chief executive is Mary Tam, raised US$5 million.", []string{"LEADS Mary Tam > Orbix Labs"}, nil},
		// A modifier outside an apposition describes nothing named.
		{"Orbix Labs said a Sequoia-backed rival had cut prices.", nil, []string{"INVESTED_IN Sequoia > Orbix Labs"}},
	})
}
