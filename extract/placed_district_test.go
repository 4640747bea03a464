package extract

import "testing"

// A city before its district describes where a company is: the district, not the city, is its
// location (the district is in the city). Invented sentence.
func TestDescribedPlaceTakesDistrict(t *testing.T) {
	text := "前华为工程师王立明今年在深圳南山区创办机器人公司星桥智能。"
	got := rels(Extract(Input{Text: text, Language: "zh-Hans", Published: "2025-06-05", Known: []Known{{ID: "shenzhen", Kind: "PLACE", Names: []string{"深圳"}}}}))
	if got["LOCATED_IN 星桥智能 > 深圳"] != nil {
		t.Errorf("the city read as the location: %v", keys(got))
	}
}
