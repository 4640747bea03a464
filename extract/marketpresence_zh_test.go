package extract

import "testing"

// A company that operates in places with no object after the verb serves those markets; an
// object after the verb (a line, a warehouse) is a site. Invented sentences.
func TestOperatesInMarketsZh(t *testing.T) {
	checkZhCases(t, []zhCase{
		{"zh-Hant", "本地外賣平台「飯盒通」於2020年創立，目前在香港、澳門及台灣營運。",
			[]string{"TARGETS_MARKET 飯盒通 > 香港", "TARGETS_MARKET 飯盒通 > 澳門", "TARGETS_MARKET 飯盒通 > 台灣"},
			[]string{"LOCATED_IN 飯盒通 > 澳門"}},
		{"zh-Hans", "清源智能总部位于杭州，目前在新加坡运营，员工约50人。",
			[]string{"TARGETS_MARKET 清源智能 > 新加坡"}, []string{"LOCATED_IN 清源智能 > 新加坡"}},
		{"zh-Hans", "清源智能总部位于杭州，此前已在前海运营一条中试线。",
			[]string{"LOCATED_IN 清源智能 > 前海"}, []string{"TARGETS_MARKET 清源智能 > 前海"}},
	})
}

// A market left was a market until then: the fact is stated, and ended. Invented sentences.
func TestMarketsLeft(t *testing.T) {
	checkZhCases(t, []zhCase{
		{"zh-Hant", "飯盒通昨日宣布裁員約50人，並即時關閉新加坡業務。", []string{"TARGETS_MARKET 飯盒通 > 新加坡"}, nil},
		{"zh-Hans", "清源智能表示，公司已于去年退出日本市场。", []string{"TARGETS_MARKET 清源智能 > 日本"}, nil},
	})
	checkEnCases(t, []enCase{
		{"Brisa Optics said it had exited the Japanese market after two years of losses.",
			[]string{"TARGETS_MARKET Brisa Optics > Japanese"}, nil},
	})
	for _, p := range Extract(Input{Text: "飯盒通昨日宣布並即時關閉新加坡業務。", Language: "zh-Hant", Published: "2025-06-05"}) {
		if r := p.Relationship; r != nil && r.Type == "TARGETS_MARKET" && r.Status != "ENDED" {
			t.Errorf("a market left: status %q, want ENDED", r.Status)
		}
	}
}

// A product tried out in a place is a market entered; the subject is the company a programme's
// incubatee noun describes, not the programme's owner before it. Invented sentences.
func TestTrialMarketsZh(t *testing.T) {
	checkZhCases(t, []zhCase{
		{"zh-Hant", "科技園公司培育公司「泊易科技」昨日與當地電訊商簽約，明年起在吉隆坡試行其智能泊車系統。",
			[]string{"TARGETS_MARKET 泊易科技 > 吉隆坡"}, []string{"TARGETS_MARKET 科技園公司 > 吉隆坡"}},
	})
}

// Money from a region (中東資本) is no firm that enters a market. Invented sentences.
func TestRegionCapitalNoFirmZh(t *testing.T) {
	checkZhCases(t, []zhCase{
		{"zh-Hant", "局長表示，香港可以成為東南亞資本進入內地市場的橋樑。",
			nil, []string{"TARGETS_MARKET 東南亞資本 > 內地"}},
	})
}

// A clause that opens with the company's own office (国际总部, 办事处) names no other subject:
// the markets it will cover are the company's. Invented sentences.
func TestOfficeOpenedClausesZh(t *testing.T) {
	checkZhCases(t, []zhCase{
		{"zh-Hans", "清源智能宣布在香港设立国际总部。据介绍，国际总部将统筹东南亚和中东市场的拓展，首站为新加坡。",
			[]string{"TARGETS_MARKET 清源智能 > 东南亚", "TARGETS_MARKET 清源智能 > 中东", "TARGETS_MARKET 清源智能 > 新加坡"}, nil},
	})
}
