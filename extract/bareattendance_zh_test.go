package extract

import "testing"

// A verb of attending with no object: its subject attended the event named last. Invented texts.
func TestBareAttendance(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "“2026华南物流峰会”昨日在广州开幕。峰会由广州市物流协会主办，广州市副市长陈志远出席并致辞。",
			[]string{"ATTENDED 陈志远 > 2026华南物流峰会"}},
		{"zh-Hant", "「2026亞洲綠色科技博覽」昨日在灣仔揭幕。本地初創「星輝科技」及「藍海能源」同樣參展。",
			[]string{"ATTENDED 星輝科技 > 2026亞洲綠色科技博覽", "ATTENDED 藍海能源 > 2026亞洲綠色科技博覽"}},
	}, nil)
	checkRelAbsent(t, []relCase{
		// the verb has its own object: another event, read by the cues
		{"zh-Hans", "“2026华南物流峰会”昨日在广州开幕。蓝帆物流上月出席了“2026东盟博览会”。",
			[]string{"ATTENDED 蓝帆物流 > 2026华南物流峰会"}},
	})
}

// A list of who came: every person, and every organisation not named as a person's employer.
// Invented texts.
func TestAttendeeLists(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "“2026华南物流峰会”昨日在广州开幕。出席嘉宾包括商务局局长陈志远、蓝帆物流总裁李文及星辉科技创办人王明。",
			[]string{"ATTENDED 陈志远 > 2026华南物流峰会", "ATTENDED 李文 > 2026华南物流峰会", "ATTENDED 王明 > 2026华南物流峰会"}},
		{"zh-Hans", "“2026华南物流峰会”昨日在广州开幕。出席峰会的还有商务局局长陈志远，以及来自淡马锡、红杉中国等机构的代表。",
			[]string{"ATTENDED 淡马锡 > 2026华南物流峰会", "ATTENDED 红杉中国 > 2026华南物流峰会"}},
	}, nil)
	checkRelAbsent(t, []relCase{
		{"zh-Hans", "“2026华南物流峰会”昨日在广州开幕。出席嘉宾包括商务局局长陈志远、蓝帆物流总裁李文及星辉科技创办人王明。",
			[]string{"ATTENDED 商务局 > 2026华南物流峰会", "ATTENDED 蓝帆物流 > 2026华南物流峰会"}},
	})
}
