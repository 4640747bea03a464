package extract

import "testing"

// In a Q&A interview the answers' 我 is the interviewee and 我们 the interviewee's company.
func TestInterviewAnswers(t *testing.T) {
	text := "【专访】对话云帆智能创始人陈一鸣：出海是必答题\n\n问：你的经历？\n答：我本科在复旦大学读物理，后来在宁德时代工作了五年。\n\n问：最近的合作？\n答：我们和新加坡的海峡能源签了合作备忘录。"
	checkRelCases(t, []relCase{
		{"zh-Hans", text, []string{"EDUCATED_AT 陈一鸣 > 复旦大学", "WORKED_AT 陈一鸣 > 宁德时代", "PARTNERED_WITH 云帆智能 > 海峡能源"}},
	}, nil)
	// Without an interviewee named on the opening lines, the answers name no one.
	checkRelAbsent(t, []relCase{
		{"zh-Hans", "问：你的经历？\n答：我本科在复旦大学读物理。", []string{"EDUCATED_AT 我 > 复旦大学"}},
	})
}
