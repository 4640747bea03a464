package extract

import "testing"

// A fact a coordinated pair shares (a joint verb, 兩者均/分獲, a post before a list of people)
// goes to every item, not only the one next to the cue.
func TestJointPartyFacts(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "去年，港华智能与香港生产力促进局合办「智慧城市论坛」。",
			[]string{"ORGANIZED 港华智能 > 智慧城市论坛", "ORGANIZED 香港生产力促进局 > 智慧城市论坛"}},
		{"zh-Hans", "香港科技大学与华润集团共建「科大—华润新能源联合实验室」，首期投入1亿元。",
			[]string{"ESTABLISHED 香港科技大学 > 科大—华润新能源联合实验室", "ESTABLISHED 华润集团 > 科大—华润新能源联合实验室"}},
		{"zh-Hant", "新中心首批租戶包括人工智能初創「智語科技」及金融科技公司LedgerPay，兩者均為香港科技園公司「科技企業培育計劃」的畢業公司。",
			[]string{"PARTICIPATED_IN 智語科技 > 科技企業培育計劃", "PARTICIPATED_IN LedgerPay > 科技企業培育計劃"}},
		{"zh-Hant", "論壇期間揭曉的「數碼港創業大獎」中，金融科技初創匯通寶與醫療AI公司康視醫療分獲金獎和銀獎。",
			[]string{"SELECTED_FOR 匯通寶 > 數碼港創業大獎", "SELECTED_FOR 康視醫療 > 數碼港創業大獎"}},
		{"zh-Hant", "巡航科技由香港理工大學畢業生鄭文軒及黃詠詩於2019年創立。",
			[]string{"EDUCATED_AT 鄭文軒 > 香港理工大學", "EDUCATED_AT 黃詠詩 > 香港理工大學"}},
	}, nil)
	checkRelAbsent(t, []relCase{
		// One party acts: the other is its counterpart, and the fact is the actor's alone.
		{"zh-Hans", "港华智能与香港生产力促进局签署协议，港华智能将主办「智慧城市论坛」。",
			[]string{"ORGANIZED 香港生产力促进局 > 智慧城市论坛"}},
		{"zh-Hant", "本輪由紅杉中國領投，維港投資跟投。",
			[]string{"INVESTED_IN 維港投資 > 紅杉中國"}},
	})
}
