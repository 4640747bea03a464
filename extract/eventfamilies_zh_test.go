package extract

import "testing"

// TestEventFamilyRefs: 展會 refers back to an event named in full as a 博覽, 論壇 to a 峰會, and
// a day or the opening ceremony of the event places whoever acts there at it.
func TestEventFamilyRefs(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hant", "由香港物流協會主辦的「2024亞洲智慧物流博覽」昨日開幕。另外，優傲科技與香港理工大學亦在展會上簽署協議。",
			[]string{"ATTENDED 優傲科技 > 2024亞洲智慧物流博覽", "ATTENDED 香港理工大學 > 2024亞洲智慧物流博覽"}},
		{"zh-Hans", "「2025大湾区低空经济峰会」昨日在深圳举行。云帆物流在论坛上发布了新一代无人机。",
			[]string{"ATTENDED 云帆物流 > 2025大湾区低空经济峰会"}},
		{"zh-Hant", "「2024亞洲智慧物流博覽」昨日開幕。協會主席陳志明在開幕禮致辭時表示，展商數目創新高。",
			[]string{"ATTENDED 陳志明 > 2024亞洲智慧物流博覽"}},
		{"zh-Hans", "「2025大湾区低空经济峰会」昨日开幕。云帆物流在峰会首日与顺丰签署合作协议。",
			[]string{"ATTENDED 云帆物流 > 2025大湾区低空经济峰会"}},
	}, nil)
	checkRelAbsent(t, []relCase{
		// A fair is no meeting: 論壇 does not refer back to a 博覽.
		{"zh-Hant", "「2024亞洲智慧物流博覽」昨日開幕。優傲科技在論壇上發布新產品。", []string{"ATTENDED 優傲科技 > 2024亞洲智慧物流博覽"}},
		// A place in the gap is no event.
		{"zh-Hans", "云帆物流在香港致辞。", []string{"ATTENDED 云帆物流 > 香港"}},
	})
}
