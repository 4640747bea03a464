package extract

import "testing"

// A regional headquarters named by its region says the company serves that region.
func TestRegionalHeadquartersZh(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "云帆智能科技有限公司今日宣布，今年计划在新加坡设立东南亚区域总部。", []string{"TARGETS_MARKET 云帆智能科技有限公司 > 东南亚", "LOCATED_IN 云帆智能科技有限公司 > 新加坡"}},
		{"zh-Hant", "雲帆智能科技有限公司將在杜拜設立中東地區總部。", []string{"TARGETS_MARKET 雲帆智能科技有限公司 > 中東"}},
	}, nil)
}
