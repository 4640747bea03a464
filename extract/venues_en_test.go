package extract

import "testing"

// An event's venue inside an object relative clause. Invented sentences.
func TestRelativeVenueEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"In October, Ms Ho will speak at the Harbour Drone Summit, which the Hong Kong Productivity Council is organising at AsiaWorld-Expo.",
			[]string{"LOCATED_IN Harbour Drone Summit > AsiaWorld-Expo", "ORGANIZED Hong Kong Productivity Council > Harbour Drone Summit"}, nil},
		// A city's district after its possessive is the venue.
		{"The deal was signed at the Greater Bay Area Medtech Forum, which the Hong Kong Medical Association held in Shenzhen's Nanshan district.",
			[]string{"LOCATED_IN Greater Bay Area Medtech Forum > Nanshan"}, []string{"LOCATED_IN Greater Bay Area Medtech Forum > Shenzhen"}},
		// "in 2024" is no venue; a verb that holds nothing (sponsor) states no venue.
		{"Corvane exhibited at the Kowloon Design Week, which Kowloon Design Association hosted in 2024.",
			nil, []string{"LOCATED_IN Kowloon Design Week > Kowloon"}},
		{"Corvane exhibited at the Kowloon Design Week, which Jade Foundation sponsored in Wan Chai.",
			nil, []string{"LOCATED_IN Kowloon Design Week > Wan Chai"}},
	})
}

// "X in PLACE" after a defined term in brackets, and for a facility the graph knows.
func TestNameInPlaceEn(t *testing.T) {
	wantRelWhere(t, `Pellham Systems and Ostrava Capital will set up Lumora Data LLC (the "JV Company") in Riyadh.`, nil,
		"Lumora Data LLC LOCATED_IN Riyadh", func(r *RelationshipProposal) bool {
			return r.Type == "LOCATED_IN" && r.From.EntityKey == "e:lumora data llc" && r.To.Name == "Riyadh" // the defined term may name it
		})
	wantRelWhere(t, "The lab, housed on the Harbourfront Innovation Campus in Kennedy Town, opened in May.",
		[]Known{{ID: "harbourfront-campus", Kind: "FACILITY", Names: []string{"Harbourfront Innovation Campus"}}},
		"the known campus LOCATED_IN Kennedy Town", func(r *RelationshipProposal) bool {
			return r.Type == "LOCATED_IN" && r.From.EntityID == "harbourfront-campus" && r.To.Name == "Kennedy Town"
		})
}

// An event and its venue side by side ("at X Summit at Y", "X Week in Z"); a mid-sentence
// capitalised "The" opens the venue's name.
func TestEventVenueEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Ten start-ups pitched to investors at the Harbour Climate Summit at the Hong Kong Convention and Exhibition Centre on Monday.",
			[]string{"LOCATED_IN Harbour Climate Summit > Hong Kong Convention and Exhibition Centre"}, nil},
		{"Ten start-ups pitched at Kowloon Robotics Week in Kwun Tong.", []string{"LOCATED_IN Kowloon Robotics Week > Kwun Tong"}, nil},
		{"Ten start-ups pitched at the Harbour Climate Summit at The Arcadia Galleria in Sha Tin.",
			[]string{"LOCATED_IN Harbour Climate Summit > The Arcadia Galleria", "LOCATED_IN The Arcadia Galleria > Sha Tin"}, nil},
		// "in" before a lower-case noun makes the place a modifier.
		{"Speakers at the Harbour Climate Summit in Hong Kong start-ups' booths were busy.",
			nil, []string{"LOCATED_IN Harbour Climate Summit > Hong Kong"}},
	})
}

// A keynote given at the event named before. Invented sentences.
func TestKeynoteAtEventBeforeEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Forty start-ups pitched at the Harbour Climate Summit on Tuesday. Development Bureau under secretary Winnie Cheung gave the keynote.",
			[]string{"ATTENDED Winnie Cheung > Harbour Climate Summit", "WORKED_AT Winnie Cheung > Development Bureau"}, nil},
		{"Helen Mak gave the opening keynote at the Kowloon Design Forum.", []string{"ATTENDED Helen Mak > Kowloon Design Forum"}, nil},
	})
}

// An apposition that describes an organisation as something at a facility. Invented sentences.
func TestAppositionSiteEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"The minister opened the Institute for Coastal Robotics, a new marine research laboratory at the Hong Kong Science Park, on Monday.",
			[]string{"LOCATED_IN Institute for Coastal Robotics > Hong Kong Science Park"}, nil},
		// A comma closes the apposition first: the facility is another clause's.
		{"The minister opened the Institute for Coastal Robotics, a new laboratory, and then toured the Hong Kong Science Park.",
			nil, []string{"LOCATED_IN Institute for Coastal Robotics > Hong Kong Science Park"}},
	})
}
