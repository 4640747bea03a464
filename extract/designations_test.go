package extract

import (
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

// A designation (专精特新「小巨人」企业, 高新技术企业) is what a company is recognised as, not a
// body: RECOGNIZED_BY goes to the body that designates (被乙认定为, 获乙认定为), or to nothing.
// The designation itself is a POLICY the company is SELECTED_FOR (designations_zh.go).
func TestDesignationIsAPolicy(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "去年，星河智能科技被广州市工业和信息化局认定为“专精特新”中小企业。",
			[]string{"RECOGNIZED_BY 星河智能科技 > 广州市工业和信息化局", "SELECTED_FOR 星河智能科技 > “专精特新”中小企业"}},
		{"zh-Hant", "瀚海數據科技於2022年被科技部認定為國家級專精特新「小巨人」企業。",
			[]string{"RECOGNIZED_BY 瀚海數據科技 > 科技部", "SELECTED_FOR 瀚海數據科技 > 國家級專精特新「小巨人」企業"}},
		{"zh-Hans", "云启科技有限公司于2023年获科学技术部认定为高新技术企业。",
			[]string{"RECOGNIZED_BY 云启科技有限公司 > 科学技术部", "SELECTED_FOR 云启科技有限公司 > 高新技术企业"}},
		{"zh-Hant", "物流初創速達通早前獲生產力局頒發「智慧物流企業」認證；公司計劃明年擴展至澳門。",
			[]string{"SELECTED_FOR 速達通 > 「智慧物流企業」認證", "RECOGNIZED_BY 速達通 > 生產力局"}},
		{"zh-Hans", "凭借自研芯片，芯途半导体今年获评江苏省“瞪羚”企业。",
			[]string{"SELECTED_FOR 芯途半导体 > 江苏省“瞪羚”企业"}},
		{"zh-Hans", "早在前年，蓝鲸半导体已获深圳市科技创新局认定为“高新技术企业”。",
			[]string{"SELECTED_FOR 蓝鲸半导体 > 高新技术企业"}},
	}, nil)
	checkRelAbsent(t, []relCase{
		{"zh-Hans", "去年，星河智能科技被广州市工业和信息化局认定为“专精特新”中小企业。",
			[]string{"RECOGNIZED_BY 广州市工业和信息化局 > 专精特新", "SELECTED_FOR 广州市工业和信息化局 > “专精特新”中小企业"}},
		{"zh-Hans", "蓝鲸半导体有限公司认定为专精特新「小巨人」企业。",
			[]string{"RECOGNIZED_BY 蓝鲸半导体有限公司 > 专精特新", "RECOGNIZED_BY 蓝鲸半导体有限公司 > 小巨人"}},
		{"zh-Hant", "瀚海數據科技於2022年被科技部認定為國家級專精特新「小巨人」企業。",
			[]string{"RECOGNIZED_BY 科技部 > 小巨人", "RECOGNIZED_BY 瀚海數據科技 > 小巨人"}},
		// A list one joins, or a verb phrase that goes on past the noun, is no designation.
		{"zh-Hans", "星河智能科技被列为重点企业名单成员。", []string{"SELECTED_FOR 星河智能科技 > 重点企业"}},
		// An award is not a designation: 获评 an award stays with the award cues.
		{"zh-Hans", "星河智能科技获评年度最佳初创奖。", []string{"SELECTED_FOR 星河智能科技 > 年度最佳初创"}},
	})
	// The designation is a POLICY, named also without its level or quotes; the body is an organisation.
	checkEntities(t, "zh-Hans", "去年，星河智能科技被广州市工业和信息化局认定为“专精特新”中小企业。",
		map[string]kg.Kind{"广州市工业和信息化局": kg.KindOrganization, "“专精特新”中小企业": kg.KindPolicy}, nil)
	checkEntities(t, "zh-Hant", "瀚海數據科技早前獲香港生產力促進局認定為「創科企業」。",
		map[string]kg.Kind{"香港生產力促進局": kg.KindOrganization, "創科企業": kg.KindPolicy}, nil)
}

func TestDesignationForms(t *testing.T) {
	for _, tc := range []struct {
		name string
		want []string
	}{
		{"国家级专精特新“小巨人”企业", []string{"专精特新“小巨人”企业", "国家级专精特新小巨人企业", "专精特新小巨人企业", "小巨人"}},
		{"“专精特新”中小企业", []string{"专精特新中小企业", "专精特新"}},
		{"「創新科技企業」認證", []string{"創新科技企業認證", "創新科技企業"}},
		{"高新技术企业", nil},
	} {
		got := designationForms(tc.name)
		if len(got) != len(tc.want) {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
			}
		}
	}
}
