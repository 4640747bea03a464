package extract

import "testing"

// A company's business verb, what it sells and "in" a list of places: its markets. Invented
// sentences.
func TestMarketVerbsEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Nimbus Robotics sells its drones in Japan, South Korea and Singapore.",
			[]string{"TARGETS_MARKET Nimbus Robotics > Japan", "TARGETS_MARKET Nimbus Robotics > South Korea", "TARGETS_MARKET Nimbus Robotics > Singapore"}, nil},
		{"Nimbus Robotics raised US$5 million on Monday. Nimbus Robotics was founded in 2019. It now writes more than 1.2 million policies a year in Hong Kong and Malaysia.",
			[]string{"TARGETS_MARKET Nimbus Robotics > Hong Kong", "TARGETS_MARKET Nimbus Robotics > Malaysia"}, nil},
		// A unit that oversees sales in places, named by apposition to the opening noun phrase.
		{"VoltAxis Technology will open a Hong Kong headquarters. The new Hong Kong company, VoltAxis International Limited, will manage the group's sales in Southeast Asia and Europe.",
			[]string{"TARGETS_MARKET VoltAxis International Limited > Southeast Asia", "TARGETS_MARKET VoltAxis International Limited > Europe"}, nil},
		{"Nimbus Robotics opened an office. It will oversee sales in Southeast Asia and the Greater Bay Area, the company said.",
			[]string{"TARGETS_MARKET Nimbus Robotics > Southeast Asia", "TARGETS_MARKET Nimbus Robotics > Greater Bay Area"}, nil},
		// The relative clause's verb is the name's before ", which".
		{"CargoMind agreed to the deal. The acquisition gives Pacific Freight, which operates warehouses in Singapore and Thailand, its first foothold in Hong Kong.",
			[]string{"TARGETS_MARKET Pacific Freight > Singapore"}, []string{"TARGETS_MARKET CargoMind > Singapore"}},
		// A person's sale, a sold stake and an adjective participle name no market.
		{"Mary Tam sells paintings in Hong Kong.", nil, []string{"TARGETS_MARKET Mary Tam > Hong Kong"}},
		{"Jade Capital makes distributed solar panels across Southeast Asia.", nil, []string{"TARGETS_MARKET Jade Capital > Southeast Asia"}},
		// An investing verb gives a fund its markets, not an investor.
		{"Crane Capital launched the Crane Asia Growth Fund, a US$100 million fund that will invest in early-stage companies in Southeast Asia.",
			[]string{"TARGETS_MARKET Crane Asia Growth Fund > Southeast Asia"}, []string{"TARGETS_MARKET Crane Capital > Southeast Asia"}},
		{"Crane Capital invests in start-ups in Vietnam.", nil, []string{"TARGETS_MARKET Crane Capital > Vietnam"}},
	})
}
