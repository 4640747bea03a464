package extract

import "testing"

// 展會 refers to the fair the text named, whatever kind word its name ends with (博覽, 展,
// 交易會). Invented texts.
func TestFairReferredAsExpo(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hant", "「2026亞洲綠色科技博覽」昨日在灣仔揭幕。星輝科技與港燈在展會上簽署協議。",
			[]string{"ATTENDED 星輝科技 > 2026亞洲綠色科技博覽", "ATTENDED 港燈 > 2026亞洲綠色科技博覽"}},
		{"zh-Hans", "“2026华南消费品交易会”昨日开幕。蓝帆物流在展会上发布新一代冷链系统。",
			[]string{"ATTENDED 蓝帆物流 > 2026华南消费品交易会"}},
	}, nil)
	checkRelAbsent(t, []relCase{
		// a summit is no fair
		{"zh-Hans", "“2026华南物流峰会”昨日开幕。蓝帆物流在展会上发布新一代冷链系统。",
			[]string{"ATTENDED 蓝帆物流 > 2026华南物流峰会"}},
	})
}
