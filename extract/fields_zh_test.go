package extract

import "testing"

// A field of study after a university is no company, in both scripts; a company whose name
// holds 大学 elsewhere is untouched.
func TestStudyFields(t *testing.T) {
	for _, c := range []struct{ lang, text, want, not string }{
		{"zh-Hans", "王磊本科毕业于南京大学微电子专业，后加入星河科技。", "南京大学", "南京大学微电子"},
		{"zh-Hant", "陳嘉欣畢業於香港理工大學生物科技系，其後創立思源生物。", "香港理工大學", "香港理工大學生物科技"},
		{"zh-Hans", "星河电子与浙江大学签署合作协议。", "星河电子", "浙江大学签署"},
	} {
		got := proposedEntities(c.lang, c.text)
		if got[c.want] == "" {
			t.Errorf("%s: %s not proposed (all %v)", c.text, c.want, got)
		}
		if _, ok := got[c.not]; ok {
			t.Errorf("%s: %s proposed as a name", c.text, c.not)
		}
	}
}
