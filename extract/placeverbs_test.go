package extract

import (
	"strings"
	"testing"
)

// Where an organisation is versus where it sells, by the verb family (cues/relations.tsv,
// h12r17place block). Invented sentences.
func TestPlaceVerbFamiliesZh(t *testing.T) {
	const intro = "星辰智能科技有限公司（星辰智能）今日宣布完成融资。"
	checkRelCases(t, []relCase{
		{"zh-Hans", intro + "星辰智能是一家总部在深圳的机器人公司。", []string{"LOCATED_IN 星辰智能 > 深圳"}},
		{"zh-Hans", intro + "星辰智能的总部目前设在苏州。", []string{"LOCATED_IN 星辰智能 > 苏州"}},
		{"zh-Hant", intro + "星辰智能總部現時設於深圳。", []string{"LOCATED_IN 星辰智能 > 深圳"}},
		{"zh-Hans", intro + "星辰智能总部迁到香港后，将加快海外扩张。", []string{"LOCATED_IN 星辰智能 > 香港"}},
		{"zh-Hans", intro + "星辰智能今年在香港落户。", []string{"LOCATED_IN 星辰智能 > 香港"}},
		{"zh-Hans", intro + "星辰智能目前在深圳和香港两地办公。", []string{"LOCATED_IN 星辰智能 > 深圳", "LOCATED_IN 星辰智能 > 香港"}},
		{"zh-Hans", intro + "星辰智能计划今年瞄准印尼市场。", []string{"TARGETS_MARKET 星辰智能 > 印尼"}},
		{"zh-Hant", intro + "星辰智能計劃明年搶佔東南亞市場。", []string{"TARGETS_MARKET 星辰智能 > 東南亞"}},
		{"zh-Hans", intro + "星辰智能计划将业务扩张至中东。", []string{"TARGETS_MARKET 星辰智能 > 中东"}},
		{"zh-Hans", intro + "星辰智能扎根香港，业务辐射东南亚。", []string{"LOCATED_IN 星辰智能 > 香港", "TARGETS_MARKET 星辰智能 > 东南亚"}},
		// Verbs that carry a business into a market.
		{"zh-Hans", intro + "星辰智能计划在泰国开展业务。", []string{"TARGETS_MARKET 星辰智能 > 泰国"}},
		{"zh-Hans", intro + "星辰智能将产品推广至东南亚。", []string{"TARGETS_MARKET 星辰智能 > 东南亚"}},
		{"zh-Hant", intro + "星辰智能正挺進歐洲市場。", []string{"TARGETS_MARKET 星辰智能 > 歐洲"}},
	}, nil)
	// An event's venue and a product registered in a market say nothing of where the company is.
	for _, text := range []string{intro + "星辰智能于上周在新加坡举办发布会。", intro + "星辰智能表示，资金将用于在欧洲申请产品注册。"} {
		got := rels(Extract(Input{Text: text, Language: "zh-Hans", Published: "2025-06-05"}))
		for _, w := range []string{"LOCATED_IN 星辰智能 > 新加坡", "LOCATED_IN 星辰智能 > 欧洲"} {
			if got[w] != nil {
				t.Errorf("%s: unwanted %s", text, w)
			}
		}
	}
}

func TestPlaceVerbFamiliesEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Brisa Optics is incorporated in Singapore.", []string{"LOCATED_IN Brisa Optics > Singapore"}, nil},
		{"Brisa Optics, registered in Hong Kong, makes lenses.", []string{"LOCATED_IN Brisa Optics > Hong Kong"}, nil},
		{"Brisa Optics chose Singapore as its regional headquarters.", []string{"LOCATED_IN Brisa Optics > Singapore"}, nil},
		{"Brisa Optics will enter Vietnam next year.", []string{"TARGETS_MARKET Brisa Optics > Vietnam"}, []string{"LOCATED_IN Brisa Optics > Vietnam"}},
		{"Brisa Optics exports lenses to Europe.", []string{"TARGETS_MARKET Brisa Optics > Europe"}, nil},
	})
}

// 香港 right before a name in Hong Kong news opens the name or labels it; another place there
// says where the company is. An event's venue is no company's location. Invented sentences.
func TestPlaceBeforeNameAndVenues(t *testing.T) {
	text := "新加坡丰源国际与香港星辰智能科技有限公司签署合作协议。"
	got := rels(Extract(Input{Text: text, Language: "zh-Hans", Published: "2025-06-05"}))
	if got["LOCATED_IN 丰源国际 > 新加坡"] == nil {
		t.Errorf("%s: missing LOCATED_IN 丰源国际 > 新加坡 in %v", text, keys(got))
	}
	for k := range got {
		if strings.HasPrefix(k, "LOCATED_IN 星辰智能") {
			t.Errorf("%s: unwanted %s", text, k)
		}
	}
	checkEnCases(t, []enCase{
		{"Corvel Labs raised US$10 million. The summit was held in Hong Kong on Monday.", nil, []string{"LOCATED_IN Corvel Labs > Hong Kong"}},
	})
}

// 登陸 a place is entering its market; 登陸 its exchange is a listing. Invented sentences.
func TestLandingMarketsZh(t *testing.T) {
	const intro = "星辰智能科技有限公司（星辰智能）今日宣布完成融资。"
	checkRelCases(t, []relCase{
		{"zh-Hant", intro + "星辰智能已於去年登陸新加坡，今年再登陸日本。", []string{"TARGETS_MARKET 星辰智能 > 新加坡", "TARGETS_MARKET 星辰智能 > 日本"}},
	}, nil)
	for _, text := range []string{intro + "星辰智能計劃明年登陸香港主板。", intro + "星辰智能計劃明年進入香港資本市場。"} {
		if got := rels(Extract(Input{Text: text, Language: "zh-Hant", Published: "2025-06-05"})); got["TARGETS_MARKET 星辰智能 > 香港"] != nil {
			t.Errorf("%s: unwanted TARGETS_MARKET 星辰智能 > 香港", text)
		}
	}
}
