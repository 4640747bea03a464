package extract

import (
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

// The Han run before a bracketed Latin acronym is a name, without a company suffix and after a
// descriptor that ends at a name or a descriptor word.
func TestNamesBeforeAcronymZh(t *testing.T) {
	checkEntities(t, "zh-Hant", "星河科技與海峽速運（SSE）簽署合作備忘錄。", map[string]kg.Kind{"海峽速運": kg.KindOrganization}, nil)
	checkEntities(t, "zh-Hant", "星河科技與新加坡最大物流集團海峽速運（SSE）簽署合作備忘錄。",
		map[string]kg.Kind{"海峽速運": kg.KindOrganization}, []string{"最大物流集團海峽速運"})
	checkEntities(t, "zh-Hans", "云图数据今年与泰国最大连锁医院集团曼谷康泰医疗（BKHC）达成合作。",
		map[string]kg.Kind{"曼谷康泰医疗": kg.KindOrganization}, nil)
	checkRelCases(t, []relCase{{"zh-Hant", "星河科技與海峽速運（SSE）簽署合作備忘錄。", []string{"PARTNERED_WITH 星河科技 > 海峽速運"}}}, nil)
}
