package extract

import (
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

// A site written right after its Hong Kong district is the site, LOCATED_IN the district; what is
// said to be there is in the site. A district that news keeps in the name stays in it.
func TestSiteDistricts(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hant", "論壇在尖沙咀香港文化中心舉行。", []string{"LOCATED_IN 香港文化中心 > 尖沙咀"}},
		{"zh-Hant", "星河科技的辦公室設於金鐘太古廣場二期。", []string{"LOCATED_IN 太古廣場二期 > 金鐘"}},
		{"zh-Hant", "星河科技宣布，辦公室設於中環國際金融中心二期。", []string{"LOCATED_IN 星河科技 > 國際金融中心二期"}},
	}, nil)
	checkEntities(t, "zh-Hant", "公司已遷往將軍澳工業邨。", map[string]kg.Kind{"將軍澳工業邨": kg.KindFacility}, nil)
	checkEntities(t, "zh-Hant", "畢業禮於灣仔會議展覽中心舉行。", map[string]kg.Kind{"灣仔會議展覽中心": kg.KindFacility}, []string{"會議展覽中心"})
}

// A mainland district written right after its city is LOCATED_IN the city.
func TestCityDistricts(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "灵枢机器人成立于2020年，总部位于深圳南山区。", []string{"LOCATED_IN 南山区 > 深圳", "LOCATED_IN 灵枢机器人 > 南山区"}},
		{"zh-Hans", "大会在广州南沙举行。", []string{"LOCATED_IN 南沙 > 广州"}},
	}, nil)
	for k := range rels(Extract(Input{Text: "公司在香港及深圳设有办公室。", Language: "zh-Hans"})) {
		if k == "LOCATED_IN 深圳 > 香港" {
			t.Errorf("places joined by 及 are no district in a city")
		}
	}
}
