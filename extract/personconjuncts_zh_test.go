package extract

import (
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

// The second of two people joined by 及/和/与/、 is a person too, and shares the founding.
func TestPersonConjunctsZh(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hant", "星河科技由城大畢業生陳大文及李嘉欣於2020年創立。", []string{"LEADS 陳大文 > 星河科技", "LEADS 李嘉欣 > 星河科技"}},
		{"zh-Hans", "云图数据由王小明、刘晓燕共同创立，总部位于深圳。", []string{"LEADS 王小明 > 云图数据", "LEADS 刘晓燕 > 云图数据"}},
		{"zh-Hant", "海瀾醫療由中大醫學院醫生何家明與工程師張志偉於2022年創立。", []string{"LEADS 何家明 > 海瀾醫療", "LEADS 張志偉 > 海瀾醫療"}},
		{"zh-Hant", "海瀾醫療由何家明、張志偉及梁美玲創立。", []string{"LEADS 何家明 > 海瀾醫療", "LEADS 張志偉 > 海瀾醫療", "LEADS 梁美玲 > 海瀾醫療"}},
	}, nil)
	checkEntities(t, "zh-Hant", "聯合創辦人陳大文和李嘉欣表示，公司明年將進軍東南亞。", map[string]kg.Kind{"陳大文": kg.KindPerson, "李嘉欣": kg.KindPerson}, nil)
	checkEntities(t, "zh-Hant", "創辦人陳大文和高管團隊表示，公司明年將進軍東南亞。", map[string]kg.Kind{"陳大文": kg.KindPerson}, []string{"高管團", "高管"})
}

// A person a clause-opening 的-phrase describes (與他一同創業的乙曾是…) is the subject of the
// verbs said of people that follow, not the previous sentence's person.
func TestDescribedPersonSubjectZh(t *testing.T) {
	text := "陈大文2015年毕业于港大。与他共同创办公司的王晓燕曾是腾讯工程师，博士毕业于浙江大学。"
	checkRelCases(t, []relCase{{"zh-Hans", text, []string{"EDUCATED_AT 王晓燕 > 浙江大学", "EDUCATED_AT 陈大文 > 港大"}}}, nil)
	checkRelAbsent(t, []relCase{{"zh-Hans", text, []string{"EDUCATED_AT 陈大文 > 浙江大学"}}})
}
