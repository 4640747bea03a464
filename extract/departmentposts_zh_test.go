package extract

import (
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

// A director of a department works at the body the department belongs to.
func TestDepartmentPostsAreTheBodys(t *testing.T) {
	known := []Known{{ID: "hkstp", Kind: kg.KindOrganization, Names: []string{"香港科技園公司", "科技園公司"}}}
	text := "香港科技園公司今日公布新一批培育公司。科技園公司創業培育總監陳嘉欣表示，申請數目創新高。"
	ps := Extract(Input{Text: text, Language: "zh-Hant", Known: known})
	got := rels(ps)
	if got["LEADS 陳嘉欣 > 創業培育"] != nil {
		t.Errorf("a department taken for a body: %v", keys(got))
	}
	if got["WORKED_AT 陳嘉欣 > 科技園公司"] == nil {
		t.Errorf("missing WORKED_AT 陳嘉欣 > 科技園公司 in %v", keys(got))
	}
}

// A founder written as someone's student is the student.
func TestPossessedPeopleAreThemselves(t *testing.T) {
	text := "華工材料系教授黃志強團隊研發的專利已轉化為公司股權。鋰源新能源註冊於東莞松山湖，由黃志強的博士生陳嘉欣於去年創辦。" +
		"陳嘉欣本科畢業於香港城市大學。"
	checkRelCases(t, []relCase{{"zh-Hant", text, []string{"LEADS 陳嘉欣 > 鋰源新能源"}}}, nil)
	checkRelAbsent(t, []relCase{{"zh-Hant", text, []string{"LEADS 黃志強 > 鋰源新能源"}}})
}
