package extract

import (
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

// A topic noun (a field, a line of business, a list, confidence) ends no name; the copula 系
// ends the name before it, brand or not, and opens none after a break.
func TestNameEndsZh(t *testing.T) {
	cases := []struct {
		lang, text string
		want       map[string]kg.Kind
		not        []string
	}{
		{"zh-Hans", "云帆智能在储能领域与北辰电池合作开发新产品。", map[string]kg.Kind{"北辰电池": kg.KindOrganization}, []string{"储能领域"}},
		{"zh-Hant", "雲帆智能在儲能領域與北辰電池合作開發新產品。", map[string]kg.Kind{"北辰電池": kg.KindOrganization}, []string{"儲能領域"}},
		{"zh-Hans", "管理层对公司前景有信心。", nil, []string{"有信心", "公司前景"}},
		{"zh-Hans", "朗峰科技系北辰控股有限公司的全资子公司。", map[string]kg.Kind{"北辰控股有限公司": kg.KindOrganization}, []string{"朗峰科技系北辰控股有限公司"}},
		{"zh-Hans", "朗峰系北辰控股有限公司的全资子公司。", map[string]kg.Kind{"北辰控股有限公司": kg.KindOrganization}, []string{"朗峰系北辰控股有限公司"}},
		{"zh-Hant", "基金管理人為朗峰投資管理有限公司，系北辰資本管理有限公司的全資子公司。", map[string]kg.Kind{"北辰資本管理有限公司": kg.KindOrganization}, []string{"系北辰資本管理有限公司"}},
		// A figure or a plan after a descriptor is a clause, and the listing market no name.
		{"zh-Hans", "在政策支持下，广州储能企业数量快速增长。", nil, []string{"数量快速增长"}},
		{"zh-Hant", "據報道，雲帆智能正在籌備港股上市。", nil, []string{"籌備港股", "港股"}},
		// A field noun after a run makes it the field.
		{"zh-Hant", "業界普遍認為，香港金融科技行業發展迅速。", nil, []string{"香港金融科技"}},
		// An industry descriptor ends no name, even when the name after it was found alone.
		{"zh-Hant", "新加坡主權基金淡馬錫參與了本輪融資。", map[string]kg.Kind{"淡馬錫": kg.KindOrganization}, []string{"新加坡主權基金"}},
		{"zh-Hans", "德国汽车零部件供应商Bosch与星河科技合作。", nil, []string{"德国汽车零部件供应商"}},
		// An owner noun (區屬國企, 央企, 上市公司) describes the name after it.
		{"zh-Hans", "新园区由南山区属国企北辰城市发展有限公司负责运营。", map[string]kg.Kind{"北辰城市发展有限公司": kg.KindOrganization}, []string{"区属国企北辰城市发展有限公司"}},
		{"zh-Hant", "央企北辰電力集團與遠山資本簽署協議。", map[string]kg.Kind{"北辰電力集團": kg.KindOrganization}, []string{"央企北辰電力集團"}},
		// An abridged kind of firm (科企, 車企) stands before the name it describes.
		{"zh-Hant", "內地科企星河智能宣布在港設立國際總部。", map[string]kg.Kind{"星河智能": kg.KindOrganization}, nil},
		{"zh-Hant", "國內車企北辰汽車與寧德時代合作。", map[string]kg.Kind{"北辰汽車": kg.KindOrganization}, []string{"國內車企北辰汽車"}},
		// A Hong Kong policy bureau is named without the city; a statutory body keeps it.
		{"zh-Hans", "香港财经事务及库务局副局长出席仪式。", map[string]kg.Kind{"财经事务及库务局": kg.KindOrganization}, []string{"香港财经事务及库务局"}},
		{"zh-Hant", "香港生產力促進局與遠山資本合作。", map[string]kg.Kind{"香港生產力促進局": kg.KindOrganization}, nil},
		// A country the walk's limit cut in two is no part of a foreign agency's name.
		{"zh-Hant", "雲帆智能與阿聯酋杜拜水務及電力管理局簽署協議。", map[string]kg.Kind{"杜拜水務及電力管理局": kg.KindOrganization}, []string{"阿聯酋杜拜水務", "電力管理局"}},
		// 控股 before 子公司/股東 says "controlling": the name ends before it; a deal is no party.
		{"zh-Hans", "交易完成后，云帆智能将成为北辰电气控股子公司。", map[string]kg.Kind{"北辰电气": kg.KindOrganization}, []string{"北辰电气控股", "交易"}},
		{"zh-Hant", "星河控股宣布完成收購。", map[string]kg.Kind{"星河控股": kg.KindOrganization}, nil},
		// 會否 asks "will it"; 投資 before an amount is the verb; talks and chances are no party.
		{"zh-Hant", "被問到新加坡主權基金會否入股，他未有回應。", nil, []string{"新加坡主權基金會"}},
		{"zh-Hant", "公司計劃未來三年在越南投資約2億港元。", nil, []string{"越南投資"}},
		{"zh-Hant", "雙方簽訂合作框架，探討共同投資機會。", nil, []string{"探討", "機會"}},
		{"zh-Hant", "星河基金會宣布捐款。", map[string]kg.Kind{"星河基金會": kg.KindOrganization}, nil},
		// A company's securities office; a clause opened by 等, 本次, 有助.
		{"zh-Hans", "对此，北辰微电子证券部人士回应称没有相关计划。", map[string]kg.Kind{"北辰微电子": kg.KindOrganization}, []string{"北辰微电子证券"}},
		{"zh-Hans", "双方将在研发、人才等方面开展合作。本次发行尚需公司股东大会审议。", nil, []string{"等方面开展合作", "本次发行尚需公司"}},
		// 與 after a brand's kind word joins two names, not two fields of one.
		{"zh-Hant", "星河科技與人工智能公司OpenAI合作。", map[string]kg.Kind{"星河科技": kg.KindOrganization}, []string{"星河科技與人工智能公司"}},
		{"zh-Hant", "創新及科技基金向星河科技提供資助。", map[string]kg.Kind{"創新及科技基金": kg.KindFund}, nil},
		// A deal verb after an adverb opens its object, not a name.
		{"zh-Hans", "远山资本曾投资储能电池企业北辰能源。", map[string]kg.Kind{"北辰能源": kg.KindOrganization}, []string{"投资储能电池"}},
		{"zh-Hant", "遠山資本已收購星河科技。", map[string]kg.Kind{"星河科技": kg.KindOrganization}, []string{"收購星河科技"}},
		// A reporting verb is no name.
		{"zh-Hans", "星河科技相关负责人告诉记者，公司正与多家车企洽谈合作。", nil, []string{"告诉"}},
		// 系統, 體系 and a university's department keep their 系.
		{"zh-Hans", "远山系统集成有限公司宣布上市。", map[string]kg.Kind{"远山系统集成有限公司": kg.KindOrganization}, nil},
	}
	for _, c := range cases {
		checkEntities(t, c.lang, c.text, c.want, c.not)
	}
}
