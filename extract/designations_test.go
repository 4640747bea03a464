package extract

import (
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

// A designation (专精特新「小巨人」企业, 高新技术企业) is what a company is recognised as, not a
// body: RECOGNIZED_BY goes to the body that designates (被乙认定为, 获乙认定为), or to nothing.
func TestDesignationIsNoEntity(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "去年，星河智能科技被广州市工业和信息化局认定为“专精特新”中小企业。",
			[]string{"RECOGNIZED_BY 星河智能科技 > 广州市工业和信息化局"}},
		{"zh-Hant", "瀚海數據科技於2022年被科技部認定為國家級專精特新「小巨人」企業。",
			[]string{"RECOGNIZED_BY 瀚海數據科技 > 科技部"}},
		{"zh-Hans", "云启科技有限公司于2023年获科学技术部认定为高新技术企业。",
			[]string{"RECOGNIZED_BY 云启科技有限公司 > 科学技术部"}},
	}, nil)
	checkRelAbsent(t, []relCase{
		{"zh-Hans", "去年，星河智能科技被广州市工业和信息化局认定为“专精特新”中小企业。",
			[]string{"RECOGNIZED_BY 广州市工业和信息化局 > 专精特新"}},
		{"zh-Hans", "蓝鲸半导体有限公司认定为专精特新「小巨人」企业。",
			[]string{"RECOGNIZED_BY 蓝鲸半导体有限公司 > 专精特新", "RECOGNIZED_BY 蓝鲸半导体有限公司 > 小巨人"}},
		{"zh-Hant", "瀚海數據科技於2022年被科技部認定為國家級專精特新「小巨人」企業。",
			[]string{"RECOGNIZED_BY 科技部 > 小巨人", "RECOGNIZED_BY 瀚海數據科技 > 小巨人"}},
	})
	// The designation is no entity either; the body that designates is.
	checkEntities(t, "zh-Hans", "去年，星河智能科技被广州市工业和信息化局认定为“专精特新”中小企业。",
		map[string]kg.Kind{"广州市工业和信息化局": kg.KindOrganization}, []string{"专精特新"})
	checkEntities(t, "zh-Hant", "瀚海數據科技早前獲香港生產力促進局認定為「創科企業」。",
		map[string]kg.Kind{"香港生產力促進局": kg.KindOrganization}, []string{"創科企業"})
}
