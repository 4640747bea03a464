package extract

import "testing"

// Building or setting up a body with a partner (甲與乙共建…) makes the two partners; the body
// is no partner. Invented texts.
func TestJointBuildsArePartnerships(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "星河科技则与香港中文大学共建联合实验室。", []string{"PARTNERED_WITH 星河科技 > 香港中文大学"}},
		{"zh-Hans", "星河科技则与香港中文大学在前海共建“星河—中大联合实验室”。",
			[]string{"PARTNERED_WITH 星河科技 > 香港中文大学", "ESTABLISHED 香港中文大学 > 星河—中大联合实验室"}},
		{"zh-Hant", "嘉實資本與香港科技園公司共同設立規模10億港元的科創基金。", []string{"PARTNERED_WITH 嘉實資本 > 香港科技園公司"}},
	}, nil)
	checkRelAbsent(t, []relCase{
		{"zh-Hans", "星河科技则与香港中文大学在前海共建“星河—中大联合实验室”。",
			[]string{"PARTNERED_WITH 香港中文大学 > 星河—中大联合实验室", "PARTNERED_WITH 星河科技 > 星河—中大联合实验室"}},
	})
}

// The English joint builds: "A and B will jointly establish …", "A and B to set up joint …".
// Invented texts.
func TestJointBuildsEn(t *testing.T) {
	checkRelCases(t, []relCase{
		{"en", "Lingnan University and Swire Properties will jointly establish a laboratory for green buildings.",
			[]string{"PARTNERED_WITH Lingnan University > Swire Properties"}},
		{"en", "HKUST and CLP Power to set up joint laboratory for grid storage\n\nThe lab will open next year.",
			[]string{"PARTNERED_WITH HKUST > CLP Power"}},
	}, nil)
}
