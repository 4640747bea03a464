package extract

import "testing"

// A shareholder named through the company's possessive. Invented sentences.
func TestShareholdersEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Orbix Labs's largest shareholder is Harbourview Capital, which holds about 20%.",
			[]string{"INVESTED_IN Harbourview Capital > Orbix Labs"}, nil},
		{"Harbourview Capital, Orbix Labs's largest shareholder, declined to comment.",
			[]string{"INVESTED_IN Harbourview Capital > Orbix Labs"}, nil},
		{"Harbourview Capital is Orbix Labs' second-largest shareholder.",
			[]string{"INVESTED_IN Harbourview Capital > Orbix Labs"}, nil},
		{"Nimbus Robotics' shareholders include Harbourview Capital, Crane Capital and Jade Partners.",
			[]string{"INVESTED_IN Harbourview Capital > Nimbus Robotics", "INVESTED_IN Crane Capital > Nimbus Robotics", "INVESTED_IN Jade Partners > Nimbus Robotics"}, nil},
		// A holder's portfolio lists what it invested in.
		{"Orbix Ventures' portfolio includes Nimbus Robotics, Lumen AI and TraceCo.",
			[]string{"INVESTED_IN Orbix Ventures > Nimbus Robotics", "INVESTED_IN Orbix Ventures > Lumen AI", "INVESTED_IN Orbix Ventures > TraceCo"}, nil},
		{"Orbix Ventures' portfolio companies include Nimbus Robotics and Lumen AI.",
			[]string{"INVESTED_IN Orbix Ventures > Nimbus Robotics", "INVESTED_IN Orbix Ventures > Lumen AI"}, nil},
		{"Crane Peak Capital is a Singapore-based venture capital firm. Its portfolio includes Nimbus Pay and TradeLoop.",
			[]string{"INVESTED_IN Crane Peak Capital > Nimbus Pay", "INVESTED_IN Crane Peak Capital > TradeLoop"}, nil},
		{"Pacific Freight will buy CargoMind Technologies. CargoMind's investors, including Orchid Ventures and Harbour Growth Partners, will exit.",
			[]string{"INVESTED_IN Orchid Ventures > CargoMind", "INVESTED_IN Harbour Growth Partners > CargoMind", "SUBSIDIARY_OF CargoMind Technologies > Pacific Freight"}, nil},
		// A reported wish to buy is no purchase.
		{"Reports that Meituan was seeking to buy Nimbus Robotics were untrue.", nil, []string{"SUBSIDIARY_OF Nimbus Robotics > Meituan"}},
		// A post through the possessive is no holding.
		{"Mary Tam, Orbix Labs's chief executive, spoke.", nil, []string{"INVESTED_IN Mary Tam > Orbix Labs"}},
		// "Owner's China operations" names the owner, not a company called "Owner's China".
		{"Zhao Lin runs Qiyun Automation. Nimbus Robotics's largest shareholder is Crane Capital, and Zhao Lin heads Nimbus Robotics's China operations.",
			[]string{"INVESTED_IN Crane Capital > Nimbus Robotics"}, nil},
	})
	for _, p := range Extract(Input{Text: "Zhao Lin now heads Nimbus's China operations.", Language: "en"}) {
		if p.Kind == KindEntity && p.Entity.Name == "Nimbus's China" {
			t.Errorf("a possessive before a place is no name: %s", p.Entity.Name)
		}
	}
}
