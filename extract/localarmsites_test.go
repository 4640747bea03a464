package extract

import "testing"

// A company sets up an arm named after it in a place: the arm is there, the parent is not said
// to be. Invented sentences.
func TestParentsOfLocalArms(t *testing.T) {
	for _, c := range []struct{ text, want, unwanted string }{
		{"半导体企业星澜智能近日完成5亿元B轮融资。今年5月，星澜智能在香港设立全资子公司星澜智能（香港）有限公司，负责海外业务。",
			"LOCATED_IN 星澜智能（香港）有限公司 > 香港", "LOCATED_IN 星澜智能 > 香港"},
	} {
		got := rels(Extract(Input{Text: c.text, Language: "zh-Hans", Published: "2025-06-05"}))
		if got[c.want] == nil {
			t.Errorf("%s: missing %s in %v", c.text, c.want, keys(got))
		}
		if got[c.unwanted] != nil {
			t.Errorf("%s: unwanted %s", c.text, c.unwanted)
		}
	}
	if !hasOwnArm([]string{"星澜（新加坡）有限公司"}, "星澜") || hasOwnArm([]string{"星澜资本"}, "星澜") {
		t.Error("hasOwnArm: an arm is the parent's name and a bracketed place")
	}
}
