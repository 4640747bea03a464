package extract

import "testing"

// TestPronounJoinedToPartner: 公司/其 joined by 与 to a partner (公司与乙共建“丙”) make the
// company the text is about one of the founders too.
func TestPronounJoinedToPartner(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "星河能源成立于2018年。公司与香港大学共建“储能材料联合实验室”。",
			[]string{"ESTABLISHED 星河能源 > 储能材料联合实验室", "ESTABLISHED 香港大学 > 储能材料联合实验室"}},
		{"zh-Hans", "星河能源成立于2018年。其与香港大学共同设立“储能材料联合实验室”。",
			[]string{"ESTABLISHED 星河能源 > 储能材料联合实验室"}},
	}, nil)
}
