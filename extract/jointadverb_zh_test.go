package extract

import "testing"

// 共同 before the pair's verb is no rune of the second party's name (由甲與乙共同領投).
func TestJointAdverbEndsNameZh(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "云帆科技完成A轮融资，本轮融资由星河资本与蓝海创投共同领投。", []string{"INVESTED_IN 星河资本 > 云帆科技", "INVESTED_IN 蓝海创投 > 云帆科技"}},
	}, nil)
}
