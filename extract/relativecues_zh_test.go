package extract

import "testing"

// A cue read left to right that ends in 的 modifies the name after it (甲主辦的「乙」): inside
// the gap of an outer cue (在…舉行, 完成…融資) it still names its two ends.
func TestRelativeCuesInGapsZh(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hant", "簽署儀式在香港零售協會主辦的「2026亞洲零售科技峰會」上舉行。", []string{"ORGANIZED 香港零售協會 > 2026亞洲零售科技峰會"}},
		{"zh-Hans", "发布会在深圳创新协会合办的「湾区机器人论坛」上举行。", []string{"ORGANIZED 深圳创新协会 > 湾区机器人论坛"}},
	}, nil)
}
