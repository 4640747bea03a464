package extract

import (
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

// Clauses of reporting and denial, noun phrases about no one in particular, a company's own
// offices and the things it owns are read as no name; an adverb after a name is cut off it.
func TestReportAndGenericNonNames(t *testing.T) {
	cases := []struct {
		lang, text string
		want       map[string]kg.Kind
		not        []string
	}{
		{"zh-Hant", "有報道指政府會把資助計劃擴展至中東市場，政府發言人回應時表示暫時未有相關計劃。", nil,
			[]string{"有報道指政府", "發言人", "暫時未有相關計劃"}},
		{"zh-Hans", "对于市场传闻公司将赴港上市，星图科技表示暂无时间表。", nil, []string{"市场传闻公司"}},
		{"zh-Hans", "星图科技目前未与任何券商签署辅导协议。", nil, []string{"任何券商"}},
		{"zh-Hant", "科大以三項專利作價入股初創「智匯能源」。", nil, []string{"專利"}},
		{"zh-Hans", "云帆智能还表示，公司计划在新加坡设立办事处。", map[string]kg.Kind{"云帆智能": kg.KindOrganization}, []string{"云帆智能还"}},
	}
	for _, c := range cases {
		checkEntities(t, c.lang, c.text, c.want, c.not)
	}
	checkRelAbsent(t, []relCase{
		{"zh-Hans", "星图科技目前未与任何券商签署辅导协议，但已与星河资本签署合作协议。", []string{"PARTNERED_WITH 星图科技 > 任何券商"}},
		{"zh-Hant", "有報道指政府會把資助計劃擴展至中東市場。", []string{"TARGETS_MARKET 有報道指政府 > 中東"}},
	})
}

// A known entity is not matched by an alias any company could bear (国际总部).
func TestGenericKnownAliases(t *testing.T) {
	known := []Known{{ID: "acme-intl-hq", Kind: kg.KindFacility, Names: []string{"Acme international headquarters", "艾克米国际总部", "国际总部"}}}
	ps := Extract(Input{Text: "北京AI企业深言科技 国际总部落户科学园", Language: "zh-Hans", Known: known})
	for _, p := range ps {
		if r := p.Relationship; r != nil && (r.From.EntityID == "acme-intl-hq" || r.To.EntityID == "acme-intl-hq") {
			t.Errorf("another company's 国际总部 read as the known one: %s %s > %s", r.Type, r.From.Name, r.To.Name)
		}
	}
	ps = Extract(Input{Text: "艾克米国际总部落户香港科学园。", Language: "zh-Hans", Known: known})
	if got := rels(ps); got["LOCATED_IN 艾克米国际总部 > 香港科学园"] == nil {
		t.Errorf("the known name itself no longer matches: %v", keys(got))
	}
}

// A verb that governs a name is cut off it, or is no name alone; 旗下 takes only the owner
// written right before it.
func TestVerbsBeforeNamesAndOwners(t *testing.T) {
	checkEntities(t, "zh-Hans", "引进办主任刘广表示，欢迎瑞能科技落户香港。", nil, []string{"欢迎瑞能科技"})
	checkRelCases(t, []relCase{
		{"zh-Hans", "引进办主任刘广表示，欢迎瑞能科技落户香港。", []string{"LOCATED_IN 瑞能科技 > 香港"}},
	}, nil)
	checkRelAbsent(t, []relCase{
		{"zh-Hant", "集團旗下的「恒基雲」已獲香港科技園公司邀請進駐將軍澳數據技術中心。", []string{"LOCATED_IN 邀請 > 將軍澳數據技術中心"}},
		{"zh-Hant", "恒基科網的主要股東為李氏家族旗下的恒基控股，持股約52%。", []string{"SUBSIDIARY_OF 恒基控股 > 恒基科網"}},
	})
	checkRelCases(t, []relCase{
		{"zh-Hant", "恒基科網的主要股東為恒基集團旗下的恒基控股，持股約52%。", []string{"SUBSIDIARY_OF 恒基控股 > 恒基集團"}},
	}, nil)
}

// Descriptions and verbs that the finders took for names.
func TestDescriptionsAreNoNames(t *testing.T) {
	cases := []struct {
		lang, text string
		not        []string
	}{
		{"zh-Hant", "今年7月又參與了香港生物科技公司澄析醫療3億港元的B輪融資，該輪由星河資本領投。", []string{"香港生物科技公司"}},
		{"zh-Hans", "此外，星图储能透露正与多家香港公用事业公司接触，但尚未签订任何合作协议。", []string{"接触"}},
		{"zh-Hant", "星河支付行政總裁陳大文這樣形容公司與同業海瀾科技的合併。", []string{"樣形容公司"}},
		{"zh-Hant", "計劃由政府撥款十億港元，每間企業最高可獲一百萬港元資助。", []string{"最高可"}},
		{"zh-Hans", "星图科技由该院材料学院副教授陈一鸣团队孵化。", []string{"院材料学院"}},
	}
	for _, c := range cases {
		checkEntities(t, c.lang, c.text, nil, c.not)
	}
}
