package extract

import "testing"

// An organisation's name joined to a programme's or a facility's by a possessive runs it; a
// fund so joined, or a name not joined, gives nothing. Invented sentences.
func TestOwnedProgrammes(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Verdant Robotics joined Kowloon Tech Board's Harbour Accelerator Programme last year.",
			[]string{"OPERATES Kowloon Tech Board > Harbour Accelerator Programme"}, nil},
		{"It also worked with Meridian Holdings' Westside Innovation Hub in Kwun Tong.",
			[]string{"OPERATES Meridian Holdings > Westside Innovation Hub"}, nil},
		{"Verdant Robotics, which Kowloon Tech Board backed, later joined the Harbour Accelerator Programme.",
			nil, []string{"OPERATES Kowloon Tech Board > Harbour Accelerator Programme"}},
	})
	checkRelCases(t, []relCase{
		{"zh-Hans", "瀚海生物通过华南大学的“星火创业计划”获得种子资金。", []string{"OPERATES 华南大学 > 星火创业计划"}},
		{"zh-Hant", "濱江科技園公司透過其「濱江創新中心」為初創提供實驗室。", []string{"OPERATES 濱江科技園公司 > 濱江創新中心"}},
	}, nil)
}
