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
