package extract

import "testing"

// A question reported with 被問到/被問及 states no fact, and its 被 opens no passive; a hedge
// inside a gapped cue (被…有意收購) hedges the cue; Cantonese 冇/唔 deny as 沒有/不 do.
func TestAskedFramesZh(t *testing.T) {
	checkRelAbsent(t, []relCase{
		{"zh-Hant", "星橋空間昨日宣布開設新中心。被問到市場傳聞WeWork有意收購星橋空間，她笑言：「冇呢回事。」", []string{"SUBSIDIARY_OF 星橋空間 > WeWork"}},
		{"zh-Hant", "被問及藍田資本會否入股星橋科技，他表示不評論。", []string{"INVESTED_IN 藍田資本 > 星橋科技"}},
		{"zh-Hant", "星橋科技被市場傳聞有意收購的海瀾創投否認。", []string{"SUBSIDIARY_OF 星橋科技 > 海瀾創投"}},
		{"zh-Hant", "星橋科技創辦人說：「我哋冇同海瀾創投合作。」", []string{"PARTNERED_WITH 星橋科技 > 海瀾創投"}},
	})
	checkRelCases(t, []relCase{
		{"zh-Hant", "星橋科技去年被騰訊收購。", []string{"SUBSIDIARY_OF 星橋科技 > 騰訊"}},
		{"zh-Hant", "被問到前景，他表示樂觀。星橋科技去年被騰訊收購。", []string{"SUBSIDIARY_OF 星橋科技 > 騰訊"}},
	}, nil)
}
