package extract

import "testing"

// A delegation, "the new centre" and capital named by its origin are no organisations.
func TestGroupNounsZh(t *testing.T) {
	for _, text := range []string{
		"香港創科代表團昨日抵達利雅得。代表團今日轉往阿布扎比。",
		"合肥市政府代表团赴香港举办推介会。",
		"新中心由星橋科技與信和置業合作營運。",
		"他指香港可以成為中東資本進入內地市場的橋樑，吸引海外資金。",
	} {
		checkEntities(t, "zh-Hant", text, nil, []string{"香港創科代表團", "代表團", "合肥市政府代表团", "新中心", "中東資本", "海外資金"})
	}
	for _, n := range []string{"红杉资本", "新鸿基地产", "新世界发展", "香港中文大学"} {
		if commonNounName(n) {
			t.Errorf("%s read as a common noun", n)
		}
	}
}
