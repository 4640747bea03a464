package extract

import (
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

// A 作为 frame is the copula of the subject after it, and no subject itself.
func TestAsFramesZh(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "作为星河成长基金的管理人，星河资本将负责投资决策。", []string{"MANAGES 星河资本 > 星河成长基金"}},
		{"zh-Hant", "作為數碼港的培育公司，雲帆科技去年獲星河資本投資。", []string{"MEMBER_OF 雲帆科技 > 數碼港", "INVESTED_IN 星河資本 > 雲帆科技"}},
		{"zh-Hans", "云帆科技作为数码港的培育公司，去年获星河资本投资。", []string{"MEMBER_OF 云帆科技 > 数码港"}},
	}, []Known{{ID: "cyberport", Kind: kg.KindOrganization, Names: []string{"数码港", "數碼港"}}})
	text := "作為數碼港的培育公司，雲帆科技去年獲星河資本投資。"
	if got := rels(Extract(Input{Text: text, Language: "zh-Hant"})); got["INVESTED_IN 星河資本 > 數碼港"] != nil {
		t.Errorf("%s: the frame's body read as the subject", text)
	}
}
