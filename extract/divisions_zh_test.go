package extract

import "testing"

// An employer named before the unit a person worked in (a region, a department) stands for
// the unit: the graph holds the employer.
func TestEmployerBeforeItsUnit(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hant", "技術總監周家朗曾任職西門子醫療大中華區。", []string{"WORKED_AT 周家朗 > 西門子醫療"}},
		{"zh-Hans", "首席运营官吴思琪此前任职博通亚太区，负责销售。", []string{"WORKED_AT 吴思琪 > 博通"}},
		{"zh-Hant", "財務總監江嘉敏早年任職花旗銀行私人銀行部。", []string{"WORKED_AT 江嘉敏 > 花旗銀行"}},
		{"zh-Hant", "前德勤亞太區審計主管馬志強亦有參與。", []string{"WORKED_AT 馬志強 > 德勤"}},
		{"zh-Hans", "业务由前大华银行泰国区主管许文杰负责。", []string{"WORKED_AT 许文杰 > 大华银行"}},
		{"zh-Hant", "耀才證券研究部經理張志輝指，大市氣氛轉好。", []string{"WORKED_AT 張志輝 > 耀才證券"}},
		{"zh-Hant", "他與前香港浸會大學研究助理梁凱琳共同創業。", []string{"WORKED_AT 梁凱琳 > 香港浸會大學"}},
	}, nil)
	checkRelAbsent(t, []relCase{
		{"zh-Hant", "技術總監周家朗曾任職西門子醫療大中華區。", []string{"WORKED_AT 周家朗 > 西門子醫療大中華區"}},
		{"zh-Hant", "財務總監江嘉敏早年任職花旗銀行私人銀行部。", []string{"WORKED_AT 江嘉敏 > 花旗銀行私人銀行"}},
		// heading a unit is no lead of the company
		{"zh-Hans", "业务由大华银行泰国区主管许文杰负责。", []string{"LEADS 许文杰 > 大华银行"}},
	})
}

func TestDivisionGap(t *testing.T) {
	for _, c := range []struct {
		gap  string
		want bool
	}{
		{"亞太區科技", true}, {"印尼區", true}, {"研究部", true}, {"大中華區", true},
		{"科技", false}, {"總部", false}, {"南山區創新中心大樓", false}, {"", false},
	} {
		if got := divisionGap(c.gap); got != c.want {
			t.Errorf("divisionGap(%q) = %v, want %v", c.gap, got, c.want)
		}
	}
}
