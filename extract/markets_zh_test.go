package extract

import "testing"

// The first markets of an expansion and export markets.
func TestFirstMarketsAndExports(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hant", "星河醫療昨日上市。陳大文表示，集資所得將用於開拓中東市場，首站為沙特阿拉伯及阿聯酋。",
			[]string{"TARGETS_MARKET 星河醫療 > 沙特阿拉伯", "TARGETS_MARKET 星河醫療 > 阿聯酋"}},
		{"zh-Hans", "云帆智能成立于2020年。公司产品已供货多家车厂，去年起批量出口日本。", []string{"TARGETS_MARKET 云帆智能 > 日本"}},
	}, nil)
}
