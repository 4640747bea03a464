package extract

import "testing"

// checkFacts checks one fact per sentence: each of yes states its fact, none of no does.
func checkFacts(t *testing.T, yes, no [][3]string) {
	t.Helper()
	var want, absent []relCase
	for _, c := range yes {
		want = append(want, relCase{c[0], c[1], []string{c[2]}})
	}
	for _, c := range no {
		absent = append(absent, relCase{c[0], c[1], []string{c[2]}})
	}
	checkRelCases(t, want, nil)
	checkRelAbsent(t, absent)
}

// What a sentence framed by a policy paper launches is what the paper announces; a paper named
// right before 提出的 proposes the programme after it, quote marks between or not.
func TestPolicyPaperFrames(t *testing.T) {
	checkFacts(t, [][3]string{
		{"zh-Hant", "政府在《2027-28年度財政預算案》中預留5億港元，用於推出「綠色航運轉型計劃」。", "ANNOUNCED 2027-28年度財政預算案 > 綠色航運轉型計劃"},
		{"zh-Hans", "行政长官在10月发表的2026年施政报告中宣布，将设立规模30亿港元的“数字经济加速基金”。", "ANNOUNCED 2026年施政报告 > 数字经济加速基金"},
		{"zh-Hant", "署長表示，《2026年施政報告》提出的「低空經濟試點計劃」將於下月接受申請。", "ANNOUNCED 2026年施政報告 > 低空經濟試點計劃"},
		// a launch done under a paper (按, 根據)
		{"zh-Hant", "這是運輸署按《2026年施政報告》去年推出的「智慧泊車先導計劃」下的首個項目。", "ANNOUNCED 2026年施政報告 > 智慧泊車先導計劃"},
		{"zh-Hans", "商务局根据《2026-27年度财政预算案》设立“跨境电商支援基金”。", "ANNOUNCED 2026-27年度财政预算案 > 跨境电商支援基金"},
	}, [][3]string{ // no frame: the paper stands in another clause
		{"zh-Hans", "2026年施政报告发表后，公司推出“数字经济加速基金”。", "ANNOUNCED 2026年施政报告 > 数字经济加速基金"},
	})
}

// A venue between 在 and a verb of holding places the event after it; a prize won at an event
// selects the organisation before the frame, also when its product wins. An assistant head
// (助理署長) works at the department.
func TestVenuePrizeAndAssistantFrames(t *testing.T) {
	checkFacts(t, [][3]string{
		{"zh-Hant", "數碼港下月將與深圳市商務局在前海合辦「深港跨境電商峰會」。", "LOCATED_IN 深港跨境電商峰會 > 前海"},
		{"zh-Hans", "星河数据科技的检测系统在“第8届亚洲创新发明展”获颁金奖。", "SELECTED_FOR 星河数据科技 > 第8届亚洲创新发明展"},
		{"zh-Hant", "雲帆機器人在科技園公司主辦的「香港創新科技大獎」奪得銀獎。", "SELECTED_FOR 雲帆機器人 > 香港創新科技大獎"},
		{"zh-Hant", "出席儀式的還有創新科技署助理署長梁家豪。", "WORKED_AT 梁家豪 > 創新科技署"},
		{"zh-Hans", "投资推广署助理署长黄志明表示，欢迎企业来港。", "WORKED_AT 黄志明 > 投资推广署"},
	}, [][3]string{
		{"zh-Hans", "星河数据科技在香港获得融资。", "SELECTED_FOR 星河数据科技 > 香港"},
		{"zh-Hant", "雲帆機器人在「香港創新科技大獎」頒獎禮上致辭，陳大文奪得銀獎。", "SELECTED_FOR 雲帆機器人 > 香港創新科技大獎"},
	})
}

// Partners named in a sentence set up together what a joint cue or 共建 with a quoted name
// introduces; 共建 with no quoted name names no body.
func TestJointFounding(t *testing.T) {
	const signed = "江门市人民政府与香港理工大学签署合作协议，双方将共建“江门—理大创新研究院”。"
	joint := [][3]string{{"zh-Hant", "科技園公司與香港大學昨日合辦「生物科技論壇」，並宣布共同成立「基因治療聯合中心」。", "ESTABLISHED 香港大學 > 基因治療聯合中心"}}
	joint = append(joint, [3]string{"zh-Hans", signed, "ESTABLISHED 江门市人民政府 > 江门—理大创新研究院"}, [3]string{"zh-Hans", signed, "ESTABLISHED 香港理工大学 > 江门—理大创新研究院"})
	checkFacts(t, joint, [][3]string{{"zh-Hans", "云舟科技已与星河生物签署合作协议，双方将共建联合实验室。", "ESTABLISHED 云舟科技 > 联合实验室"}})
}

// A relative modifier inside the gap of another cue still names who runs what it modifies.
func TestModifiersInsideGaps(t *testing.T) {
	checkFacts(t, [][3]string{
		{"zh-Hant", "公司去年獲生產力局推行的「智能升級計劃」資助約500萬港元。", "OPERATES 生產力局 > 智能升級計劃"},
		{"zh-Hans", "公司获香港科技园公司管理的“科技园创投基金”资助10万港元。", "MANAGES 香港科技园公司 > 科技园创投基金"}}, nil)
}
