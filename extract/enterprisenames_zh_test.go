package extract

import (
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

// "<listed group> 企業" that ends the name is the group's investment arm, one name.
func TestEnterpriseNamesZh(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hant", "星橋科技完成A輪融資，由藍田資本領投，周大福企業跟投。", []string{"INVESTED_IN 周大福企業 > 星橋科技"}},
	}, nil)
	checkEntities(t, "zh-Hant", "周大福企業及港投公司均有參與。", map[string]kg.Kind{"周大福企業": kg.KindOrganization}, nil)
	checkEntities(t, "zh-Hant", "騰訊企業微信用戶增長。", nil, []string{"騰訊企業", "騰訊企業微信"})
}
