package extract

import "testing"

// A clause that opens with 公司 is about the company, not the person the clause before names.
func TestCompanyClauseSubject(t *testing.T) {
	known := []Known{{ID: "cyberport", Kind: "ORGANIZATION", Names: []string{"数码港", "Cyberport"}}}
	text := "星图科技创始人陈一鸣毕业于浙江大学，目前公司在数码港接受培育。"
	checkRelCases(t, []relCase{{"zh-Hans", text, []string{"MEMBER_OF 星图科技 > 数码港", "EDUCATED_AT 陈一鸣 > 浙江大学"}}}, known)
	if got := rels(Extract(Input{Text: text, Language: "zh-Hans", Known: known})); got["MEMBER_OF 陈一鸣 > 数码港"] != nil {
		t.Errorf("%s: the person before 公司 taken for the incubatee", text)
	}
}
