package extract

import "testing"

// The bare names listed after a person (和/及/與/、) are people too, and share the list's facts.
func TestPersonListsZh(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "云帆科技由陈家明及黄美玲于2021年在深圳创立。", []string{"LEADS 陈家明 > 云帆科技", "LEADS 黄美玲 > 云帆科技"}},
		{"zh-Hant", "星河醫療由教授陳家明與李大偉創立，專注醫療影像。", []string{"LEADS 陳家明 > 星河醫療", "LEADS 李大偉 > 星河醫療"}},
		{"zh-Hans", "蓝海动力由工程师王强、张伟和刘小芳共同创办。", []string{"LEADS 王强 > 蓝海动力", "LEADS 张伟 > 蓝海动力", "LEADS 刘小芳 > 蓝海动力"}},
	}, nil)
	// A word after the join that no name-ending word closes is no person.
	for _, text := range []string{"创办人陈家明与黄金集团签署协议。", "行政总裁陈家明和马术队队员合照。"} {
		for _, p := range Extract(Input{Text: text, Language: "zh-Hans"}) {
			if p.Kind == KindEntity && p.Entity.Kind == "PERSON" && p.Entity.Name != "陈家明" {
				t.Errorf("%s: %s proposed as a person", text, p.Entity.Name)
			}
		}
	}
}
