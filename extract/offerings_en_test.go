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
		// A stock code in brackets after the name.
		{"Kowloon Data Holdings Limited (HKEX: 8821) reported a profit.", []string{"LISTED_ON Kowloon Data Holdings Limited > HKEX"}, nil},
		{"Kowloon Data Holdings Limited (HKEX) reported a profit.", nil, []string{"LISTED_ON Kowloon Data Holdings Limited > HKEX"}},
		// Shareholders of the company the text is about.
		{"Kowloon Data Holdings reported a profit. The company's largest shareholder, Harbour Infrastructure Fund, holds 38 per cent.",
			[]string{"INVESTED_IN Harbour Infrastructure Fund > Kowloon Data Holdings"}, nil},
		// Patents for equity.
		{"Under a patent-for-equity arrangement, Lantau University licensed four patents to PhotonCore in exchange for a 15 per cent stake.",
			[]string{"INVESTED_IN Lantau University > PhotonCore"}, nil},
		{"Nimbus Robotics sold drones to Orbix Labs in exchange for cash.", nil, []string{"INVESTED_IN Nimbus Robotics > Orbix Labs"}},
		// A university department is no parent of its spin-off.
		{"PhotonCore, a start-up spun out of Lantau University's Department of Electronic Engineering, raised HK$40 million.",
			nil, []string{"SUBSIDIARY_OF PhotonCore > Department of Electronic Engineering"}},
	})
}
