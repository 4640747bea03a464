package extract

import "testing"

// A district named with or without 区 after its city.
func TestDistricts(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "云帆智能成立于2020年，总部位于深圳龙岗区，主营激光雷达。", []string{"LOCATED_IN 云帆智能 > 龙岗区"}},
		{"zh-Hans", "云帆智能成立于2020年，总部位于深圳罗湖，主营激光雷达。", []string{"LOCATED_IN 云帆智能 > 罗湖"}},
	}, nil)
	checkRelAbsent(t, []relCase{
		{"zh-Hans", "云帆智能成立于2020年，总部位于深圳龙岗区，主营激光雷达。", []string{"LOCATED_IN 云帆智能 > 龙岗"}},
		{"zh-Hans", "云帆智能成立于2020年，总部位于深圳罗湖，主营激光雷达。", []string{"LOCATED_IN 云帆智能 > 深圳"}},
	})
}
