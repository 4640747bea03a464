package extract

import "testing"

// A Hong Kong stock code in brackets after a name says the company is listed on the exchange; a
// year in brackets does not.
func TestStockCodesZh(t *testing.T) {
	known := []Known{{ID: "hkex", Kind: "ORGANIZATION", Names: []string{"港交所"}}, {ID: "hong-kong", Kind: "PLACE", Names: []string{"香港"}}}
	listed := func(text string) bool {
		for _, p := range Extract(Input{Text: text, Language: "zh-Hant", Known: known}) {
			if r := p.Relationship; r != nil && r.Type == "LISTED_ON" && r.To.EntityID == "hkex" {
				return true
			}
		}
		return false
	}
	for text, want := range map[string]bool{
		"醫療機械人公司睿醫智能控股（2617）昨日公布業績。": true,
		"瑞聲科技（股份代號：2018）公布業績。":       true,
		"香港芯片公司智行微电子(02718.HK)正式挂牌。": true,
		"星河科技（2019）公布業績。":            false,
		"上海星河科技（688123）公布業績。":        false,
	} {
		if got := listed(text); got != want {
			t.Errorf("%s: listed %v, want %v", text, got, want)
		}
	}
}
