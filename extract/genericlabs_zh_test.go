package extract

import "testing"

// A lab a sentence describes (unquoted, right after 共建) is no entity a fact can end at; a lab
// quoted anywhere in the story, or one carrying an owner's name, is named. Invented sentences.
func TestDescribedLabsZh(t *testing.T) {
	checkZhCases(t, []zhCase{
		{"zh-Hans", "清源智能昨日宣布完成A轮融资，并与香港城市大学共建储能材料联合实验室。",
			nil, []string{"ESTABLISHED 清源智能 > 储能材料联合实验室", "ESTABLISHED 香港城市大学 > 储能材料联合实验室"}},
		{"zh-Hans", "清源智能与浙江大学共建储能材料联合实验室。双方将共建“储能材料联合实验室”，首期投入5000万元。",
			[]string{"ESTABLISHED 清源智能 > 储能材料联合实验室"}, nil},
	})
}
