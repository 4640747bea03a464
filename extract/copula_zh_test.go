package extract

import (
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

// The formal copula 系 ends a name found by suffix after it; a company said to be a group's
// 旗下公司/旗下企業 is its subsidiary.
func TestCopulaGroupsZh(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "星澜科技系远山集团旗下公司。", []string{"SUBSIDIARY_OF 星澜科技 > 远山集团"}},
		{"zh-Hant", "星瀾科技是遠山集團旗下企業，成立於2019年。", []string{"SUBSIDIARY_OF 星瀾科技 > 遠山集團"}},
		// The kind of an investment after the investor is no part of its name.
		{"zh-Hant", "星河科技昨日宣布獲遠山資本策略性投資。", []string{"INVESTED_IN 遠山資本 > 星河科技"}},
		// A time phrase between the person and the post taken up.
		{"zh-Hant", "星河科技宣布，陳大文將於下月接任行政總裁一職。", []string{"LEADS 陳大文 > 星河科技"}},
		{"zh-Hant", "星河科技宣布，由陳大文出任行政總裁，即時生效。", []string{"LEADS 陳大文 > 星河科技"}},
		// A bank's division names the bank before its line of business.
		{"zh-Hans", "顾远山此前曾任远峰投资银行部董事总经理。", []string{"WORKED_AT 顾远山 > 远峰"}},
		{"zh-Hant", "陳明曾任星海私人銀行部主管。", []string{"WORKED_AT 陳明 > 星海"}},
	}, nil)
	checkEntities(t, "zh-Hans", "远山系统集成有限公司宣布上市。", nil, []string{"统集成有限公司"})
	checkEntities(t, "zh-Hans", "星澜科技系远山集团旗下公司。", nil, []string{"星澜科技系远山集团"})
	// An adverb between a company and its verb is no part of its name; 則 may end a policy's.
	checkEntities(t, "zh-Hans", "星澜科技完成融资。星澜科技还表示，今年计划在新加坡设立总部。", nil, []string{"星澜科技还"})
	// A name before 將於 and a time word and a person's verb is a person's.
	checkEntities(t, "zh-Hant", "星河科技宣布，陳大文將於下月接任行政總裁一職。", map[string]kg.Kind{"陳大文": kg.KindPerson}, nil)
}
