package extract

import "testing"

// 甲与乙合办的丙: both run 丙; 丙 is no partner. Invented sentence.
func TestCoHostedBodiesAreRun(t *testing.T) {
	text := "据介绍，香港理工大学与华南理工大学合办的粤港智能制造研究院将参与项目。"
	got := rels(Extract(Input{Text: text, Language: "zh-Hans", Published: "2025-06-05"}))
	if got["PARTNERED_WITH 华南理工大学 > 粤港智能制造研究院"] != nil {
		t.Errorf("the institute read as a partner: %v", keys(got))
	}
	if got["OPERATES 华南理工大学 > 粤港智能制造研究院"] == nil {
		t.Errorf("missing OPERATES 华南理工大学 > 粤港智能制造研究院 in %v", keys(got))
	}
}
