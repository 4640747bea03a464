package extract

import (
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

// 和 joins two names only when a name stands on each side: after a clause's start, a
// preposition or 股东 it opens the name (老股东和裕资本), and a brand of one rune is no name
// (和谐资本, not 谐资本); between two names it is "and".
func TestHeInsideNames(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		want       map[string]kg.Kind
		not        []string
	}{
		{"zh-Hans", "云启科技完成A轮融资，本轮由老股东和裕资本领投。", map[string]kg.Kind{"和裕资本": kg.KindOrganization}, []string{"裕资本"}},
		{"zh-Hant", "雲啟科技完成A輪融資，由和諧資本領投，星河創投跟投。", map[string]kg.Kind{"和諧資本": kg.KindOrganization}, []string{"諧資本"}},
		{"zh-Hans", "和铂医药今日宣布完成新一轮融资。", map[string]kg.Kind{"和铂医药": kg.KindOrganization}, []string{"铂医药"}},
		// Between two names 和 is "and".
		{"zh-Hans", "蓝海资本和裕丰创投共同投资了云帆科技。", map[string]kg.Kind{"蓝海资本": kg.KindOrganization, "裕丰创投": kg.KindOrganization},
			[]string{"和裕丰创投"}},
		{"zh-Hant", "母公司和子公司均設於香港。", nil, []string{"和子公司"}},
		{"zh-Hans", "市政府和区政府将共同出资。", nil, []string{"和区政府"}},
	} {
		checkEntities(t, c.lang, c.text, c.want, c.not)
	}
	checkRelCases(t, []relCase{
		{"zh-Hans", "云启科技完成A轮融资，本轮由老股东和裕资本领投。", []string{"INVESTED_IN 和裕资本 > 云启科技"}},
	}, nil)
}
