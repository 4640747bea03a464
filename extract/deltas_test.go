package extract

import "testing"

// The river-delta regions are places: a market list holding one keeps all its items.
func TestDeltaRegions(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "据介绍，远港基金将重点投向长三角及粤港澳大湾区的医疗器械项目。",
			[]string{"TARGETS_MARKET 远港基金 > 长三角", "TARGETS_MARKET 远港基金 > 粤港澳大湾区"}},
	}, nil)
}
