package extract

import "testing"

// A clause opening with 並/亦/同時 and no subject of its own continues the sentence's subject,
// unless the clause before has a subject of its own.
func TestCoordinatedClauseSubjectZh(t *testing.T) {
	founded := "雲帆智能由中文大學教授何家明於2023年創立，目前於香港科學園營運，並已加入香港科技園公司的「Incu-Bio」培育計劃。"
	checkRelAbsent(t, []relCase{{"zh-Hant", founded, []string{"WORKED_AT 何家明 > Incu-Bio"}}})
	checkRelCases(t, []relCase{
		{"zh-Hant", founded, []string{"LEADS 何家明 > 雲帆智能", "LOCATED_IN 雲帆智能 > 香港科學園"}},
		{"zh-Hant", "雲帆智能由中文大學教授何家明於2023年創立，目前於香港科學園營運，並已與星河資本簽署合作協議。",
			[]string{"PARTNERED_WITH 雲帆智能 > 星河資本"}},
		{"zh-Hant", "完成後，星河支付將成為海瀾集團的全資附屬公司，其創辦人兼行政總裁陳大文將留任，並獲委任加入海瀾董事會。",
			[]string{"MEMBER_OF 陳大文 > 海瀾"}},
	}, nil)
}

// After 甲表示，a clause that opens with its own subject is not about the speaker's company.
func TestClauseSubjectAfterSpeech(t *testing.T) {
	text := "星河科技宣布推出「青年創科計劃」，首批取錄20間初創。星河科技行政總裁陳大文表示，該計劃由創新科技署資助。"
	checkRelAbsent(t, []relCase{{"zh-Hant", text, []string{"FUNDS 創新科技署 > 星河科技"}}})
}

// The agent of an invitation is not who accepts it; how a business did is no name.
func TestInvitationAgentZh(t *testing.T) {
	text := "集團旗下的數據中心業務「恒基雲」已與微軟簽訂合作協議，並獲香港科技園公司邀請進駐將軍澳數據技術中心。"
	checkRelCases(t, []relCase{{"zh-Hant", text, []string{"LOCATED_IN 恒基雲 > 將軍澳數據技術中心"}}}, nil)
	checkRelAbsent(t, []relCase{{"zh-Hant", text, []string{"LOCATED_IN 香港科技園公司 > 將軍澳數據技術中心"}}})
	checkEntities(t, "zh-Hant", "集團主席黃志強表示，期內新加坡及馬來西亞業務表現理想，公司計劃下半年進軍越南市場。", nil, []string{"表現理想"})
}
