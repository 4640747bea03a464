package extract

import "testing"

// An accelerator named by apposition, run jointly, and its cohort listed with asides between
// semicolons. Invented texts.
func TestCohortIntakeEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Orbix Port Holdings today announced the four start-ups selected for the first cohort of Orbix Launchpad, a 12-week logistics accelerator run jointly with Kowloon Science Park Corporation.",
			[]string{"OPERATES Kowloon Science Park Corporation > Orbix Launchpad", "OPERATES Orbix Port Holdings > Orbix Launchpad",
				"PARTNERED_WITH Orbix Port Holdings > Kowloon Science Park Corporation"},
			[]string{"ANNOUNCED Orbix Port Holdings > Orbix Launchpad"}},
		{"Orbix Port Holdings named the first cohort of Orbix Launchpad, a 12-week accelerator run by Kowloon Science Park Corporation. The cohort, which starts on March 16, comprises TraceCo, a Hong Kong customs-data platform; Berthy, a Singapore berth-scheduling start-up; and Yardly, a Seoul-based vision company.",
			[]string{"PARTICIPATED_IN TraceCo > Orbix Launchpad", "PARTICIPATED_IN Berthy > Orbix Launchpad", "PARTICIPATED_IN Yardly > Orbix Launchpad"}, nil},
		// "Each will receive a grant from the programme": the programme funds every listed company,
		// not a name inside an item's aside.
		{"Orbix Port Holdings named the first cohort of Orbix Launchpad, a 12-week accelerator run by Kowloon Science Park Corporation. The cohort comprises TraceCo, a Hong Kong customs-data platform; Berthy, a berth-scheduling start-up spun off from Lantau University; and Yardly, a Seoul-based vision company. Each will receive a non-dilutive grant of US$50,000 from the programme.",
			[]string{"FUNDS Orbix Launchpad > TraceCo", "FUNDS Orbix Launchpad > Berthy", "FUNDS Orbix Launchpad > Yardly"},
			[]string{"FUNDS Orbix Launchpad > Lantau University"}},
		{"Crane Capital invested in TraceCo, a customs-data platform; Berthy, a scheduling start-up; and Yardly, a vision company.",
			[]string{"INVESTED_IN Crane Capital > TraceCo", "INVESTED_IN Crane Capital > Berthy", "INVESTED_IN Crane Capital > Yardly"}, nil},
		// A list opened by "including" before the verb is its subject.
		{"Twelve start-ups, including Orbix Labs and Nimbus Robotics, joined the Jade Accelerator.",
			[]string{"PARTICIPATED_IN Orbix Labs > Jade Accelerator", "PARTICIPATED_IN Nimbus Robotics > Jade Accelerator"}, nil},
		{"Orbix Labs, a subsidiary of Crane Holdings, manages the Jade Fund.",
			[]string{"MANAGES Orbix Labs > Jade Fund"}, []string{"MANAGES Crane Holdings > Jade Fund"}},
		// An accelerator operator is a company, not a programme.
		{"Orbix Labs, an accelerator operator, joined Jade Programme.", nil, []string{"PARTICIPATED_IN Jade Programme > Orbix Labs"}},
		// A semicolon that closes a clause, not an item with an aside, ends the list.
		{"Crane Capital invested in TraceCo; Berthy raised money elsewhere.", nil, []string{"INVESTED_IN Crane Capital > Berthy"}},
	})
}
