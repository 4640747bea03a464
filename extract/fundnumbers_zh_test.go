package extract

import (
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

// A fund's number is part of its name; a limited partner's commitment 向…出資 funds the fund.
func TestFundNumbersZh(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "星河资本管理的星河创投基金二期完成募资。", []string{"MANAGES 星河资本 > 星河创投基金二期"}},
		{"zh-Hans", `远山资本旗下的"远山成长基金IV期"完成首次关闭，出资人包括淡马锡。`, []string{"FUNDS 淡马锡 > 远山成长基金IV期"}},
		{"zh-Hant", "泓景家族辦公室表示，已承諾向星海資本管理的星海科創基金出資5,000萬美元。", []string{"FUNDS 泓景家族辦公室 > 星海科創基金"}},
	}, nil)
	checkEntities(t, "zh-Hans", "星河基金IPO获批。", map[string]kg.Kind{"星河基金": kg.KindFund}, []string{"星河基金I"})
	for text, n := range map[string]int{"III期完成": 4, "二期": 2, "1号": 2, "II": 2, "2025年": 0, "ipo": 0, "二": 0} {
		if got := fundNumberAt([]rune(text), 0); got != n {
			t.Errorf("fundNumberAt(%q) = %d, want %d", text, got, n)
		}
	}
}
