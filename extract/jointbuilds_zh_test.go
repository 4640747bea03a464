package extract

import "testing"

// The verbs of building a body with others or at its head (共建 without a quote mark, 牽頭建設,
// 籌建) give ESTABLISHED from each builder. (A lab so described, 共建智能光学联合实验室, is no
// entity: genericlabs_zh.go.) Invented sentences.
func TestJointBuildsZh(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "华辰大学与启明光电共建智能光学研究中心，首期投入1亿元。",
			[]string{"ESTABLISHED 华辰大学 > 智能光学研究中心", "ESTABLISHED 启明光电 > 智能光学研究中心"}},
		{"zh-Hans", "方案提出，支持华南理工学院牵头建设珠江智能制造创新中心。",
			[]string{"ESTABLISHED 华南理工学院 > 珠江智能制造创新中心"}},
	}, nil)
}
