package extract

import "testing"

// "joined X from Y" names a past employer; "head of UNIT at ORG" is work at the organisation,
// not the lead of the unit. Invented sentences.
func TestCareersEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Peter Wong joined Orbix Labs from Nimbus Robotics in 2015.",
			[]string{"WORKED_AT Peter Wong > Nimbus Robotics", "WORKED_AT Peter Wong > Orbix Labs"}, nil},
		{"Mary Tam, who joined Orbix Labs from Harbourview Capital in 2019, became chief executive last year.",
			[]string{"WORKED_AT Mary Tam > Harbourview Capital"}, nil},
		{"Samantha Ko, who joined us from Harbourview Capital, became a partner in January.",
			[]string{"WORKED_AT Samantha Ko > Harbourview Capital"}, nil},
		{"Mary Tam runs the lab. She joined the company from Nimbus Robotics in 2019.",
			[]string{"WORKED_AT Mary Tam > Nimbus Robotics"}, nil},
		// An organisation that joins a programme from another worked nowhere.
		{"Grants come from the Jade Foundation; Orbix Labs joined the programme from Nimbus Robotics.",
			nil, []string{"WORKED_AT Orbix Labs > Nimbus Robotics"}},
		// Heading a part of an organisation is work there.
		{"Qiyun founder Zhao Lin continues to run the business and now also heads Nimbus Robotics's China operations.",
			[]string{"WORKED_AT Zhao Lin > Nimbus Robotics"}, nil},
		{"Crane Capital runs Orbix Labs' Singapore office.", nil, []string{"WORKED_AT Crane Capital > Orbix Labs"}},
		// An adverb between the name and the copula: "previously served as".
		{"Mary Tam previously served as chief financial officer of Nimbus Robotics.",
			[]string{"LEADS Mary Tam > Nimbus Robotics"}, nil},
		{"Mary Tam, head of research at Orbix Labs, said the market was cooling.",
			[]string{"WORKED_AT Mary Tam > Orbix Labs"}, nil},
		{"\"We will grow,\" said Dr Peter Wong, Head of Robotics at Harbourview Capital.",
			[]string{"WORKED_AT Peter Wong > Harbourview Capital"}, []string{"LEADS Peter Wong > Robotics"}},
		{"The keynote came from Professor Alice Ho, dean of engineering at the Kowloon Institute of Technology.",
			[]string{"WORKED_AT Alice Ho > Kowloon Institute of Technology"}, nil},
	})
}
