package extract

import "testing"

// A person's school said by the degree or the study (为…博士, 是…毕业生, 赴…读硕士, …学系毕业生甲)
// and a teaching post (曾于…任教).
func TestStudiesByDegree(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "首席技术官王一凡为浙江大学博士，此前任职于华为。", []string{"EDUCATED_AT 王一凡 > 浙江大学"}},
		{"zh-Hant", "聯合創辦人李詠詩是香港理工大學設計學系畢業生。", []string{"EDUCATED_AT 李詠詩 > 香港理工大學"}},
		{"zh-Hant", "創辦人陳思穎畢業後赴劍橋大學讀碩士。", []string{"EDUCATED_AT 陳思穎 > 劍橋大學"}},
		{"zh-Hans", "创始人刘子健本科在复旦大学读物理，后来在东京大学读博。", []string{"EDUCATED_AT 刘子健 > 复旦大学", "EDUCATED_AT 刘子健 > 东京大学"}},
		{"zh-Hant", "雲聲科技由香港浸會大學計算機科學系畢業生吳家俊創立。", []string{"EDUCATED_AT 吳家俊 > 香港浸會大學"}},
		{"zh-Hant", "首席科學家黃志明曾於城大任教。", []string{"WORKED_AT 黃志明 > 城大"}},
	}, nil)
	checkRelAbsent(t, []relCase{
		{"zh-Hans", "创始人刘子健本科在复旦大学读物理。", []string{"EDUCATED_AT 刘子健本 > 复旦大学"}},
	})
}
