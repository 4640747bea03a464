package extract

import (
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

// A quoted "<brand>．<place>" names the brand's site at that place: a facility.
func TestBrandSiteNamesZh(t *testing.T) {
	checkEntities(t, "zh-Hant", "共享辦公品牌星橋空間宣布，位於荃灣的新中心「星橋空間．荃灣」下月開幕。",
		map[string]kg.Kind{"星橋空間．荃灣": kg.KindFacility}, nil)
	checkRelCases(t, []relCase{
		{"zh-Hant", "星橋空間宣布，位於荃灣的第三個中心「星橋空間．荃灣」正式開幕。", []string{"LOCATED_IN 星橋空間．荃灣 > 荃灣"}},
	}, nil)
}
