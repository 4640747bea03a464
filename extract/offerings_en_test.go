package extract

import "testing"

// An offering written out, and backers counted "among its" with a qualifier. Invented sentences.
func TestOfferingsEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Lumina Robotics has filed for an initial public offering on the Hong Kong Stock Exchange.",
			[]string{"LISTED_ON Lumina Robotics > Hong Kong Stock Exchange"}, nil},
		{"Lumina counts Temasek and GIC among its early backers, a person said.",
			[]string{"INVESTED_IN Temasek > Lumina", "INVESTED_IN GIC > Lumina"}, nil},
		{"Lumina counts Temasek among its cornerstone investors.", []string{"INVESTED_IN Temasek > Lumina"}, nil},
	})
}
