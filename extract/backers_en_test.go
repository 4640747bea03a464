package extract

import (
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

// Investors and funders named in modifiers and possessives: "Alibaba-backed X" (the investor a
// name of its own, not a place), "X's backers include A and B", "awarded X a grant",
// "awarded grants to A and B". Invented sentences.
func TestBackersAndGrantsEn(t *testing.T) {
	checkEntities(t, "en", "SoftBank-funded Orbix Labs raised more.", map[string]kg.Kind{"SoftBank": kg.KindOrganization}, nil)
	checkEntities(t, "en", "The Hong Kong-backed scheme opened.", map[string]kg.Kind{"Hong Kong": kg.KindPlace}, nil)
	checkEnCases(t, []enCase{
		{"Alibaba-backed Nimbus Robotics Limited said profit rose.", []string{"INVESTED_IN Alibaba > Nimbus Robotics Limited"}, nil},
		{"Nimbus Robotics Limited's backers include Temasek and Harbourview Capital.",
			[]string{"INVESTED_IN Temasek > Nimbus Robotics Limited", "INVESTED_IN Harbourview Capital > Nimbus Robotics Limited"}, nil},
		{"The Innovation and Technology Commission awarded Nimbus Robotics Limited a HK$1 million grant.",
			[]string{"FUNDS Innovation and Technology Commission > Nimbus Robotics Limited"}, nil},
		{"The Innovation and Technology Commission awarded grants to Nimbus Robotics Limited and Orbix Labs.",
			[]string{"FUNDS Innovation and Technology Commission > Nimbus Robotics Limited", "FUNDS Innovation and Technology Commission > Orbix Labs"}, nil},
		// Early or existing investors named right after the possessive.
		{"Sunward Holdings will buy Nimbus Robotics Limited. Nimbus Robotics Limited's early backers Temasek and Harbourview Capital will sell their stakes.",
			[]string{"INVESTED_IN Temasek > Nimbus Robotics Limited", "INVESTED_IN Harbourview Capital > Nimbus Robotics Limited"}, nil},
		// "co-funded by" keeps its funder.
		{"Orbix Labs joined the Harbour Seed Scheme, which is co-funded by the Jade Foundation.",
			[]string{"FUNDS Jade Foundation > Harbour Seed Scheme"}, nil},
	})
}
