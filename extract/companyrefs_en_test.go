package extract

import "testing"

// "the company" as an object names the company that opened a sentence before. Invented texts.
func TestCompanyObjectRefsEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Nimbus Robotics signed a deal with Orbix Labs. Its chief executive Mary Tam also confirmed that Crane Capital had led the company's US$20 million Series A in May, with Jade Partners joining.",
			[]string{"INVESTED_IN Crane Capital > Nimbus Robotics", "INVESTED_IN Jade Partners > Nimbus Robotics"},
			[]string{"INVESTED_IN Crane Capital > Orbix Labs"}},
		{"Nimbus Robotics is a drone maker. Crane Capital invested in the company in 2021.",
			[]string{"INVESTED_IN Crane Capital > Nimbus Robotics"}, nil},
		// A sentence opened by a person leaves "the company" unresolved.
		{"Mary Tam joined Nimbus Robotics in 2019. Crane Capital invested in the company in 2021.",
			nil, []string{"INVESTED_IN Crane Capital > Nimbus Robotics"}},
		// After "said", "the company" opens a reported clause, no object.
		{"Nimbus Robotics is a drone maker. Crane Capital said the company would grow.",
			nil, []string{"INVESTED_IN Crane Capital > Nimbus Robotics"}},
	})
}
