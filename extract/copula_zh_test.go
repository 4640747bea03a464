package extract

import "testing"

// The formal copula 系 ends a name found by suffix after it; a company said to be a group's
// 旗下公司/旗下企業 is its subsidiary.
func TestCopulaGroupsZh(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "星澜科技系远山集团旗下公司。", []string{"SUBSIDIARY_OF 星澜科技 > 远山集团"}},
		{"zh-Hant", "星瀾科技是遠山集團旗下企業，成立於2019年。", []string{"SUBSIDIARY_OF 星瀾科技 > 遠山集團"}},
	}, nil)
	checkEntities(t, "zh-Hans", "远山系统集成有限公司宣布上市。", nil, []string{"统集成有限公司"})
	checkEntities(t, "zh-Hans", "星澜科技系远山集团旗下公司。", nil, []string{"星澜科技系远山集团"})
}
