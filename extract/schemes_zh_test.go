package extract

import "testing"

// A scheme named after the body that runs it: 甲推行的「乙」, 獲甲納入「乙」.
func TestSchemesByOperator(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hant", "會上，香港生產力促進局代表介紹與大埔民政事務處合作推行的「長者科技試點」。",
			[]string{"OPERATES 香港生產力促進局 > 長者科技試點", "OPERATES 大埔民政事務處 > 長者科技試點"}},
		{"zh-Hant", "星河支付去年獲保險業監管局納入「保險科技沙盒」。", []string{"OPERATES 保險業監管局 > 保險科技沙盒"}},
	}, nil)
}
