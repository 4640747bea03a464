package extract

import "testing"

// A unit named between the employer and a title (a long department, a section, an analyst's
// sector, with a rank before the title) leaves the post the employer's, and a unit's head
// works at the employer rather than leading it.
func TestUnitsBetweenEmployerAndTitle(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hant", "證券及期貨事務監察委員會中介機構部執行董事李子豪表示，新指引明年生效。", []string{"WORKED_AT 李子豪 > 證券及期貨事務監察委員會"}},
		{"zh-Hant", "新公司由前滙豐銀行投資銀行部董事總經理陳美玲創立。", []string{"WORKED_AT 陳美玲 > 滙豐銀行"}},
		{"zh-Hans", "国泰君安证券电子行业首席分析师王立新认为，储能需求仍在增长。", []string{"WORKED_AT 王立新 > 国泰君安证券"}},
		{"zh-Hant", "基金由前港交所市場發展科高級副總裁黃家樂管理。", []string{"WORKED_AT 黃家樂 > 港交所"}},
	}, nil)
	checkRelAbsent(t, []relCase{
		{"zh-Hant", "證券及期貨事務監察委員會中介機構部執行董事李子豪表示，新指引明年生效。", []string{"LEADS 李子豪 > 證券及期貨事務監察委員會"}},
	})
}

func TestUnitGap(t *testing.T) {
	for _, c := range []struct {
		gap  string
		want bool
	}{
		{"中介机构部", true}, {"投资银行部", true}, {"上市科高级", true}, {"电子行业首席", true},
		{"数据团队", true}, {"总部", false}, {"香港总部", false}, {"的研发部", false}, {"部", false},
		{"与乙公司合作部", false}, {"科", false},
	} {
		if got := unitGap(c.gap); got != c.want {
			t.Errorf("unitGap(%q) = %v, want %v", c.gap, got, c.want)
		}
	}
}
