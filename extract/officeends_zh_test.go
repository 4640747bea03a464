package extract

import "testing"

// A company's office is the company; an office of a place alone names no one.
func TestOfficesAreTheirCompanies(t *testing.T) {
	text := "星源创投集团（下称“星源创投”）今日在香港举办创新日。星源创投香港办公室将于明年迁入香港科学园。"
	checkRelCases(t, []relCase{{"zh-Hans", text, []string{"LOCATED_IN 星源创投 > 香港科学园"}}}, nil)
	checkRelAbsent(t, []relCase{
		{"zh-Hans", text, []string{"LOCATED_IN 星源创投香港办公室 > 香港科学园"}},
		{"zh-Hans", "星源创投年内三投本地项目 香港办公室明年迁入香港科学园", []string{"LOCATED_IN 香港办公室 > 香港科学园"}},
	})
}
