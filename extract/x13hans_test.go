package extract

import (
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

// TestGovernmentBodiesAndPlacedNames (x13hans): a bureau named after its government, bureaus
// whose portfolios 和 joins, offices, heads of associations, teams in quotes and companies
// introduced by their city; and phrases of the same shapes that are no names.
func TestGovernmentBodiesAndPlacedNames(t *testing.T) {
	cases := []struct {
		lang, text string
		want       map[string]kg.Kind
		not        []string
	}{
		{"zh-Hans", "香港特区政府创新科技及工业局局长出席典礼。", map[string]kg.Kind{"创新科技及工业局": kg.KindOrganization}, []string{"香港特区政府创新科技及工业局", "香港特区政府创新科技"}},
		{"zh-Hant", "香港特區政府商務及經濟發展局宣布新措施。", map[string]kg.Kind{"商務及經濟發展局": kg.KindOrganization}, []string{"香港特區政府商務及經濟發展局"}},
		{"zh-Hans", "深圳市政府金融工作局表示支持。", map[string]kg.Kind{"金融工作局": kg.KindOrganization}, nil},
		{"zh-Hans", "公司去年获深圳市规划和自然资源局批准。", map[string]kg.Kind{"深圳市规划和自然资源局": kg.KindOrganization}, []string{"自然资源局"}},
		{"zh-Hans", "前海金控和招商局资本共同出资。", map[string]kg.Kind{"招商局资本": kg.KindOrganization}, []string{"前海金控和招商局"}},
		{"zh-Hans", "香港特区政府引进重点企业办公室今日公布数字。", map[string]kg.Kind{"引进重点企业办公室": kg.KindOrganization}, nil},
		{"zh-Hans", "公司将在慕尼黑设立办公室。", nil, []string{"设立办公室", "慕尼黑设立办公室"}},
		{"zh-Hans", "她本科毕业后赴牛津大学深造。", map[string]kg.Kind{"牛津大学": kg.KindOrganization}, []string{"赴牛津大学"}},
		{"zh-Hant", "他其後前往劍橋大學攻讀碩士。", map[string]kg.Kind{"劍橋大學": kg.KindOrganization}, []string{"前往劍橋大學"}},
		{"zh-Hans", "香港机器人协会会长陈志强致辞。", map[string]kg.Kind{"陈志强": kg.KindPerson}, nil},
		{"zh-Hans", "三等奖由香港理工大学团队“澜芯科技”获得。", map[string]kg.Kind{"澜芯科技": kg.KindOrganization}, nil},
		{"zh-Hant", "評審亦表揚了中大學生團隊「聲紋識別」。", map[string]kg.Kind{"聲紋識別": kg.KindOrganization}, nil},
		{"zh-Hans", "上海的云帆智能则将把亚太总部设在香港。", map[string]kg.Kind{"云帆智能": kg.KindOrganization}, nil},
		{"zh-Hans", "来自杭州的星河数据宣布落户。", map[string]kg.Kind{"星河数据": kg.KindOrganization}, nil},
		{"zh-Hans", "香港的发展前景良好。", nil, []string{"发展前景良好", "发展前景"}},
		{"zh-Hans", "深圳的初创企业则更早开始布局。", nil, []string{"初创企业"}},
	}
	for _, c := range cases {
		got := proposedEntities(c.lang, c.text)
		for n, k := range c.want {
			if got[n] != k {
				t.Errorf("%s: want %s %s, got %q (all %v)", c.text, k, n, got[n], got)
			}
		}
		for _, n := range c.not {
			if _, ok := got[n]; ok {
				t.Errorf("%s: %q proposed as a name", c.text, n)
			}
		}
	}
}
