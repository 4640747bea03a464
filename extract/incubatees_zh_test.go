package extract

import "testing"

// An incubatee named right after its incubator and the noun (數碼港培育公司「甲」, 科技園公司培育
// 企業乙) is the incubator's member; the incubator stays a name of its own. Invented texts.
func TestAttributiveIncubatees(t *testing.T) {
	cyberport := []Known{{ID: "cyberport", Kind: "ORGANIZATION", Names: []string{"Cyberport", "數碼港", "数码港"}}}
	checkRelCases(t, []relCase{
		{"zh-Hant", "數碼港培育公司「泊易科技」昨日與香港電訊簽約，明年起試行其智能泊車系統。",
			[]string{"MEMBER_OF 泊易科技 > 數碼港", "PARTNERED_WITH 泊易科技 > 香港電訊"}},
		{"zh-Hans", "数码港培育企业绿源生物将内地总部设在前海。",
			[]string{"MEMBER_OF 绿源生物 > 数码港"}},
	}, cyberport)
	checkRelCases(t, []relCase{
		{"zh-Hant", "香港科技園公司今年錄取了80間初創。香港科技園公司培育企業綠源生物將總部設在沙田。",
			[]string{"MEMBER_OF 綠源生物 > 香港科技園公司"}},
	}, nil)
	checkRelAbsent(t, []relCase{
		// the copula's subject, not what follows the noun, is the incubatee
		{"zh-Hant", "泊易科技是數碼港培育公司，香港電訊則是其客戶。", []string{"MEMBER_OF 香港電訊 > 數碼港"}},
	})
}
