package extract

import "testing"

// A quoted name after 设立/成立 is the body set up, even with a place before the verb; a
// programme so set up is run by its founder. Invented sentences.
func TestQuotedBodiesSetUpZh(t *testing.T) {
	checkZhCases(t, []zhCase{
		{"zh-Hans", "香港城市大学在前海设立“城大深港储能研究院”，院长由陈立明担任。",
			[]string{"ESTABLISHED 香港城市大学 > 城大深港储能研究院"}, []string{"LOCATED_IN 香港城市大学 > 前海"}},
		{"zh-Hant", "香港科技園公司設立「科技園海外拓展計劃」，為初創提供支援。",
			[]string{"OPERATES 香港科技園公司 > 科技園海外拓展計劃"}, []string{"ESTABLISHED 香港科技園公司 > 科技園海外拓展計劃"}},
	})
}
