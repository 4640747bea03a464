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
