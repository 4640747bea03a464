package extract

import (
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

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

// A local government named in full is the organisation its district or its short name stands
// for later in the text: its head leads the government, not a district.
func TestDistrictGovernments(t *testing.T) {
	const text = "活动由深圳市宝安区人民政府主办。活动上，宝安区发布《宝安区支持科创企业十条措施》，提出设立规模5亿元的“宝安科创基金”。宝安区区长黄宇航致辞。宝安区人民政府还与香港理工大学签署合作协议。"
	checkFacts(t, [][3]string{
		{"zh-Hans", text, "LEADS 黄宇航 > 深圳市宝安区人民政府"},
		{"zh-Hans", text, "ANNOUNCED 深圳市宝安区人民政府 > 宝安区支持科创企业十条措施"},
		{"zh-Hans", text, "PARTNERED_WITH 深圳市宝安区人民政府 > 香港理工大学"}}, [][3]string{
		{"zh-Hans", text, "LEADS 黄宇航 > 宝安区"}})
	checkEntities(t, "zh-Hant", "活動由深圳市南山區人民政府主辦。南山區人民政府還與香港理工大學簽署協議。", map[string]kg.Kind{"深圳市南山區人民政府": kg.KindOrganization}, []string{"南山區人民政府", "深圳市"})
}
